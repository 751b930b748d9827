/** Weighted binary cross-entropy: the positive class's term multiplied by `posWeight`. */
import * as tf from '@tensorflow/tfjs';
import { clipProbabilities, logSigmoid, resolveAxis, type TensorInput } from './common';
import { prepareBinary } from './binary-crossentropy';
import { LossFunctionWrapper, splitConfig, type LossConfig } from './loss';
import type { CrossentropyOptions } from './options';
import { nonNegative } from '../validate';

export interface WeightedBinaryOptions extends Omit<CrossentropyOptions, 'labelSmoothing'> {
  /** Weight $q$ of the positive-class term; > 1 trades precision for recall. Default 1 (plain BCE). */
  posWeight?: number;
}

/**
 * Weighted binary cross-entropy, averaged over `axis`: one value per sample. This is
 * TensorFlow's `tf.nn.weighted_cross_entropy_with_logits` (not a Keras loss) followed by the
 * mean over the last axis, so it sits beside {@link binaryCrossentropy}:
 *
 * $$\mathrm{WBCE}(y, p) = -\frac{1}{d}\sum_j \big[q\,y_j \log p_j + (1 - y_j)\log(1 - p_j)\big]$$
 *
 * From logits $x$ it is evaluated as $(1-y)x + (1 + (q-1)y)\,\mathrm{softplus}(-x)$, exact at any finite
 * logit and with the right slope at $x = 0$. Probabilities are clipped to $[10^{-7}, 1-10^{-7}]$.
 * Unlike TensorFlow's op, `fromLogits` defaults to false, like the other cross-entropies here.
 *
 * @param yTrue labels in [0, 1]
 * @param yPred probabilities (or logits with `fromLogits`), same shape
 * @param options `posWeight` (1), `fromLogits` (false), `axis` (-1), `validate` (true)
 * @returns shape of `yPred` without `axis`
 * @example
 * losses.weightedBinaryCrossentropy([[1, 0]], [[0.5, 0.5]], { posWeight: 3 }).print(); // [(3 + 1) ln 2 / 2] = [1.3863]
 */
export function weightedBinaryCrossentropy(
  yTrue: TensorInput, yPred: TensorInput, options: WeightedBinaryOptions = {},
): tf.Tensor {
  const name = 'weightedBinaryCrossentropy';
  const q = options.posWeight ?? 1;
  nonNegative(name, 'posWeight', q);
  return tf.tidy(() => {
    const [y, x] = prepareBinary(name, yTrue, yPred, options);
    const axis = resolveAxis(name, options.axis ?? -1, x.rank);
    let perElement: tf.Tensor;
    if (options.fromLogits ?? false) {
      const logWeight = tf.add(1, tf.mul(q - 1, y)); // 1 + (q - 1) y
      // -log sigmoid(x) as softplus(-x): exact at any logit, and its slope -sigmoid(-x) is right at x = 0,
      // where log(1 + e^(-|x|)) + max(-x, 0) has two kinks whose one-sided slopes tf.grad would add up wrong.
      const softplusNeg = tf.neg(logSigmoid(x));
      perElement = tf.add(tf.mul(tf.sub(1, y), x), tf.mul(logWeight, softplusNeg));
    } else {
      const p = clipProbabilities(x);
      const positive = tf.mul(q, tf.mul(y, tf.log(p)));
      const negative = tf.mul(tf.sub(1, y), tf.log(tf.sub(1, p)));
      perElement = tf.neg(tf.add(positive, negative));
    }
    return tf.mean(perElement, axis);
  });
}

/** Class form of {@link weightedBinaryCrossentropy}; name `'weighted_binary_crossentropy'`. */
export class WeightedBinaryCrossentropy extends LossFunctionWrapper<WeightedBinaryOptions> {
  constructor(args: WeightedBinaryOptions & LossConfig = {}) {
    const { options, config } = splitConfig(args);
    super(weightedBinaryCrossentropy, options, config, 'weighted_binary_crossentropy');
  }
}
