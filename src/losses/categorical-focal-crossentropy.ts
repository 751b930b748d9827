/** Categorical focal cross-entropy: categorical cross-entropy that fades on confident, correct classes. */
import * as tf from '@tensorflow/tfjs';
import { type TensorInput } from './common';
import { categoricalLogProbabilities, prepareCategorical, smoothCategoricalLabels } from './categorical-crossentropy';
import { LossFunctionWrapper, splitConfig, type LossConfig } from './loss';
import type { CrossentropyOptions } from './options';
import { nonNegative } from '../validate';

export interface CategoricalFocalOptions extends CrossentropyOptions {
  /** Class weight: one number for all classes, or one per class. Default 0.25. */
  alpha?: number | number[];
  /** Focusing exponent $\gamma \ge 0$. Default 2. */
  gamma?: number;
}

/**
 * Categorical focal cross-entropy, one value per sample:
 *
 * $$\mathrm{CFL}(y, \hat y) = -\sum_{k} \alpha_k\,(1 - p_k)^{\gamma}\,y_k \log p_k$$
 *
 * with $p$ as in {@link categoricalCrossentropy} (renormalised and clipped probabilities, or the
 * softmax of logits; from logits $\log p$ is the exact log-softmax, where Keras clips the
 * softmax first, which only differs once $p_k < 10^{-7}$).
 *
 * @param yTrue one-hot (or soft) labels, shape `[batch, ..., K]`
 * @param yPred probabilities (or logits with `fromLogits`), same shape
 * @param options `alpha` (0.25), `gamma` (2), `fromLogits` (false), `labelSmoothing` (0), `axis` (-1), `validate` (true)
 * @returns shape of `yPred` without `axis`
 * @example
 * losses.categoricalFocalCrossentropy([[0, 1, 0], [0, 0, 1]], [[0.05, 0.9, 0.05], [0.1, 0.85, 0.05]]).print(); // [0.000263, 0.6759]
 */
export function categoricalFocalCrossentropy(
  yTrue: TensorInput, yPred: TensorInput, options: CategoricalFocalOptions = {},
): tf.Tensor {
  const name = 'categoricalFocalCrossentropy';
  const gamma = options.gamma ?? 2;
  const alpha = options.alpha ?? 0.25;
  nonNegative(name, 'gamma', gamma);
  return tf.tidy(() => {
    const [t, x, axis] = prepareCategorical(name, yTrue, yPred, options);
    if (Array.isArray(alpha) && alpha.length !== x.shape[axis]) {
      throw new Error(`${name}: alpha must have one weight per class (${x.shape[axis]}); got ${alpha.length}`);
    }
    const labels = smoothCategoricalLabels(t, options.labelSmoothing ?? 0, axis);
    const logP = categoricalLogProbabilities(x, options.fromLogits ?? false, axis);
    const modulating = tf.pow(tf.sub(1, tf.exp(logP)), gamma);
    const alphaShape = x.shape.map((size, i) => (i === axis ? size : 1));
    const alphaT = Array.isArray(alpha) ? tf.reshape(tf.tensor1d(alpha), alphaShape) : tf.scalar(alpha);
    const focal = tf.mul(tf.mul(alphaT, modulating), tf.neg(tf.mul(labels, logP)));
    return tf.sum(focal, axis);
  });
}

/** Class form of {@link categoricalFocalCrossentropy}; Keras name `'categorical_focal_crossentropy'`. */
export class CategoricalFocalCrossentropy extends LossFunctionWrapper<CategoricalFocalOptions> {
  constructor(args: CategoricalFocalOptions & LossConfig = {}) {
    const { options, config } = splitConfig(args);
    super(categoricalFocalCrossentropy, options, config, 'categorical_focal_crossentropy');
  }
}
