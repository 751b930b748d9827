/** Log-cosh: a smooth loss like MSE for small errors and like MAE for large ones. */
import * as tf from '@tensorflow/tfjs';
import { meanLastAxis, preparePair, type TensorInput, type ValidateOption } from './common';
import { LossFunctionWrapper, type LossConfig } from './loss';

/**
 * Log-cosh loss, one value per sample. Computed as $e + \mathrm{softplus}(-2e) - \log 2$, which
 * equals $\log\cosh e$ and never overflows (cosh itself overflows float32 past |e| ~ 89).
 *
 * $$\mathrm{LogCosh}(y, \hat y) = \frac{1}{d}\sum_{j} \log\cosh(\hat y_j - y_j)$$
 *
 * Near 0 it is $e^2/2$; far out it is $|e| - \log 2$; its derivative is $\tanh e$.
 *
 * @param yTrue targets, shape `[batch, d0, ..., dN]`
 * @param yPred predictions, same shape
 * @returns shape `[batch, d0, ..., dN-1]`
 * @example
 * losses.logCosh([[0, 1], [0, 0]], [[1, 1], [0, 0]]).print(); // [0.2169, 0]
 */
export function logCosh(yTrue: TensorInput, yPred: TensorInput, options: ValidateOption = {}): tf.Tensor {
  void options;
  return tf.tidy(() => {
    const [t, p] = preparePair('logCosh', yTrue, yPred);
    const error = tf.sub(p, t);
    return meanLastAxis(tf.sub(tf.add(error, tf.softplus(tf.mul(-2, error))), Math.log(2)));
  });
}

/** Class form of {@link logCosh}; Keras name `'log_cosh'`. */
export class LogCosh extends LossFunctionWrapper<ValidateOption> {
  constructor(config: LossConfig = {}) {
    super(logCosh, {}, config, 'log_cosh');
  }
}
