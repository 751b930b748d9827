/**
 * THE table of losses: one row per loss with everything about it (function, class, Keras
 * identifiers, colour, targets, catalogue entry, curves). To add a loss, write its file and add
 * its row here (see CONTRIBUTING.md); `test/losses/rows.test.ts` checks that every row is complete.
 * Order: regression, binary, multiclass, segmentation, distributions, similarity, sequences, critics.
 */
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
import { at, ERROR, MARGIN_BINARY, MARGIN_CAT, PROB_BINARY, PROB_CAT } from './curve-specs';
import { row } from './row';

export const LOSS_ROWS = [
  row({
    name: 'meanSquaredError', keras: 'mean_squared_error', className: 'MeanSquaredError', fn: meanSquaredError, cls: MeanSquaredError,
    aliases: ['mse', 'MSE'], colour: '#1f77b4', targets: 'dense',
    catalogue: {
      title: 'Mean squared error', task: 'regression', yTrue: 'real targets', yPred: 'real',
      formula: '(y - \\hat y)^2', range: '[0, \\infty)',
      outliers: 'Sensitive: the penalty grows with the square of the error, so one far-off point can dominate the fit.',
      whenToPick: 'Default for regression with roughly Gaussian noise; predicts the conditional mean.', options: [],
    },
    curves: { error: ERROR },
  }),
  row({
    name: 'meanAbsoluteError', keras: 'mean_absolute_error', className: 'MeanAbsoluteError', fn: meanAbsoluteError, cls: MeanAbsoluteError,
    aliases: ['mae', 'MAE'], colour: '#ff7f0e', targets: 'dense',
    catalogue: {
      title: 'Mean absolute error', task: 'regression', yTrue: 'real targets', yPred: 'real',
      formula: '|y - \\hat y|', range: '[0, \\infty)',
      outliers: 'Robust: every error pulls with the same force, however large.',
      whenToPick: 'Targets with heavy-tailed noise or outliers; predicts the conditional median. Its gradient does not shrink near the optimum.', options: [],
    },
    curves: { error: ERROR },
  }),
  row({
    name: 'huber', keras: 'huber', className: 'Huber', fn: huber, cls: Huber,
    aliases: ['huber_loss'], colour: '#2ca02c', targets: 'dense',
    catalogue: {
      title: 'Huber', task: 'regression', yTrue: 'real targets', yPred: 'real',
      formula: '\\begin{cases} \\tfrac12 e^2 & |e| \\le \\delta \\\\ \\delta|e| - \\tfrac12\\delta^2 & |e| > \\delta \\end{cases}, \\; e = \\hat y - y',
      range: '[0, \\infty)',
      outliers: 'Robust beyond delta: errors larger than delta pull with constant force delta.',
      whenToPick: 'Regression with some outliers when you still want MSE-like behaviour for small errors; delta sets the scale of an "outlier".',
      options: ['delta'],
    },
    curves: { error: ERROR },
  }),
  row({
    name: 'logCosh', keras: 'log_cosh', className: 'LogCosh', fn: logCosh, cls: LogCosh,
    aliases: ['logcosh'], colour: '#d62728', targets: 'dense',
    catalogue: {
      title: 'Log-cosh', task: 'regression', yTrue: 'real targets', yPred: 'real',
      formula: '\\log\\cosh(\\hat y - y)', range: '[0, \\infty)',
      outliers: 'Robust: grows like |e| - log 2 for large errors.',
      whenToPick: 'Like Huber with delta = 1, but smooth everywhere (twice differentiable) and with no parameter.', options: [],
    },
    curves: { error: ERROR },
  }),
  row({
    name: 'meanSquaredLogarithmicError', keras: 'mean_squared_logarithmic_error', className: 'MeanSquaredLogarithmicError', fn: meanSquaredLogarithmicError, cls: MeanSquaredLogarithmicError,
    aliases: ['msle', 'MSLE'], colour: '#9467bd', targets: 'dense',
    catalogue: {
      title: 'Mean squared logarithmic error', task: 'regression',
      yTrue: 'non-negative targets', yPred: 'positive',
      formula: '\\big(\\log(1 + \\hat y) - \\log(1 + y)\\big)^2', range: '[0, \\infty)',
      outliers: 'Damped: large targets are compressed by the log, so relative rather than absolute errors count; under-prediction costs more than over-prediction.',
      whenToPick: 'Positive targets spanning orders of magnitude (prices, counts, durations).', options: [],
    },
    curves: { error: { xLabel: 'error ŷ − y (target y = 1)', domain: [-0.99, 3], sample: at([1])((x) => [1 + x]) } },
  }),
  row({
    name: 'meanAbsolutePercentageError', keras: 'mean_absolute_percentage_error', className: 'MeanAbsolutePercentageError', fn: meanAbsolutePercentageError, cls: MeanAbsolutePercentageError,
    aliases: ['mape', 'MAPE'], colour: '#8c564b', targets: 'dense',
    catalogue: {
      title: 'Mean absolute percentage error', task: 'regression',
      yTrue: 'non-zero real targets', yPred: 'real',
      formula: '100\\,\\frac{|y - \\hat y|}{\\max(|y|, \\epsilon)}', range: '[0, \\infty)',
      outliers: 'Robust in size, but targets near zero explode the loss.',
      whenToPick: 'When errors matter relative to the target and targets stay well away from zero; easy to report.', options: [],
    },
    curves: { error: { xLabel: 'error ŷ − y (target y = 1)', domain: [-3, 3], sample: at([1])((x) => [1 + x]) } },
  }),
  row({
    name: 'binaryCrossentropy', keras: 'binary_crossentropy', className: 'BinaryCrossentropy', fn: binaryCrossentropy, cls: BinaryCrossentropy,
    aliases: ['bce', 'BCE'], colour: '#e377c2', targets: 'dense',
    catalogue: {
      title: 'Binary cross-entropy', task: 'binary', yTrue: 'labels 0/1 (or soft labels)',
      yPred: 'probabilities-or-logits',
      formula: '-\\big[y\\log p + (1 - y)\\log(1 - p)\\big]', range: '[0, \\infty)',
      outliers: 'Confident mistakes cost without bound (log of a tiny probability); mislabelled samples can dominate.',
      whenToPick: 'Binary or multi-label classification; pass logits with fromLogits: true for stability.',
      options: ['fromLogits', 'labelSmoothing', 'axis'],
    },
    curves: { margin: MARGIN_BINARY, probability: PROB_BINARY },
  }),
  row({
    name: 'binaryFocalCrossentropy', keras: 'binary_focal_crossentropy', className: 'BinaryFocalCrossentropy', fn: binaryFocalCrossentropy, cls: BinaryFocalCrossentropy,
    aliases: [], colour: '#7f7f7f', targets: 'dense',
    catalogue: {
      title: 'Binary focal cross-entropy', task: 'binary', yTrue: 'labels 0/1',
      yPred: 'probabilities-or-logits',
      formula: '-\\alpha_t (1 - p_t)^{\\gamma} \\log p_t', range: '[0, \\infty)',
      outliers: 'Focuses on hard examples, which includes mislabelled ones.',
      whenToPick: 'Heavy class imbalance with many easy negatives (detection, rare events); gamma = 2 is the usual start.',
      options: ['gamma', 'alpha', 'applyClassBalancing', 'fromLogits', 'labelSmoothing', 'axis'],
    },
    curves: { margin: MARGIN_BINARY, probability: PROB_BINARY },
  }),
  row({
    name: 'weightedBinaryCrossentropy', keras: 'weighted_binary_crossentropy', className: 'WeightedBinaryCrossentropy', fn: weightedBinaryCrossentropy, cls: WeightedBinaryCrossentropy,
    aliases: [], colour: '#6b6ecf', targets: 'dense',
    catalogue: {
      title: 'Weighted binary cross-entropy', task: 'binary', yTrue: 'labels 0/1',
      yPred: 'probabilities-or-logits',
      formula: '-\\big[q\\,y\\log p + (1 - y)\\log(1 - p)\\big]', range: '[0, \\infty)',
      outliers: 'As binary cross-entropy, with positives weighted q times.',
      whenToPick: 'Imbalanced binary data where missing a positive costs more than a false alarm; q near (negatives / positives).',
      options: ['posWeight', 'fromLogits', 'axis'],
    },
    curves: { margin: MARGIN_BINARY, probability: PROB_BINARY },
  }),
  row({
    name: 'hinge', keras: 'hinge', className: 'Hinge', fn: hinge, cls: Hinge,
    aliases: [], colour: '#bcbd22', targets: 'dense',
    catalogue: {
      title: 'Hinge', task: 'binary', yTrue: 'labels -1/+1 (0/1 converted)', yPred: 'scores',
      formula: '\\max(0, 1 - y\\hat y)', range: '[0, \\infty)',
      outliers: 'Linear in the violation: a badly misclassified point pulls with constant force.',
      whenToPick: 'Max-margin classifiers (SVM-style); gives scores, not probabilities.', options: [],
    },
    curves: { margin: { ...MARGIN_BINARY, options: {} } },
  }),
  row({
    name: 'squaredHinge', keras: 'squared_hinge', className: 'SquaredHinge', fn: squaredHinge, cls: SquaredHinge,
    aliases: [], colour: '#17becf', targets: 'dense',
    catalogue: {
      title: 'Squared hinge', task: 'binary', yTrue: 'labels -1/+1 (0/1 converted)', yPred: 'scores',
      formula: '\\max(0, 1 - y\\hat y)^2', range: '[0, \\infty)',
      outliers: 'Quadratic in the violation: more sensitive than hinge.',
      whenToPick: 'A smooth max-margin loss (differentiable at the margin).', options: [],
    },
    curves: { margin: { ...MARGIN_BINARY, options: {} } },
  }),
  row({
    name: 'categoricalCrossentropy', keras: 'categorical_crossentropy', className: 'CategoricalCrossentropy', fn: categoricalCrossentropy, cls: CategoricalCrossentropy,
    aliases: ['cce'], colour: '#393b79', targets: 'dense',
    catalogue: {
      title: 'Categorical cross-entropy', task: 'multiclass', yTrue: 'one-hot labels',
      yPred: 'probabilities-or-logits',
      formula: '-\\sum_k y_k \\log p_k', range: '[0, \\infty)',
      outliers: 'Confident mistakes cost without bound; label smoothing caps the push towards certainty.',
      whenToPick: 'Single-label classification with K classes and one-hot targets.', options: ['fromLogits', 'labelSmoothing', 'axis'],
    },
    curves: { probability: PROB_CAT, margin: MARGIN_CAT },
  }),
  row({
    name: 'sparseCategoricalCrossentropy', keras: 'sparse_categorical_crossentropy', className: 'SparseCategoricalCrossentropy', fn: sparseCategoricalCrossentropy, cls: SparseCategoricalCrossentropy,
    aliases: [], colour: '#637939', targets: 'indices',
    catalogue: {
      title: 'Sparse categorical cross-entropy', task: 'multiclass',
      yTrue: 'integer class indices', yPred: 'probabilities-or-logits',
      formula: '-\\log p_{c}', range: '[0, \\infty)',
      outliers: 'As categorical cross-entropy.',
      whenToPick: 'The same loss as categorical cross-entropy when labels are integers (no one-hot needed); can ignore a void class.',
      options: ['fromLogits', 'ignoreClass'],
    },
    curves: { probability: { ...PROB_CAT, sample: (x) => [[0], [x, 1 - x]] } },
  }),
  row({
    name: 'categoricalFocalCrossentropy', keras: 'categorical_focal_crossentropy', className: 'CategoricalFocalCrossentropy', fn: categoricalFocalCrossentropy, cls: CategoricalFocalCrossentropy,
    aliases: [], colour: '#843c39', targets: 'dense',
    catalogue: {
      title: 'Categorical focal cross-entropy', task: 'multiclass', yTrue: 'one-hot labels',
      yPred: 'probabilities-or-logits',
      formula: '-\\sum_k \\alpha_k (1 - p_k)^{\\gamma} y_k \\log p_k', range: '[0, \\infty)',
      outliers: 'Down-weights easy samples; hard (possibly mislabelled) ones dominate.',
      whenToPick: 'Imbalanced multi-class problems where easy samples swamp the gradient.',
      options: ['alpha', 'gamma', 'fromLogits', 'labelSmoothing', 'axis'],
    },
    curves: { probability: PROB_CAT, margin: MARGIN_CAT },
  }),
  row({
    name: 'categoricalHinge', keras: 'categorical_hinge', className: 'CategoricalHinge', fn: categoricalHinge, cls: CategoricalHinge,
    aliases: [], colour: '#8c6d31', targets: 'dense',
    catalogue: {
      title: 'Categorical hinge', task: 'multiclass', yTrue: 'one-hot labels', yPred: 'scores',
      formula: '\\max\\big(0, 1 + \\max_{k \\ne c}\\hat y_k - \\hat y_c\\big)', range: '[0, \\infty)',
      outliers: 'Linear in the violation.',
      whenToPick: 'Multi-class max-margin training (scores, not probabilities).', options: [],
    },
    curves: { margin: { ...MARGIN_CAT, options: {} } },
  }),
  row({
    name: 'categoricalGeneralizedCrossEntropy', keras: 'categorical_generalized_cross_entropy', className: 'CategoricalGeneralizedCrossEntropy', fn: categoricalGeneralizedCrossEntropy, cls: CategoricalGeneralizedCrossEntropy,
    aliases: [], colour: '#de9ed6', targets: 'indices',
    catalogue: {
      title: 'Generalized cross-entropy', task: 'multiclass',
      yTrue: 'integer class indices', yPred: 'probabilities',
      formula: '\\frac{1 - p_c^{\\,q}}{q}', range: '[0, 1/q]',
      outliers: 'Robust to wrong labels: a sample the model finds implausible pulls p_c^q times less than under cross-entropy.',
      whenToPick: 'Labels with noise (crowd-sourced, scraped); q near 0 behaves like cross-entropy, q = 1 like MAE. Start at q = 0.5.',
      options: ['q'],
    },
    curves: { probability: { ...PROB_CAT, sample: (x) => [[0], [x, 1 - x]] } },
  }),
  row({
    name: 'dice', keras: 'dice', className: 'Dice', fn: dice, cls: Dice,
    aliases: [], colour: '#756bb1', targets: 'dense',
    catalogue: {
      title: 'Dice', task: 'segmentation', yTrue: 'masks 0/1', yPred: 'probabilities',
      formula: '1 - \\frac{2\\sum y\\hat y}{\\sum y + \\sum \\hat y}', range: '[0, 1] (for y, \\hat y in [0, 1])',
      outliers: 'Counts only the pixels that are foreground in either mask, so the size of the background does not matter.',
      whenToPick: 'Segmentation where the object is a small part of the image; one minus the F1 score of the masks. Sums over the whole batch unless axis is given.',
      options: ['axis'],
    },
    curves: { probability: { ...PROB_BINARY, options: { axis: -1 } } },
  }),
  row({
    name: 'tversky', keras: 'tversky', className: 'Tversky', fn: tversky, cls: Tversky,
    aliases: [], colour: '#fd8d3c', targets: 'dense',
    catalogue: {
      title: 'Tversky', task: 'segmentation', yTrue: 'masks 0/1', yPred: 'probabilities',
      formula: '1 - \\frac{TP}{TP + \\alpha FP + \\beta FN}', range: '[0, 1] (for y, \\hat y in [0, 1])',
      outliers: 'As Dice, with false positives priced alpha and false negatives beta.',
      whenToPick: 'Segmentation of small structures where a miss costs more than a false alarm: beta > alpha (e.g. 0.3 / 0.7) raises recall. alpha = beta = 0.5 is Dice.',
      options: ['alpha', 'beta', 'axis'],
    },
    curves: { probability: { ...PROB_BINARY, options: { axis: -1 } } },
  }),
  row({
    name: 'klDivergence', keras: 'kl_divergence', className: 'KLDivergence', fn: klDivergence, cls: KLDivergence,
    aliases: ['kld', 'KLD', 'kullback_leibler_divergence'], colour: '#7b4173', targets: 'dense',
    catalogue: {
      title: 'KL divergence', task: 'distribution', yTrue: 'a probability distribution',
      yPred: 'distribution',
      formula: '\\sum_k y_k \\log\\frac{y_k}{\\hat y_k}', range: '[0, \\infty)',
      outliers: 'Infinite-like cost where the prediction gives ~0 mass to a likely outcome (clipped at 1e-7).',
      whenToPick: 'Matching a target distribution (distillation, soft labels); equals cross-entropy minus the constant entropy of y.',
      options: [],
    },
    curves: { probability: { xLabel: 'predicted q₁ (target p = [0.3, 0.7])', domain: [0.01, 0.99], sample: at([0.3, 0.7])((x) => [x, 1 - x]) } },
  }),
  row({
    name: 'poisson', keras: 'poisson', className: 'Poisson', fn: poisson, cls: Poisson,
    aliases: [], colour: '#3182bd', targets: 'dense',
    catalogue: {
      title: 'Poisson', task: 'counts', yTrue: 'counts (>= 0)', yPred: 'rates',
      formula: '\\hat y - y\\log(\\hat y + \\epsilon)', range: '(-\\infty, \\infty)',
      outliers: 'Milder than MSE for large counts: the variance of a Poisson count grows with its mean.',
      whenToPick: 'Count data (events per interval); make yPred positive with exp or softplus.', options: [],
    },
    curves: { rate: { xLabel: 'predicted rate ŷ (count y = 3)', domain: [0.05, 10], sample: at([3])((x) => [x]) } },
  }),
  row({
    name: 'cosineSimilarity', keras: 'cosine_similarity', className: 'CosineSimilarity', fn: cosineSimilarity, cls: CosineSimilarity,
    aliases: [], colour: '#e6550d', targets: 'dense',
    catalogue: {
      title: 'Cosine similarity', task: 'similarity', yTrue: 'vectors', yPred: 'vectors',
      formula: '-\\frac{y \\cdot \\hat y}{\\lVert y\\rVert\\,\\lVert\\hat y\\rVert}', range: '[-1, 1]',
      outliers: 'Bounded: ignores the length of vectors, only the direction counts.',
      whenToPick: 'Embeddings and directions, where scale does not matter; -1 means same direction.',
      options: ['axis'],
    },
    curves: { angle: { xLabel: 'angle between y and ŷ (radians)', domain: [0, Math.PI], sample: at([1, 0])((x) => [Math.cos(x), Math.sin(x)]) } },
  }),
  row({
    name: 'circle', keras: 'circle', className: 'Circle', fn: circle, cls: Circle,
    aliases: [], colour: '#74c476', targets: 'indices',
    catalogue: {
      title: 'Circle', task: 'similarity', yTrue: 'integer class labels', yPred: 'unit-vectors',
      formula: '\\operatorname{softplus}\\Big(\\log\\sum_{P} e^{-\\gamma [m + d]_+ (m - d)} + \\log\\sum_{N} e^{\\gamma [1 + m - d]_+ (1 - m - d)}\\Big)',
      range: '[0, \\infty)',
      outliers: 'Self-paced: pairs far from their target similarity get larger weights, so the hardest pairs of the batch dominate.',
      whenToPick: 'Metric learning (face or product retrieval): embeddings where same-class items are close and others far; needs several samples per class in a batch.',
      options: ['gamma', 'margin', 'removeDiagonal', 'refLabels', 'refEmbeddings'],
    },
    curves: { angle: {
    xLabel: 'angle to a same-class embedding (another class at 90°)', domain: [0, Math.PI], sample: at([0])((x) => [Math.cos(x), Math.sin(x)]),
    options: { refLabels: [0, 1], refEmbeddings: [[1, 0], [0, 1]], removeDiagonal: false } } },
  }),
  row({
    name: 'ctc', keras: 'ctc', className: 'CTC', fn: ctc, cls: CTC,
    aliases: [], colour: '#636363', targets: 'sequence',
    catalogue: {
      title: 'CTC', task: 'sequence', yTrue: 'label sequences, 0-padded (0 is the blank)', yPred: 'frame-logits',
      formula: '-\\log \\sum_{\\pi \\to l} \\prod_t \\operatorname{softmax}(z_t)_{\\pi_t}', range: '[0, \\infty)',
      outliers: 'Like cross-entropy on the whole sequence: a label sequence the frames cannot produce costs without bound.',
      whenToPick: 'Speech or handwriting recognition: a label sequence for a longer sequence of frames, when nobody marked which frame is which label.',
      options: [],
    },
    curves: { probability: { xLabel: 'probability of the label in each of 2 frames', domain: [0.01, 0.99], sample: at([1])((x) => [[1 - x, x], [1 - x, x]].map((f) => f.map(Math.log))) } },
  }),
  row({
    name: 'wasserstein', keras: 'wasserstein', className: 'Wasserstein', fn: wasserstein, cls: Wasserstein,
    aliases: [], colour: '#31a354', targets: 'dense',
    catalogue: {
      title: 'Wasserstein (critic)', task: 'critic', yTrue: 'labels -1 (real) / +1 (generated)', yPred: 'scores',
      formula: 'y\\,\\hat y', range: '(-\\infty, \\infty)',
      outliers: 'Unbounded and linear: the critic must be kept 1-Lipschitz (clipping or a gradient penalty) or its scores run away.',
      whenToPick: 'The critic of a Wasserstein GAN: its loss estimates the earth mover\'s distance between real and generated samples.',
      options: [],
    },
    curves: { score: { xLabel: 'critic score ŷ of a real sample (label −1)', domain: [-3, 3], sample: at([-1])((x) => [x]) } },
  }),
];
