/** Categorical cross-entropy: the log loss of a softmax over K classes, one-hot labels. */
import * as tf from '@tensorflow/tfjs';
import { EPSILON, preparePair, resolveAxis, type TensorInput } from './common';
import { LossFunctionWrapper, splitConfig, type LossConfig } from './loss';
import type { CrossentropyOptions } from './options';
import { inUnitClosed } from '../validate';
import { checkNonNegative, checkRange } from './validate';

/** `y(1 - s) + s/K` with K the number of classes, the size of the class `axis`. */
export function smoothCategoricalLabels(labels: tf.Tensor, smoothing: number, axis: number): tf.Tensor {
  if (!(smoothing > 0)) return labels;
  const numClasses = labels.shape[axis];
  return tf.add(tf.mul(labels, 1 - smoothing), smoothing / numClasses);
}

/**
 * Log-probabilities along `axis`: `logSoftmax` of logits (exact at any finite logit), or of
 * probabilities renormalised to sum to 1 and clipped to $[\epsilon, 1-\epsilon]$ (Keras).
 */
export function categoricalLogProbabilities(yPred: tf.Tensor, fromLogits: boolean, axis: number): tf.Tensor {
  if (fromLogits) return tf.sub(yPred, tf.logSumExp(yPred, axis, true));
  const normalised = tf.div(yPred, tf.sum(yPred, axis, true));
  return tf.log(tf.clipByValue(normalised, EPSILON, 1 - EPSILON));
}

/** Shared checks of the categorical family; returns the aligned pair and the class axis. */
export function prepareCategorical(
  name: string, yTrue: TensorInput, yPred: TensorInput, options: CrossentropyOptions,
): [tf.Tensor, tf.Tensor, number] {
  const [t, p] = preparePair(name, yTrue, yPred);
  const axis = resolveAxis(name, options.axis ?? -1, p.rank);
  inUnitClosed(name, 'labelSmoothing', options.labelSmoothing ?? 0);
  if (options.validate ?? true) {
    checkRange(name, 'yTrue (one-hot or soft labels)', t, 0, 1);
    // Like Keras, any non-negative scores are accepted: each row is rescaled to sum to 1.
    if (!(options.fromLogits ?? false)) checkNonNegative(name, 'yPred (non-negative scores, rescaled to sum to 1; pass fromLogits: true for logits)', p);
  }
  return [t, p, axis];
}

/**
 * Categorical cross-entropy, one value per sample (the class axis is summed out).
 *
 * $$\mathrm{CCE}(y, \hat y) = -\sum_{k=1}^{K} y_k \log p_k, \qquad
 * p = \mathrm{softmax}(\hat y) \text{ (logits) or } p = \hat y / \textstyle\sum_k \hat y_k \text{ (probabilities)}$$
 *
 * From logits it uses $\log p_k = \hat y_k - \log\sum_j e^{\hat y_j}$, exact at $|\hat y| = 10^4$.
 * Scores that do not sum to 1 (any non-negative values) are rescaled, then clipped to
 * $[10^{-7}, 1 - 10^{-7}]$ (Keras): `[[2, 6, 2]]` against `[[0, 1, 0]]` gives $-\log 0.6 = 0.5108$.
 *
 * @param yTrue one-hot (or soft) labels, shape `[batch, ..., K]`
 * @param yPred probabilities or non-negative scores (or logits with `fromLogits`), same shape
 * @param options `fromLogits` (false), `labelSmoothing` (0), `axis` (-1), `validate` (true)
 * @returns shape of `yPred` without `axis`
 * @example
 * losses.categoricalCrossentropy([[0, 1, 0], [0, 0, 1]], [[0.05, 0.95, 0], [0.1, 0.8, 0.1]]).print(); // [0.0513, 2.3026]
 */
export function categoricalCrossentropy(yTrue: TensorInput, yPred: TensorInput, options: CrossentropyOptions = {}): tf.Tensor {
  return tf.tidy(() => {
    const [t, p, axis] = prepareCategorical('categoricalCrossentropy', yTrue, yPred, options);
    const labels = smoothCategoricalLabels(t, options.labelSmoothing ?? 0, axis);
    const logP = categoricalLogProbabilities(p, options.fromLogits ?? false, axis);
    return tf.neg(tf.sum(tf.mul(labels, logP), axis));
  });
}

/** Class form of {@link categoricalCrossentropy}; Keras name `'categorical_crossentropy'`. */
export class CategoricalCrossentropy extends LossFunctionWrapper<CrossentropyOptions> {
  constructor(args: CrossentropyOptions & LossConfig = {}) {
    const { options, config } = splitConfig(args);
    super(categoricalCrossentropy, options, config, 'categorical_crossentropy');
  }
}
