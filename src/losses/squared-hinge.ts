/** Squared hinge loss: the hinge squared, smooth at the margin. */
import * as tf from '@tensorflow/tfjs';
import { meanLastAxis, type TensorInput, type ValidateOption } from './common';
import { prepareHinge } from './hinge';
import { LossFunctionWrapper, type LossConfig } from './loss';

/**
 * Squared hinge loss, one value per sample (labels as in {@link hinge}):
 *
 * $$\mathrm{SqHinge}(y, \hat y) = \frac{1}{d}\sum_j \max(0,\, 1 - y_j \hat y_j)^2$$
 *
 * Differentiable at the margin, and harder on large violations than the plain hinge.
 *
 * @param yTrue labels -1/+1 or 0/1, shape `[batch, d0, ..., dN]`
 * @param yPred scores, same shape
 * @returns shape `[batch, d0, ..., dN-1]`
 * @example
 * losses.squaredHinge([[0, 1], [0, 0]], [[0.6, 0.4], [0.4, 0.6]]).print(); // [1.46, 2.26]
 */
export function squaredHinge(yTrue: TensorInput, yPred: TensorInput, options: ValidateOption = {}): tf.Tensor {
  return tf.tidy(() => {
    const [y, scores] = prepareHinge('squaredHinge', yTrue, yPred, options);
    return meanLastAxis(tf.square(tf.relu(tf.sub(1, tf.mul(y, scores)))));
  });
}

/** Class form of {@link squaredHinge}; Keras name `'squared_hinge'`. */
export class SquaredHinge extends LossFunctionWrapper<ValidateOption> {
  constructor(config: LossConfig = {}) {
    super(squaredHinge, {}, config, 'squared_hinge');
  }
}
