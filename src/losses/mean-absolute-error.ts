/** Mean absolute error: the L1 loss, robust to outliers. */
import * as tf from '@tensorflow/tfjs';
import { meanLastAxis, preparePair, type TensorInput, type ValidateOption } from './common';
import { LossFunctionWrapper, type LossConfig } from './loss';

/**
 * Mean absolute error, one value per sample.
 *
 * $$\mathrm{MAE}(y, \hat y) = \frac{1}{d}\sum_{j=1}^{d} |y_j - \hat y_j|$$
 *
 * @param yTrue targets, shape `[batch, d0, ..., dN]`
 * @param yPred predictions, same shape
 * @returns shape `[batch, d0, ..., dN-1]`
 * @example
 * losses.meanAbsoluteError([[0, 1], [0, 0]], [[1, 1], [1, 0]]).print(); // [0.5, 0.5]
 */
export function meanAbsoluteError(yTrue: TensorInput, yPred: TensorInput, options: ValidateOption = {}): tf.Tensor {
  void options;
  return tf.tidy(() => {
    const [t, p] = preparePair('meanAbsoluteError', yTrue, yPred);
    return meanLastAxis(tf.abs(tf.sub(t, p)));
  });
}

/** Class form of {@link meanAbsoluteError}; Keras name `'mean_absolute_error'`. */
export class MeanAbsoluteError extends LossFunctionWrapper<ValidateOption> {
  constructor(config: LossConfig = {}) {
    super(meanAbsoluteError, {}, config, 'mean_absolute_error');
  }
}
