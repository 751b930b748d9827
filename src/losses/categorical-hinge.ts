/** Categorical hinge: the multi-class margin loss (Crammer-Singer style). */
import * as tf from '@tensorflow/tfjs';
import { preparePair, type TensorInput, type ValidateOption } from './common';
import { LossFunctionWrapper, type LossConfig } from './loss';
import { checkRange } from './validate';

/**
 * Categorical hinge loss, one value per sample. With one-hot labels $y$ and class scores $\hat y$:
 *
 * $$\mathrm{pos} = \sum_k y_k \hat y_k, \quad \mathrm{neg} = \max_k (1 - y_k)\hat y_k, \quad
 * \mathrm{CatHinge}(y, \hat y) = \max(0,\, \mathrm{neg} - \mathrm{pos} + 1)$$
 *
 * Zero once the true class's score beats every other score by at least 1. Labels are used as
 * given (no 0/1 conversion).
 *
 * @param yTrue one-hot labels, shape `[batch, ..., K]`
 * @param yPred class scores, same shape
 * @returns shape `[batch, ...]`
 * @example
 * losses.categoricalHinge([[0, 1], [0, 0]], [[0.6, 0.4], [0.4, 0.6]]).print(); // [1.2, 1.6]
 */
export function categoricalHinge(yTrue: TensorInput, yPred: TensorInput, options: ValidateOption = {}): tf.Tensor {
  return tf.tidy(() => {
    const [y, scores] = preparePair('categoricalHinge', yTrue, yPred);
    if (options.validate ?? true) checkRange('categoricalHinge', 'yTrue (one-hot labels)', y, 0, 1);
    const pos = tf.sum(tf.mul(y, scores), -1);
    const neg = tf.max(tf.mul(tf.sub(1, y), scores), -1);
    return tf.relu(tf.add(tf.sub(neg, pos), 1));
  });
}

/** Class form of {@link categoricalHinge}; Keras name `'categorical_hinge'`. */
export class CategoricalHinge extends LossFunctionWrapper<ValidateOption> {
  constructor(config: LossConfig = {}) {
    super(categoricalHinge, {}, config, 'categorical_hinge');
  }
}
