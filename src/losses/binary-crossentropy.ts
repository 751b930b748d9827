/** Binary cross-entropy: the log loss of a Bernoulli prediction. */
import * as tf from '@tensorflow/tfjs';
import {
  clipProbabilities, preparePair, resolveAxis, sigmoidCrossEntropyWithLogits, type TensorInput,
} from './common';
import { LossFunctionWrapper, splitConfig, type LossConfig } from './loss';
import type { CrossentropyOptions } from './options';
import { inUnitClosed } from '../validate';
import { checkRange } from './validate';

/** `y(1 - s) + s/2`: labels squeezed towards 1/2 (binary label smoothing). */
export function smoothBinaryLabels(labels: tf.Tensor, smoothing: number): tf.Tensor {
  return smoothing > 0 ? tf.add(tf.mul(labels, 1 - smoothing), 0.5 * smoothing) : labels;
}

/**
 * The element-wise binary cross-entropy (no mean), shared by the binary family.
 * From logits it is exact for any finite logit; from probabilities it clips to $[\epsilon, 1-\epsilon]$.
 */
export function elementwiseBinaryCrossentropy(labels: tf.Tensor, yPred: tf.Tensor, fromLogits: boolean): tf.Tensor {
  if (fromLogits) return sigmoidCrossEntropyWithLogits(labels, yPred);
  const p = clipProbabilities(yPred);
  const logP = tf.log(p);
  const log1mP = tf.log(tf.sub(1, p));
  return tf.neg(tf.add(tf.mul(labels, logP), tf.mul(tf.sub(1, labels), log1mP)));
}

/** Shared argument checks of the binary family; returns the aligned pair. Call inside `tf.tidy`. */
export function prepareBinary(
  name: string, yTrue: TensorInput, yPred: TensorInput, options: CrossentropyOptions,
): [tf.Tensor, tf.Tensor] {
  const [t, p] = preparePair(name, yTrue, yPred);
  inUnitClosed(name, 'labelSmoothing', options.labelSmoothing ?? 0);
  if (options.validate ?? true) {
    checkRange(name, 'yTrue (labels)', t, 0, 1);
    if (!(options.fromLogits ?? false)) checkRange(name, 'yPred (probabilities; pass fromLogits: true for logits)', p, 0, 1);
  }
  return [t, p];
}

/**
 * Binary cross-entropy, averaged over `axis` (default the last): one value per sample.
 * With $p = \hat y$ (or $p = \sigma(\hat y)$ from logits) and labels $y \in [0, 1]$:
 *
 * $$\mathrm{BCE}(y, p) = -\frac{1}{d}\sum_{j} \big[y_j \log p_j + (1 - y_j)\log(1 - p_j)\big]$$
 *
 * From logits $x$ it is evaluated as $\max(x, 0) - x y + \log(1 + e^{-|x|})$: exact and finite at
 * $|x| = 10^4$. Probabilities are clipped to $[10^{-7}, 1 - 10^{-7}]$ first, as Keras does.
 *
 * @param yTrue labels in [0, 1], shape `[batch, d0, ..., dN]`
 * @param yPred probabilities (or logits with `fromLogits`), same shape
 * @param options `fromLogits` (false), `labelSmoothing` (0), `axis` (-1), `validate` (true)
 * @returns shape of `yPred` without `axis`
 * @example
 * losses.binaryCrossentropy([[0, 1], [0, 0]], [[0.6, 0.4], [0.4, 0.6]]).print(); // [0.9163, 0.7136]
 */
export function binaryCrossentropy(yTrue: TensorInput, yPred: TensorInput, options: CrossentropyOptions = {}): tf.Tensor {
  return tf.tidy(() => {
    const [t, p] = prepareBinary('binaryCrossentropy', yTrue, yPred, options);
    const axis = resolveAxis('binaryCrossentropy', options.axis ?? -1, p.rank);
    const labels = smoothBinaryLabels(t, options.labelSmoothing ?? 0);
    return tf.mean(elementwiseBinaryCrossentropy(labels, p, options.fromLogits ?? false), axis);
  });
}

/** Class form of {@link binaryCrossentropy}; Keras name `'binary_crossentropy'`. */
export class BinaryCrossentropy extends LossFunctionWrapper<CrossentropyOptions> {
  constructor(args: CrossentropyOptions & LossConfig = {}) {
    const { options, config } = splitConfig(args);
    super(binaryCrossentropy, options, config, 'binary_crossentropy');
  }
}
