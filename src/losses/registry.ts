/**
 * The one table of losses: each row ties a function form, its class form, its Keras name and
 * its aliases together. `get`, `forCompile`, the catalogue and the tests all read this table.
 */
import type { LossConfig, LossFunction, Loss } from './loss';
import { BinaryCrossentropy, binaryCrossentropy } from './binary-crossentropy';
import { BinaryFocalCrossentropy, binaryFocalCrossentropy } from './binary-focal-crossentropy';
import { CategoricalCrossentropy, categoricalCrossentropy } from './categorical-crossentropy';
import { CategoricalFocalCrossentropy, categoricalFocalCrossentropy } from './categorical-focal-crossentropy';
import { CategoricalHinge, categoricalHinge } from './categorical-hinge';
import { CategoricalGeneralizedCrossEntropy, categoricalGeneralizedCrossEntropy } from './categorical-generalized-cross-entropy';
import { Circle, circle } from './circle';
import { CosineSimilarity, cosineSimilarity } from './cosine-similarity';
import { CTC, ctc } from './ctc';
import { Dice, dice } from './dice';
import { Hinge, hinge } from './hinge';
import { Huber, huber } from './huber';
import { KLDivergence, klDivergence } from './kl-divergence';
import { LogCosh, logCosh } from './log-cosh';
import { MeanAbsoluteError, meanAbsoluteError } from './mean-absolute-error';
import { MeanAbsolutePercentageError, meanAbsolutePercentageError } from './mean-absolute-percentage-error';
import { MeanSquaredError, meanSquaredError } from './mean-squared-error';
import { MeanSquaredLogarithmicError, meanSquaredLogarithmicError } from './mean-squared-logarithmic-error';
import { Poisson, poisson } from './poisson';
import { SparseCategoricalCrossentropy, sparseCategoricalCrossentropy } from './sparse-categorical-crossentropy';
import { SquaredHinge, squaredHinge } from './squared-hinge';
import { Tversky, tversky } from './tversky';
import { Wasserstein, wasserstein } from './wasserstein';
import { WeightedBinaryCrossentropy, weightedBinaryCrossentropy } from './weighted-binary-crossentropy';

/** The camelCase name of every loss, e.g. `'meanSquaredError'`: the catalogue's key. */
export type LossName =
  | 'meanSquaredError' | 'meanAbsoluteError' | 'meanAbsolutePercentageError' | 'meanSquaredLogarithmicError'
  | 'huber' | 'logCosh' | 'binaryCrossentropy' | 'binaryFocalCrossentropy' | 'categoricalCrossentropy'
  | 'categoricalFocalCrossentropy' | 'sparseCategoricalCrossentropy' | 'weightedBinaryCrossentropy'
  | 'hinge' | 'squaredHinge' | 'categoricalHinge' | 'klDivergence' | 'poisson' | 'cosineSimilarity'
  | 'categoricalGeneralizedCrossEntropy' | 'dice' | 'tversky' | 'circle' | 'ctc' | 'wasserstein';

/** A loss class: `new cls({ ...options, reduction, name })`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LossClass = new (args?: any & LossConfig) => Loss;

export interface RegistryEntry {
  name: LossName;
  /** Keras' function name (snake_case), also the class form's default name where Keras agrees. */
  keras: string;
  /** Keras' class name (PascalCase). */
  className: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  fn: LossFunction<any>;
  cls: LossClass;
  /** Further string identifiers Keras accepts (`'mse'`, `'kld'` ...) plus legacy ones. */
  aliases: readonly string[];
}

const row = (
  name: LossName, keras: string, className: string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  fn: LossFunction<any>, cls: LossClass, aliases: readonly string[] = [],
): RegistryEntry => ({ name, keras, className, fn, cls, aliases });

/** Every loss, in the catalogue's order (regression, binary, multiclass, segmentation, distributions, similarity, sequences). */
export const REGISTRY: readonly RegistryEntry[] = [
  row('meanSquaredError', 'mean_squared_error', 'MeanSquaredError', meanSquaredError, MeanSquaredError, ['mse', 'MSE']),
  row('meanAbsoluteError', 'mean_absolute_error', 'MeanAbsoluteError', meanAbsoluteError, MeanAbsoluteError, ['mae', 'MAE']),
  row('huber', 'huber', 'Huber', huber, Huber, ['huber_loss']),
  row('logCosh', 'log_cosh', 'LogCosh', logCosh, LogCosh, ['logcosh']),
  row('meanSquaredLogarithmicError', 'mean_squared_logarithmic_error', 'MeanSquaredLogarithmicError',
    meanSquaredLogarithmicError, MeanSquaredLogarithmicError, ['msle', 'MSLE']),
  row('meanAbsolutePercentageError', 'mean_absolute_percentage_error', 'MeanAbsolutePercentageError',
    meanAbsolutePercentageError, MeanAbsolutePercentageError, ['mape', 'MAPE']),
  row('binaryCrossentropy', 'binary_crossentropy', 'BinaryCrossentropy', binaryCrossentropy, BinaryCrossentropy, ['bce', 'BCE']),
  row('binaryFocalCrossentropy', 'binary_focal_crossentropy', 'BinaryFocalCrossentropy',
    binaryFocalCrossentropy, BinaryFocalCrossentropy),
  row('weightedBinaryCrossentropy', 'weighted_binary_crossentropy', 'WeightedBinaryCrossentropy',
    weightedBinaryCrossentropy, WeightedBinaryCrossentropy),
  row('hinge', 'hinge', 'Hinge', hinge, Hinge),
  row('squaredHinge', 'squared_hinge', 'SquaredHinge', squaredHinge, SquaredHinge),
  row('categoricalCrossentropy', 'categorical_crossentropy', 'CategoricalCrossentropy',
    categoricalCrossentropy, CategoricalCrossentropy, ['cce']),
  row('sparseCategoricalCrossentropy', 'sparse_categorical_crossentropy', 'SparseCategoricalCrossentropy',
    sparseCategoricalCrossentropy, SparseCategoricalCrossentropy),
  row('categoricalFocalCrossentropy', 'categorical_focal_crossentropy', 'CategoricalFocalCrossentropy',
    categoricalFocalCrossentropy, CategoricalFocalCrossentropy),
  row('categoricalHinge', 'categorical_hinge', 'CategoricalHinge', categoricalHinge, CategoricalHinge),
  row('categoricalGeneralizedCrossEntropy', 'categorical_generalized_cross_entropy', 'CategoricalGeneralizedCrossEntropy',
    categoricalGeneralizedCrossEntropy, CategoricalGeneralizedCrossEntropy),
  row('dice', 'dice', 'Dice', dice, Dice),
  row('tversky', 'tversky', 'Tversky', tversky, Tversky),
  row('klDivergence', 'kl_divergence', 'KLDivergence', klDivergence, KLDivergence,
    ['kld', 'KLD', 'kullback_leibler_divergence']),
  row('poisson', 'poisson', 'Poisson', poisson, Poisson),
  row('cosineSimilarity', 'cosine_similarity', 'CosineSimilarity', cosineSimilarity, CosineSimilarity),
  row('circle', 'circle', 'Circle', circle, Circle),
  row('ctc', 'ctc', 'CTC', ctc, CTC),
  row('wasserstein', 'wasserstein', 'Wasserstein', wasserstein, Wasserstein),
];

type Found = { entry: RegistryEntry; kind: 'function' | 'class' };

/** The row a string names, and whether it named the class (Keras: class names give instances). */
export function lookup(identifier: string): Found | undefined {
  for (const entry of REGISTRY) {
    if (identifier === entry.className) return { entry, kind: 'class' };
    if (identifier === entry.name || identifier === entry.keras || entry.aliases.includes(identifier)) {
      return { entry, kind: 'function' };
    }
  }
  return undefined;
}

/** The row of a function form or a class instance, if it is one of ours. */
export function entryOf(loss: unknown): RegistryEntry | undefined {
  return REGISTRY.find((e) => e.fn === loss || (typeof loss === 'object' && loss instanceof e.cls));
}

/** Every string `get` accepts, each once, for error messages and tests. */
export function knownIdentifiers(): string[] {
  return [...new Set(REGISTRY.flatMap((e) => [e.name, e.keras, e.className, ...e.aliases]))];
}
