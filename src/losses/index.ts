/**
 * Losses: Keras 3's losses in function form (one value per sample) and class form (with a
 * reduction and sample weights), plus three that Keras does not have (weighted binary
 * cross-entropy, the Wasserstein critic loss, and the heteroscedastic Gaussian NLL `gaussianNll`,
 * a function only); `get` for Keras identifiers, `forCompile` for tfjs models, and a catalogue
 * that explains each loss. See `README.md` in this folder.
 */
export { EPSILON, type TensorInput, type ValidateOption } from './common';
export type { CrossentropyOptions } from './options';
export { Loss, LossFunctionWrapper, type LossConfig, type LossFunction, type PerSample } from './loss';
export { REDUCTIONS, type Reduction } from './reduction';
export { meanSquaredError, MeanSquaredError } from './mean-squared-error';
export { meanAbsoluteError, MeanAbsoluteError } from './mean-absolute-error';
export { meanAbsolutePercentageError, MeanAbsolutePercentageError } from './mean-absolute-percentage-error';
export { meanSquaredLogarithmicError, MeanSquaredLogarithmicError } from './mean-squared-logarithmic-error';
export { huber, Huber, type HuberOptions } from './huber';
export { logCosh, LogCosh } from './log-cosh';
export { binaryCrossentropy, BinaryCrossentropy } from './binary-crossentropy';
export { binaryFocalCrossentropy, BinaryFocalCrossentropy, type BinaryFocalOptions } from './binary-focal-crossentropy';
export { weightedBinaryCrossentropy, WeightedBinaryCrossentropy, type WeightedBinaryOptions } from './weighted-binary-crossentropy';
export { categoricalCrossentropy, CategoricalCrossentropy } from './categorical-crossentropy';
export {
  categoricalFocalCrossentropy, CategoricalFocalCrossentropy, type CategoricalFocalOptions,
} from './categorical-focal-crossentropy';
export {
  sparseCategoricalCrossentropy, SparseCategoricalCrossentropy, type SparseCrossentropyOptions,
} from './sparse-categorical-crossentropy';
export { hinge, Hinge } from './hinge';
export { squaredHinge, SquaredHinge } from './squared-hinge';
export { categoricalHinge, CategoricalHinge } from './categorical-hinge';
export { klDivergence, KLDivergence } from './kl-divergence';
export { poisson, Poisson } from './poisson';
export { cosineSimilarity, CosineSimilarity, type CosineOptions } from './cosine-similarity';
export {
  categoricalGeneralizedCrossEntropy, CategoricalGeneralizedCrossEntropy, type GeneralizedCrossEntropyOptions,
} from './categorical-generalized-cross-entropy';
export { dice, Dice } from './dice';
export { tversky, Tversky, type TverskyOptions } from './tversky';
export type { OverlapOptions } from './overlap';
export { circle, Circle, type CircleOptions } from './circle';
export { ctc, CTC } from './ctc';
export {
  REGISTRY, knownIdentifiers, targetsOf, acceptsLogits, type LossName, type LossClass, type RegistryEntry, type LossRow, type Targets,
} from './registry';
export { get, type LossIdentifier, type LossOptions, type CustomLoss } from './get';
export { forCompile, type TfjsLossFunction } from './for-compile';
export {
  CATALOGUE, catalogueEntry, lossesFor, lossColour, type CatalogueEntry, type CatalogueText, type Task, type Prediction,
} from './catalogue';
export { lossShape, lossSlope, curveVariables, type LossShape, type LossShapeOptions, type CurveVariable } from './curves';
export type { CurveSpec } from './curve-specs';
export { wasserstein, Wasserstein, wassersteinDistance1d } from './wasserstein';
export { weightedLoss } from './weighted-loss';
export { gaussianNll, type GaussianNllOptions } from './gaussian-nll';
export { fitLine, fitLines, type FitLineOptions, type TrainedLine } from './fit-line';
export {
  fitClassifier, fitClassifiers, binaryScores, type ClassifierRun, type FitClassifierOptions, type FittedClassifier, type BinaryScores,
} from './fit-classifier';
export { compile, type CompileArgs } from './compile';
