/** Hinge loss: the max-margin loss of support vector machines. */
import * as tf from '@tensorflow/tfjs';
import { meanLastAxis, preparePair, type TensorInput, type ValidateOption } from './common';
import { LossFunctionWrapper, type LossConfig } from './loss';
import { checkRange } from './validate';

/**
 * Keras' label rule for the hinge family: when EVERY label is 0 or 1, map them to -1/+1
 * ($2y - 1$); otherwise leave them as they are (expected -1/+1). Branch-free:
 * $y + b\,(y - 1)$ with $b = 1$ if all labels are binary.
 */
export function toSignedLabels(labels: tf.Tensor): tf.Tensor {
  const isZeroOrOne = tf.logicalOr(tf.equal(labels, 0), tf.equal(labels, 1));
  const allBinary = tf.cast(tf.all(isZeroOrOne), 'float32');
  return tf.add(labels, tf.mul(allBinary, tf.sub(labels, 1)));
}

/** Shared checks of hinge and squared hinge; returns signed labels and scores. */
export function prepareHinge(name: string, yTrue: TensorInput, yPred: TensorInput, options: ValidateOption): [tf.Tensor, tf.Tensor] {
  const [t, p] = preparePair(name, yTrue, yPred);
  if (options.validate ?? true) checkRange(name, 'yTrue (labels -1/+1, or 0/1)', t, -1, 1);
  return [toSignedLabels(t), p];
}

/**
 * Hinge loss, one value per sample. With labels $y \in \{-1, +1\}$ (0/1 labels are converted,
 * see {@link toSignedLabels}) and raw scores $\hat y$:
 *
 * $$\mathrm{Hinge}(y, \hat y) = \frac{1}{d}\sum_j \max(0,\, 1 - y_j \hat y_j)$$
 *
 * Zero once the margin $y\hat y$ reaches 1: correct, confident samples stop contributing.
 *
 * @param yTrue labels -1/+1 or 0/1, shape `[batch, d0, ..., dN]`
 * @param yPred scores (real numbers, not probabilities), same shape
 * @returns shape `[batch, d0, ..., dN-1]`
 * @example
 * losses.hinge([[0, 1], [0, 0]], [[0.6, 0.4], [0.4, 0.6]]).print(); // [1.1, 1.5]
 */
export function hinge(yTrue: TensorInput, yPred: TensorInput, options: ValidateOption = {}): tf.Tensor {
  return tf.tidy(() => {
    const [y, scores] = prepareHinge('hinge', yTrue, yPred, options);
    return meanLastAxis(tf.relu(tf.sub(1, tf.mul(y, scores))));
  });
}

/** Class form of {@link hinge}; Keras name `'hinge'`. */
export class Hinge extends LossFunctionWrapper<ValidateOption> {
  constructor(config: LossConfig = {}) {
    super(hinge, {}, config, 'hinge');
  }
}
