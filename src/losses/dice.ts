/** Dice loss: one minus the soft overlap (F1 score) of a predicted mask with the true one. */
import * as tf from '@tensorflow/tfjs';
import { EPSILON, type TensorInput } from './common';
import { LossFunctionWrapper, splitConfig, type LossConfig } from './loss';
import { overlapCounts, type OverlapOptions } from './overlap';

/**
 * Dice loss (Keras 3's `dice`): one minus twice the overlap over the total mass,
 *
 * $$\mathrm{Dice}(y, \hat y) = 1 - \frac{2\sum y\,\hat y}{\sum y + \sum \hat y + \epsilon}$$
 *
 * summed over `axis`. For 0/1 masks it is $1 - F_1$: it looks only at the pixels that are
 * foreground in either mask, so a tiny object on a huge background still counts. With targets or
 * predictions outside [0, 1] it can go negative (Keras computes it all the same).
 *
 * @param yTrue targets, usually 0/1 masks, shape `[batch, ...]`
 * @param yPred predictions, usually probabilities, same shape
 * @param options `axis` (default every axis: one scalar for the batch; `[1, 2, 3]`: one value per
 *   image of a `[batch, h, w, 1]` mask)
 * @returns a scalar, or the shape of `yPred` without `axis`
 * @example
 * losses.dice([[1, 1, 0, 0]], [[1, 0, 1, 0]]).print(); // 1 - 2·1 / (2 + 2) = 0.5
 */
export function dice(yTrue: TensorInput, yPred: TensorInput, options: OverlapOptions = {}): tf.Tensor {
  return tf.tidy(() => {
    const { truePositives, sumTrue, sumPred } = overlapCounts('dice', yTrue, yPred, options);
    return tf.sub(1, tf.div(tf.mul(2, truePositives), tf.add(tf.add(sumTrue, sumPred), EPSILON)));
  });
}

/** Class form of {@link dice}; Keras name `'dice'`. */
export class Dice extends LossFunctionWrapper<OverlapOptions> {
  constructor(args: OverlapOptions & LossConfig = {}) {
    const { options, config } = splitConfig(args);
    super(dice, options, config, 'dice');
  }
}
