/** Mean squared error: the quadratic loss of least squares. */
import * as tf from '@tensorflow/tfjs';
import { meanLastAxis, preparePair, type TensorInput, type ValidateOption } from './common';
import { LossFunctionWrapper, type LossConfig } from './loss';

/**
 * Mean squared error, one value per sample.
 *
 * $$\mathrm{MSE}(y, \hat y) = \frac{1}{d}\sum_{j=1}^{d} (y_j - \hat y_j)^2$$
 *
 * @param yTrue targets, shape `[batch, d0, ..., dN]` (a trailing 1 may be missing)
 * @param yPred predictions, same shape
 * @returns shape `[batch, d0, ..., dN-1]`
 * @example
 * losses.meanSquaredError([[0, 1], [0, 0]], [[1, 1], [1, 0]]).print(); // [0.5, 0.5]
 */
export function meanSquaredError(yTrue: TensorInput, yPred: TensorInput, options: ValidateOption = {}): tf.Tensor {
  void options;
  return tf.tidy(() => {
    const [t, p] = preparePair('meanSquaredError', yTrue, yPred);
    return meanLastAxis(tf.squaredDifference(t, p));
  });
}

/** Class form of {@link meanSquaredError}; Keras name `'mean_squared_error'`. */
export class MeanSquaredError extends LossFunctionWrapper<ValidateOption> {
  constructor(config: LossConfig = {}) {
    super(meanSquaredError, {}, config, 'mean_squared_error');
  }
}
