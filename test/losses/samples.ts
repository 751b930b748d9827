/**
 * One valid input pair with a batch of 3 per loss, for the table tests (reductions, leaks, compile):
 * `[3, 4]` for most, `[3, 4]` unit embeddings for circle, `[3, 4 frames, 3 classes]` logits for ctc.
 */
import type { LossName } from '../../src/losses';
import { binaryLabels, distributions, oneHot, uniform } from './helpers';

export interface Sample {
  yTrue: number[][] | number[];
  yPred: number[][] | number[][][];
  options?: Record<string, unknown>;
}

const B = 3;
const K = 4;
const real = uniform(21, B, K, -2, 2);
const realPred = uniform(22, B, K, -2, 2);
const positive = uniform(23, B, K, 0.1, 4);
const positivePred = uniform(24, B, K, 0.1, 4);
const labels = binaryLabels(25, B, K);
const probs = uniform(26, B, K, 0.05, 0.95);
const { oneHot: y1, labels: classes } = oneHot(27, B, K);
const dist = distributions(28, B, K);
const unit = (rows: number[][]) => rows.map((r) => { const n = Math.hypot(...r); return r.map((v) => v / n); });
const frames = [uniform(30, 4, 3, -1, 1), uniform(31, 4, 3, -1, 1), uniform(32, 4, 3, -1, 1)];

export const SAMPLES: Record<LossName, Sample> = {
  meanSquaredError: { yTrue: real, yPred: realPred },
  meanAbsoluteError: { yTrue: real, yPred: realPred },
  meanAbsolutePercentageError: { yTrue: positive, yPred: positivePred },
  meanSquaredLogarithmicError: { yTrue: positive, yPred: positivePred },
  huber: { yTrue: real, yPred: realPred, options: { delta: 0.7 } },
  logCosh: { yTrue: real, yPred: realPred },
  binaryCrossentropy: { yTrue: labels, yPred: probs },
  binaryFocalCrossentropy: { yTrue: labels, yPred: probs },
  weightedBinaryCrossentropy: { yTrue: labels, yPred: probs, options: { posWeight: 2 } },
  hinge: { yTrue: labels, yPred: realPred },
  squaredHinge: { yTrue: labels, yPred: realPred },
  categoricalCrossentropy: { yTrue: y1, yPred: dist },
  sparseCategoricalCrossentropy: { yTrue: classes, yPred: dist },
  categoricalFocalCrossentropy: { yTrue: y1, yPred: dist },
  categoricalHinge: { yTrue: y1, yPred: realPred },
  klDivergence: { yTrue: dist, yPred: distributions(29, B, K) },
  poisson: { yTrue: positive, yPred: positivePred },
  cosineSimilarity: { yTrue: real, yPred: realPred },
  categoricalGeneralizedCrossEntropy: { yTrue: classes, yPred: dist, options: { q: 0.7 } },
  // axis 1: one overlap per row (the default, every axis, would give one scalar for the batch)
  dice: { yTrue: labels, yPred: probs, options: { axis: [1] } },
  tversky: { yTrue: labels, yPred: probs, options: { axis: -1, alpha: 0.3, beta: 0.7 } },
  // Against 4 references holding both labels, so every sample has a positive and a negative.
  circle: {
    yTrue: [0, 1, 0], yPred: unit(real),
    options: { gamma: 2, refLabels: [0, 1, 0, 1], refEmbeddings: unit(uniform(33, 4, K, -2, 2)), removeDiagonal: false },
  },
  ctc: { yTrue: [[1, 2], [2, 0], [1, 1]], yPred: frames },
  wasserstein: { yTrue: labels.map((row) => row.map((v) => 2 * v - 1)), yPred: realPred },
};
