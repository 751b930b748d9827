/** Tversky loss: Dice with separate prices for false positives and false negatives. */
import * as tf from '@tensorflow/tfjs';
import { EPSILON, type TensorInput } from './common';
import { LossFunctionWrapper, splitConfig, type LossConfig } from './loss';
import { nonNegative } from '../validate';
import { overlapCounts, type OverlapOptions } from './overlap';

export interface TverskyOptions extends OverlapOptions {
  /** The weight of false positives, >= 0. Default 0.5. */
  alpha?: number;
  /** The weight of false negatives, >= 0. Default 0.5 (with alpha = 0.5: the Dice loss). */
  beta?: number;
}

/**
 * Tversky loss (Keras 3's `tversky`, Salehi et al. 2017), with soft counts $TP = \sum y\hat y$,
 * $FP = \sum (1 - y)\hat y$, $FN = \sum y(1 - \hat y)$ over `axis`:
 *
 * $$\mathrm{Tversky}(y, \hat y) = 1 - \frac{TP}{TP + \alpha\,FP + \beta\,FN + \epsilon}$$
 *
 * $\alpha = \beta = 1/2$ gives the Dice loss; $\beta > \alpha$ makes a missed foreground pixel cost
 * more than a false alarm, which raises recall on small structures.
 *
 * @param yTrue targets, usually 0/1 masks, shape `[batch, ...]`
 * @param yPred predictions, usually probabilities, same shape
 * @param options `alpha` (0.5), `beta` (0.5), `axis` (default every axis: one scalar)
 * @returns a scalar, or the shape of `yPred` without `axis`
 * @example
 * losses.tversky([[1, 1, 0, 0]], [[1, 0, 1, 0]], { alpha: 0.2, beta: 0.8 }).print(); // 1 - 1 / (1 + 0.2 + 0.8) = 0.5
 */
export function tversky(yTrue: TensorInput, yPred: TensorInput, options: TverskyOptions = {}): tf.Tensor {
  const alpha = options.alpha ?? 0.5;
  const beta = options.beta ?? 0.5;
  nonNegative('tversky', 'alpha', alpha);
  nonNegative('tversky', 'beta', beta);
  return tf.tidy(() => {
    const { truePositives, falsePositives, falseNegatives } = overlapCounts('tversky', yTrue, yPred, options);
    const denominator = tf.add(tf.add(truePositives, tf.add(tf.mul(alpha, falsePositives), tf.mul(beta, falseNegatives))), EPSILON);
    return tf.sub(1, tf.div(truePositives, denominator));
  });
}

/** Class form of {@link tversky}; Keras name `'tversky'`. */
export class Tversky extends LossFunctionWrapper<TverskyOptions> {
  constructor(args: TverskyOptions & LossConfig = {}) {
    const { options, config } = splitConfig(args);
    super(tversky, options, config, 'tversky');
  }
}
