/** One valid `[batch = 3, 4]` input pair per loss, for the table tests (reductions, leaks, compile). */
import type { LossName } from '../../src/losses';
import { binaryLabels, distributions, oneHot, uniform } from './helpers';

export interface Sample {
  yTrue: number[][] | number[];
  yPred: number[][];
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
};
