/**
 * Logistic regression (one Dense unit emitting a logit) trained with a chosen loss, and the
 * numbers that judge it on imbalanced data: lesson 05 compares cross-entropy, weighted
 * cross-entropy and focal loss on rare positives.
 */
import * as tf from '@tensorflow/tfjs';
import { fitModel } from '../training';
import type { LossIdentifier, LossOptions } from './get';
import { acceptsLogits } from './registry';

export interface FitClassifierOptions {
  /** Full-batch epochs. Default 200. */
  epochs?: number;
  /** Adam's learning rate. Default 0.05. */
  learningRate?: number;
  /** Options of the loss; `fromLogits: true` is added (the model emits logits). */
  lossOptions?: LossOptions;
  /** The model emits logits: losses that can read logits (the registry says which) get `fromLogits: true`, the others (hinge ...) raw scores. Default true. */
  fromLogits?: boolean;
}

/** Counts and rates at threshold 0.5 (logit 0). */
export interface BinaryScores {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  accuracy: number;
  /** Of the real positives, the fraction found: TP / (TP + FN). */
  recall: number;
  /** Of the predicted positives, the fraction right: TP / (TP + FP) (0 when nothing is predicted positive). */
  precision: number;
}

export interface FittedClassifier {
  name: string;
  /** Weights per feature and bias of the logit $z = w \cdot x + b$. */
  weights: number[];
  bias: number;
  history: number[];
  scores: BinaryScores;
  /** P(class 1) for a batch of points (for decision-boundary plots). */
  predict: (points: readonly (readonly number[])[]) => number[];
}

/** Confusion counts, accuracy, recall and precision of 0/1 predictions. */
export function binaryScores(labels: readonly number[], predicted: readonly number[]): BinaryScores {
  let tp = 0; let fp = 0; let fn = 0; let tn = 0;
  labels.forEach((y, i) => {
    const p = predicted[i];
    if (y === 1 && p === 1) tp++; else if (y === 0 && p === 1) fp++; else if (y === 1) fn++; else tn++;
  });
  const total = labels.length;
  return {
    truePositives: tp, falsePositives: fp, falseNegatives: fn, trueNegatives: tn,
    accuracy: total === 0 ? 0 : (tp + tn) / total,
    recall: tp + fn === 0 ? 0 : tp / (tp + fn),
    precision: tp + fp === 0 ? 0 : tp / (tp + fp),
  };
}

/**
 * Trains logistic regression with a loss and scores it on the training data at threshold 0.5.
 * @param x features, one row per example; @param y labels 0/1
 * @example
 * const fit = await losses.fitClassifier(d.x, d.y, 'weighted_binary_crossentropy', { lossOptions: { posWeight: 19 } });
 */
export async function fitClassifier(
  x: readonly (readonly number[])[], y: readonly number[], loss: LossIdentifier, options: FitClassifierOptions = {},
): Promise<FittedClassifier> {
  const { epochs = 200, learningRate = 0.05, lossOptions = {}, fromLogits = true } = options;
  if (x.length !== y.length || x.length === 0) {
    throw new Error(`fitClassifier: x and y must be non-empty and of the same length; got ${x.length} and ${y.length}`);
  }
  const features = x[0].length;
  const xs = tf.tensor2d(x as number[][], [x.length, features]);
  const ys = tf.tensor2d(y as number[], [y.length, 1]);
  const model = tf.sequential();
  model.add(tf.layers.dense({ units: 1, inputShape: [features], kernelInitializer: 'zeros' }));
  const isString = typeof loss === 'string';
  const logitOptions = fromLogits && acceptsLogits(loss) ? { ...lossOptions, fromLogits: true } : lossOptions;
  const probabilitiesOf = (trained: tf.LayersModel) =>
    tf.tidy(() => Array.from((tf.sigmoid(trained.predict(xs) as tf.Tensor)).dataSync()));
  try {
    const { history, result } = await fitModel({
      model, optimizer: tf.train.adam(learningRate), loss, lossOptions: logitOptions, x: xs, y: ys, epochs,
      read: (trained) => ({ weights: trained.getWeights().map((w) => Array.from(w.dataSync())), probabilities: probabilitiesOf(trained) }),
    });
    const [weights, [b]] = result.weights;
    const scores = binaryScores(y, result.probabilities.map((p) => (p >= 0.5 ? 1 : 0)));
    const name = isString ? (loss as string) : 'custom';
    const predictLater = (points: readonly (readonly number[])[]) =>
      points.map((p) => 1 / (1 + Math.exp(-(p.reduce((s, v, j) => s + v * weights[j], 0) + b))));
    return { name, weights, bias: b, history, scores, predict: predictLater };
  } finally {
    tf.dispose([xs, ys]);
  }
}

/** One run of {@link fitClassifiers}: a loss, its options and a label for tables and legends. */
export interface ClassifierRun {
  label: string;
  loss: LossIdentifier;
  lossOptions?: LossOptions;
}

/**
 * {@link fitClassifier} once per run, same data, same start; each result is named by its label.
 * @example
 * const fits = await losses.fitClassifiers(d.x, d.y, [{ label: 'BCE', loss: 'bce' }, { label: 'focal', loss: 'binary_focal_crossentropy' }]);
 */
export async function fitClassifiers(
  x: readonly (readonly number[])[], y: readonly number[], runs: readonly ClassifierRun[],
  options: Omit<FitClassifierOptions, 'lossOptions'> = {},
): Promise<FittedClassifier[]> {
  const fits: FittedClassifier[] = [];
  for (const run of runs) {
    const fit = await fitClassifier(x, y, run.loss, { ...options, lossOptions: run.lossOptions });
    fits.push({ ...fit, name: run.label });
  }
  return fits;
}
