/** Cosine similarity loss: minus the cosine of the angle between target and prediction. */
import * as tf from '@tensorflow/tfjs';
import { preparePair, resolveAxis, type TensorInput, type ValidateOption } from './common';
import { LossFunctionWrapper, splitConfig, type LossConfig } from './loss';

export interface CosineOptions extends ValidateOption {
  /** The axis holding the vectors. Default -1. */
  axis?: number;
}

/** $x / \max(\lVert x\rVert, 10^{-7})$ along `axis` (Keras' l2 normalisation; zero vectors stay zero). */
function l2Normalize(x: tf.Tensor, axis: number): tf.Tensor {
  const squareSum = tf.sum(tf.square(x), axis, true);
  return tf.div(x, tf.sqrt(tf.maximum(squareSum, 1e-14)));
}

/**
 * Cosine similarity loss, one value per sample, with Keras' sign: $-1$ when the vectors point
 * the same way, 0 when orthogonal (or either is zero), $+1$ when opposite.
 *
 * $$\mathrm{Cos}(y, \hat y) = -\frac{y \cdot \hat y}{\lVert y\rVert\,\lVert \hat y\rVert}$$
 *
 * @param yTrue vectors, shape `[batch, ..., d]`
 * @param yPred vectors, same shape
 * @param options `axis` (-1)
 * @returns shape of `yPred` without `axis`
 * @example
 * losses.cosineSimilarity([[0, 1], [1, 1], [1, 1]], [[1, 0], [1, 1], [-1, -1]]).print(); // [0, -1, 1]
 */
export function cosineSimilarity(yTrue: TensorInput, yPred: TensorInput, options: CosineOptions = {}): tf.Tensor {
  return tf.tidy(() => {
    const [t, p] = preparePair('cosineSimilarity', yTrue, yPred);
    const axis = resolveAxis('cosineSimilarity', options.axis ?? -1, p.rank);
    return tf.neg(tf.sum(tf.mul(l2Normalize(t, axis), l2Normalize(p, axis)), axis));
  });
}

/** Class form of {@link cosineSimilarity}; Keras name `'cosine_similarity'`. */
export class CosineSimilarity extends LossFunctionWrapper<CosineOptions> {
  constructor(args: CosineOptions & LossConfig = {}) {
    const { options, config } = splitConfig(args);
    super(cosineSimilarity, options, config, 'cosine_similarity');
  }
}
