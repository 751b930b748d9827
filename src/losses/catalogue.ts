/**
 * The catalogue: what each loss is for, in data, so the notebooks and the site render the
 * "which loss for which task" guide and every loss's colour and curve from one source.
 */
import { lossColour as paletteColour } from '../plots/palette';
import { lookup, REGISTRY, type LossName } from './registry';

/** The task a loss serves. */
export type Task =
  | 'regression' | 'binary' | 'multiclass' | 'segmentation' | 'distribution' | 'counts' | 'similarity' | 'sequence' | 'critic';

/** What `yPred` must hold. */
export type Prediction =
  | 'real' | 'positive' | 'probabilities' | 'probabilities-or-logits' | 'scores' | 'distribution' | 'rates' | 'vectors'
  | 'unit-vectors' | 'frame-logits';

export interface CatalogueEntry {
  name: LossName;
  /** Display name, e.g. `'Huber'`. */
  title: string;
  task: Task;
  /** What `yTrue` holds, in words. */
  yTrue: string;
  yPred: Prediction;
  /** The per-element formula in LaTeX (the function form averages or sums it over the last axis). */
  formula: string;
  /** The values the loss can take, in LaTeX. */
  range: string;
  /** How it treats a few very wrong samples. */
  outliers: string;
  /** When to pick it. */
  whenToPick: string;
  /** The options it takes (camelCase). */
  options: readonly string[];
}

const E = (entry: Omit<CatalogueEntry, never>): CatalogueEntry => entry;

/** Every loss of the registry, same order. */
export const CATALOGUE: readonly CatalogueEntry[] = [
  E({ name: 'meanSquaredError', title: 'Mean squared error', task: 'regression', yTrue: 'real targets', yPred: 'real',
    formula: '(y - \\hat y)^2', range: '[0, \\infty)',
    outliers: 'Sensitive: the penalty grows with the square of the error, so one far-off point can dominate the fit.',
    whenToPick: 'Default for regression with roughly Gaussian noise; predicts the conditional mean.', options: [] }),
  E({ name: 'meanAbsoluteError', title: 'Mean absolute error', task: 'regression', yTrue: 'real targets', yPred: 'real',
    formula: '|y - \\hat y|', range: '[0, \\infty)',
    outliers: 'Robust: every error pulls with the same force, however large.',
    whenToPick: 'Targets with heavy-tailed noise or outliers; predicts the conditional median. Its gradient does not shrink near the optimum.', options: [] }),
  E({ name: 'huber', title: 'Huber', task: 'regression', yTrue: 'real targets', yPred: 'real',
    formula: '\\begin{cases} \\tfrac12 e^2 & |e| \\le \\delta \\\\ \\delta|e| - \\tfrac12\\delta^2 & |e| > \\delta \\end{cases}, \\; e = \\hat y - y',
    range: '[0, \\infty)',
    outliers: 'Robust beyond delta: errors larger than delta pull with constant force delta.',
    whenToPick: 'Regression with some outliers when you still want MSE-like behaviour for small errors; delta sets the scale of an "outlier".',
    options: ['delta'] }),
  E({ name: 'logCosh', title: 'Log-cosh', task: 'regression', yTrue: 'real targets', yPred: 'real',
    formula: '\\log\\cosh(\\hat y - y)', range: '[0, \\infty)',
    outliers: 'Robust: grows like |e| - log 2 for large errors.',
    whenToPick: 'Like Huber with delta = 1, but smooth everywhere (twice differentiable) and with no parameter.', options: [] }),
  E({ name: 'meanSquaredLogarithmicError', title: 'Mean squared logarithmic error', task: 'regression',
    yTrue: 'non-negative targets', yPred: 'positive',
    formula: '\\big(\\log(1 + \\hat y) - \\log(1 + y)\\big)^2', range: '[0, \\infty)',
    outliers: 'Damped: large targets are compressed by the log, so relative rather than absolute errors count; under-prediction costs more than over-prediction.',
    whenToPick: 'Positive targets spanning orders of magnitude (prices, counts, durations).', options: [] }),
  E({ name: 'meanAbsolutePercentageError', title: 'Mean absolute percentage error', task: 'regression',
    yTrue: 'non-zero real targets', yPred: 'real',
    formula: '100\\,\\frac{|y - \\hat y|}{\\max(|y|, \\epsilon)}', range: '[0, \\infty)',
    outliers: 'Robust in size, but targets near zero explode the loss.',
    whenToPick: 'When errors matter relative to the target and targets stay well away from zero; easy to report.', options: [] }),
  E({ name: 'binaryCrossentropy', title: 'Binary cross-entropy', task: 'binary', yTrue: 'labels 0/1 (or soft labels)',
    yPred: 'probabilities-or-logits',
    formula: '-\\big[y\\log p + (1 - y)\\log(1 - p)\\big]', range: '[0, \\infty)',
    outliers: 'Confident mistakes cost without bound (log of a tiny probability); mislabelled samples can dominate.',
    whenToPick: 'Binary or multi-label classification; pass logits with fromLogits: true for stability.',
    options: ['fromLogits', 'labelSmoothing', 'axis'] }),
  E({ name: 'binaryFocalCrossentropy', title: 'Binary focal cross-entropy', task: 'binary', yTrue: 'labels 0/1',
    yPred: 'probabilities-or-logits',
    formula: '-\\alpha_t (1 - p_t)^{\\gamma} \\log p_t', range: '[0, \\infty)',
    outliers: 'Focuses on hard examples, which includes mislabelled ones.',
    whenToPick: 'Heavy class imbalance with many easy negatives (detection, rare events); gamma = 2 is the usual start.',
    options: ['gamma', 'alpha', 'applyClassBalancing', 'fromLogits', 'labelSmoothing', 'axis'] }),
  E({ name: 'weightedBinaryCrossentropy', title: 'Weighted binary cross-entropy', task: 'binary', yTrue: 'labels 0/1',
    yPred: 'probabilities-or-logits',
    formula: '-\\big[q\\,y\\log p + (1 - y)\\log(1 - p)\\big]', range: '[0, \\infty)',
    outliers: 'As binary cross-entropy, with positives weighted q times.',
    whenToPick: 'Imbalanced binary data where missing a positive costs more than a false alarm; q near (negatives / positives).',
    options: ['posWeight', 'fromLogits', 'axis'] }),
  E({ name: 'hinge', title: 'Hinge', task: 'binary', yTrue: 'labels -1/+1 (0/1 converted)', yPred: 'scores',
    formula: '\\max(0, 1 - y\\hat y)', range: '[0, \\infty)',
    outliers: 'Linear in the violation: a badly misclassified point pulls with constant force.',
    whenToPick: 'Max-margin classifiers (SVM-style); gives scores, not probabilities.', options: [] }),
  E({ name: 'squaredHinge', title: 'Squared hinge', task: 'binary', yTrue: 'labels -1/+1 (0/1 converted)', yPred: 'scores',
    formula: '\\max(0, 1 - y\\hat y)^2', range: '[0, \\infty)',
    outliers: 'Quadratic in the violation: more sensitive than hinge.',
    whenToPick: 'A smooth max-margin loss (differentiable at the margin).', options: [] }),
  E({ name: 'categoricalCrossentropy', title: 'Categorical cross-entropy', task: 'multiclass', yTrue: 'one-hot labels',
    yPred: 'probabilities-or-logits',
    formula: '-\\sum_k y_k \\log p_k', range: '[0, \\infty)',
    outliers: 'Confident mistakes cost without bound; label smoothing caps the push towards certainty.',
    whenToPick: 'Single-label classification with K classes and one-hot targets.', options: ['fromLogits', 'labelSmoothing', 'axis'] }),
  E({ name: 'sparseCategoricalCrossentropy', title: 'Sparse categorical cross-entropy', task: 'multiclass',
    yTrue: 'integer class indices', yPred: 'probabilities-or-logits',
    formula: '-\\log p_{c}', range: '[0, \\infty)',
    outliers: 'As categorical cross-entropy.',
    whenToPick: 'The same loss as categorical cross-entropy when labels are integers (no one-hot needed); can ignore a void class.',
    options: ['fromLogits', 'ignoreClass'] }),
  E({ name: 'categoricalFocalCrossentropy', title: 'Categorical focal cross-entropy', task: 'multiclass', yTrue: 'one-hot labels',
    yPred: 'probabilities-or-logits',
    formula: '-\\sum_k \\alpha_k (1 - p_k)^{\\gamma} y_k \\log p_k', range: '[0, \\infty)',
    outliers: 'Down-weights easy samples; hard (possibly mislabelled) ones dominate.',
    whenToPick: 'Imbalanced multi-class problems where easy samples swamp the gradient.',
    options: ['alpha', 'gamma', 'fromLogits', 'labelSmoothing', 'axis'] }),
  E({ name: 'categoricalHinge', title: 'Categorical hinge', task: 'multiclass', yTrue: 'one-hot labels', yPred: 'scores',
    formula: '\\max\\big(0, 1 + \\max_{k \\ne c}\\hat y_k - \\hat y_c\\big)', range: '[0, \\infty)',
    outliers: 'Linear in the violation.',
    whenToPick: 'Multi-class max-margin training (scores, not probabilities).', options: [] }),
  E({ name: 'categoricalGeneralizedCrossEntropy', title: 'Generalized cross-entropy', task: 'multiclass',
    yTrue: 'integer class indices', yPred: 'probabilities',
    formula: '\\frac{1 - p_c^{\\,q}}{q}', range: '[0, 1/q]',
    outliers: 'Robust to wrong labels: a sample the model finds implausible pulls p_c^q times less than under cross-entropy.',
    whenToPick: 'Labels with noise (crowd-sourced, scraped); q near 0 behaves like cross-entropy, q = 1 like MAE. Start at q = 0.5.',
    options: ['q'] }),
  E({ name: 'dice', title: 'Dice', task: 'segmentation', yTrue: 'masks 0/1', yPred: 'probabilities',
    formula: '1 - \\frac{2\\sum y\\hat y}{\\sum y + \\sum \\hat y}', range: '[0, 1] (for y, \\hat y in [0, 1])',
    outliers: 'Counts only the pixels that are foreground in either mask, so the size of the background does not matter.',
    whenToPick: 'Segmentation where the object is a small part of the image; one minus the F1 score of the masks. Sums over the whole batch unless axis is given.',
    options: ['axis'] }),
  E({ name: 'tversky', title: 'Tversky', task: 'segmentation', yTrue: 'masks 0/1', yPred: 'probabilities',
    formula: '1 - \\frac{TP}{TP + \\alpha FP + \\beta FN}', range: '[0, 1] (for y, \\hat y in [0, 1])',
    outliers: 'As Dice, with false positives priced alpha and false negatives beta.',
    whenToPick: 'Segmentation of small structures where a miss costs more than a false alarm: beta > alpha (e.g. 0.3 / 0.7) raises recall. alpha = beta = 0.5 is Dice.',
    options: ['alpha', 'beta', 'axis'] }),
  E({ name: 'klDivergence', title: 'KL divergence', task: 'distribution', yTrue: 'a probability distribution',
    yPred: 'distribution',
    formula: '\\sum_k y_k \\log\\frac{y_k}{\\hat y_k}', range: '[0, \\infty)',
    outliers: 'Infinite-like cost where the prediction gives ~0 mass to a likely outcome (clipped at 1e-7).',
    whenToPick: 'Matching a target distribution (distillation, soft labels); equals cross-entropy minus the constant entropy of y.',
    options: [] }),
  E({ name: 'poisson', title: 'Poisson', task: 'counts', yTrue: 'counts (>= 0)', yPred: 'rates',
    formula: '\\hat y - y\\log(\\hat y + \\epsilon)', range: '(-\\infty, \\infty)',
    outliers: 'Milder than MSE for large counts: the variance of a Poisson count grows with its mean.',
    whenToPick: 'Count data (events per interval); make yPred positive with exp or softplus.', options: [] }),
  E({ name: 'cosineSimilarity', title: 'Cosine similarity', task: 'similarity', yTrue: 'vectors', yPred: 'vectors',
    formula: '-\\frac{y \\cdot \\hat y}{\\lVert y\\rVert\\,\\lVert\\hat y\\rVert}', range: '[-1, 1]',
    outliers: 'Bounded: ignores the length of vectors, only the direction counts.',
    whenToPick: 'Embeddings and directions, where scale does not matter; -1 means same direction.',
    options: ['axis'] }),
  E({ name: 'circle', title: 'Circle', task: 'similarity', yTrue: 'integer class labels', yPred: 'unit-vectors',
    formula: '\\operatorname{softplus}\\Big(\\log\\sum_{P} e^{-\\gamma [m + d]_+ (m - d)} + \\log\\sum_{N} e^{\\gamma [1 + m - d]_+ (1 - m - d)}\\Big)',
    range: '[0, \\infty)',
    outliers: 'Self-paced: pairs far from their target similarity get larger weights, so the hardest pairs of the batch dominate.',
    whenToPick: 'Metric learning (face or product retrieval): embeddings where same-class items are close and others far; needs several samples per class in a batch.',
    options: ['gamma', 'margin', 'removeDiagonal', 'refLabels', 'refEmbeddings'] }),
  E({ name: 'ctc', title: 'CTC', task: 'sequence', yTrue: 'label sequences, 0-padded (0 is the blank)', yPred: 'frame-logits',
    formula: '-\\log \\sum_{\\pi \\to l} \\prod_t \\operatorname{softmax}(z_t)_{\\pi_t}', range: '[0, \\infty)',
    outliers: 'Like cross-entropy on the whole sequence: a label sequence the frames cannot produce costs without bound.',
    whenToPick: 'Speech or handwriting recognition: a label sequence for a longer sequence of frames, when nobody marked which frame is which label.',
    options: [] }),
  E({ name: 'wasserstein', title: 'Wasserstein (critic)', task: 'critic', yTrue: 'labels -1 (real) / +1 (generated)', yPred: 'scores',
    formula: 'y\\,\\hat y', range: '(-\\infty, \\infty)',
    outliers: 'Unbounded and linear: the critic must be kept 1-Lipschitz (clipping or a gradient penalty) or its scores run away.',
    whenToPick: 'The critic of a Wasserstein GAN: its loss estimates the earth mover\'s distance between real and generated samples.',
    options: [] }),
];

/** The catalogue entry of any identifier `get` understands (`'mse'`, `'Huber'`, `'huber'` ...). */
export function catalogueEntry(identifier: string): CatalogueEntry {
  const found = lookup(identifier);
  const entry = found && CATALOGUE.find((e) => e.name === found.entry.name);
  if (entry === undefined) {
    throw new Error(`catalogueEntry: unknown loss '${identifier}'; expected one of ${REGISTRY.map((e) => e.name).join(', ')}`);
  }
  return entry;
}

/** The losses serving a task, e.g. `lossesFor('regression')`. */
export function lossesFor(task: Task): CatalogueEntry[] {
  return CATALOGUE.filter((e) => e.task === task);
}

/**
 * The stable plot colour of a loss (any identifier): the course palette in `plots/palette.ts`,
 * so a loss has the same colour in every chart.
 */
export function lossColour(identifier: string): string {
  const found = lookup(identifier);
  return paletteColour(found === undefined ? identifier : found.entry.name);
}
