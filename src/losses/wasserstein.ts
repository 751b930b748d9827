/**
 * The Wasserstein critic loss (WGAN): the mean of label times critic score, labels ±1, and the
 * exact 1-D Wasserstein distance it lets a critic estimate. Lesson 08.
 */
import * as tf from '@tensorflow/tfjs';
import { meanLastAxis, preparePair, type TensorInput, type ValidateOption } from './common';
import { LossFunctionWrapper, type LossConfig } from './loss';
import { checkRange } from './validate';

/**
 * Wasserstein critic loss, one value per sample:
 *
 * $$\mathrm{W}(y, \hat y) = \frac{1}{d}\sum_j y_j\,\hat y_j, \qquad y_j \in \{-1, +1\}$$
 *
 * With real samples labelled $-1$ and generated ones $+1$, the batch mean is
 * $\bar f_{\text{fake}} - \bar f_{\text{real}}$ (for equal counts, up to a factor 1/2): a critic
 * $f$ that minimises it scores real samples high and fake ones low. If $f$ is 1-Lipschitz, the
 * best value is $-W_1(P_{\text{real}}, P_{\text{fake}})$ (Kantorovich-Rubinstein duality).
 *
 * @param yTrue labels -1 (real) or +1 (fake), shape `[batch, d]`
 * @param yPred critic scores (any real number), same shape
 * @param options `validate` (true): labels must lie in [-1, 1]
 * @returns shape `[batch]`
 * @example
 * losses.wasserstein([[-1], [1]], [[2], [0.5]]).print(); // [-2, 0.5]
 */
export function wasserstein(yTrue: TensorInput, yPred: TensorInput, options: ValidateOption = {}): tf.Tensor {
  return tf.tidy(() => {
    const [labels, scores] = preparePair('wasserstein', yTrue, yPred);
    if (options.validate ?? true) checkRange('wasserstein', 'yTrue (labels -1 for real, +1 for fake)', labels, -1, 1);
    return meanLastAxis(tf.mul(labels, scores));
  });
}

/** Class form of {@link wasserstein} (not a Keras built-in; the name follows the WGAN papers). */
export class Wasserstein extends LossFunctionWrapper<ValidateOption> {
  constructor(config: LossConfig = {}) {
    super(wasserstein, {}, config, 'wasserstein');
  }
}

/**
 * The exact Wasserstein-1 (earth mover's) distance between two equally sized 1-D samples: sort
 * both and average the gaps, $W_1 = \frac1n \sum_i |a_{(i)} - b_{(i)}|$. The reference a
 * trained critic's loss is compared with.
 *
 * @param a, b samples of the same length n >= 1
 * @returns the distance (same unit as the samples)
 * @example
 * losses.wassersteinDistance1d([0, 1, 2], [3, 1, 5]); // (|0-1| + |1-3| + |2-5|) / 3 = 2
 */
export function wassersteinDistance1d(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || a.length !== b.length) {
    throw new Error(`wassersteinDistance1d: a and b must be non-empty and of the same length; got ${a.length} and ${b.length}`);
  }
  const sortedA = [...a].sort((u, v) => u - v);
  const sortedB = [...b].sort((u, v) => u - v);
  return sortedA.reduce((sum, value, i) => sum + Math.abs(value - sortedB[i]), 0) / a.length;
}
