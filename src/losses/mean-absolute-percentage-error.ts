/** Mean absolute percentage error: the error relative to the target, in percent. */
import * as tf from '@tensorflow/tfjs';
import { EPSILON, meanLastAxis, preparePair, type TensorInput, type ValidateOption } from './common';
import { LossFunctionWrapper, type LossConfig } from './loss';

/**
 * Mean absolute percentage error, one value per sample. The divisor is floored at
 * $\epsilon = 10^{-7}$ (Keras), so a zero target gives a huge but finite loss.
 *
 * $$\mathrm{MAPE}(y, \hat y) = \frac{100}{d}\sum_{j=1}^{d} \frac{|y_j - \hat y_j|}{\max(|y_j|, \epsilon)}$$
 *
 * @param yTrue targets, shape `[batch, d0, ..., dN]`
 * @param yPred predictions, same shape
 * @returns shape `[batch, d0, ..., dN-1]`, in percent
 * @example
 * losses.meanAbsolutePercentageError([[100, 200]], [[90, 210]]).print(); // [7.5]
 */
export function meanAbsolutePercentageError(yTrue: TensorInput, yPred: TensorInput): tf.Tensor {
  return tf.tidy(() => {
    const [t, p] = preparePair('meanAbsolutePercentageError', yTrue, yPred);
    const relative = tf.abs(tf.div(tf.sub(t, p), tf.maximum(tf.abs(t), EPSILON)));
    return tf.mul(100, meanLastAxis(relative));
  });
}

/** Class form of {@link meanAbsolutePercentageError}; Keras name `'mean_absolute_percentage_error'`. */
export class MeanAbsolutePercentageError extends LossFunctionWrapper<ValidateOption> {
  constructor(config: LossConfig = {}) {
    super(meanAbsolutePercentageError, {}, config, 'mean_absolute_percentage_error');
  }
}
