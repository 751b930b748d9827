/** Mean squared logarithmic error: squared error between log(1 + y), for positive targets spanning orders of magnitude. */
import * as tf from '@tensorflow/tfjs';
import { EPSILON, meanLastAxis, preparePair, type TensorInput, type ValidateOption } from './common';
import { LossFunctionWrapper, type LossConfig } from './loss';

/**
 * Mean squared logarithmic error, one value per sample. Values below $\epsilon = 10^{-7}$ (zero
 * and negatives) are raised to $\epsilon$ first, as Keras does, so the log stays defined.
 *
 * $$\mathrm{MSLE}(y, \hat y) = \frac{1}{d}\sum_{j=1}^{d} \big(\log(1 + \max(\hat y_j, \epsilon)) - \log(1 + \max(y_j, \epsilon))\big)^2$$
 *
 * @param yTrue targets, shape `[batch, d0, ..., dN]`
 * @param yPred predictions, same shape
 * @returns shape `[batch, d0, ..., dN-1]`
 * @example
 * losses.meanSquaredLogarithmicError([[0]], [[Math.E - 1]]).print(); // [1]
 */
export function meanSquaredLogarithmicError(yTrue: TensorInput, yPred: TensorInput): tf.Tensor {
  return tf.tidy(() => {
    const [t, p] = preparePair('meanSquaredLogarithmicError', yTrue, yPred);
    const logPred = tf.log1p(tf.maximum(p, EPSILON));
    const logTrue = tf.log1p(tf.maximum(t, EPSILON));
    return meanLastAxis(tf.squaredDifference(logPred, logTrue));
  });
}

/** Class form of {@link meanSquaredLogarithmicError}; Keras name `'mean_squared_logarithmic_error'`. */
export class MeanSquaredLogarithmicError extends LossFunctionWrapper<ValidateOption> {
  constructor(config: LossConfig = {}) {
    super(meanSquaredLogarithmicError, {}, config, 'mean_squared_logarithmic_error');
  }
}
