/** Huber loss: quadratic near zero, linear beyond `delta`. */
import * as tf from '@tensorflow/tfjs';
import { meanLastAxis, preparePair, type TensorInput, type ValidateOption } from './common';
import { LossFunctionWrapper, splitConfig, type LossConfig } from './loss';
import { positive } from '../validate';

export interface HuberOptions extends ValidateOption {
  /** Where the loss turns from quadratic to linear; > 0. Default 1. */
  delta?: number;
}

/**
 * Huber loss, one value per sample. With the error $e = \hat y - y$:
 *
 * $$h_\delta(e) = \begin{cases} \tfrac12 e^2 & |e| \le \delta \\ \delta\,|e| - \tfrac12\delta^2 & |e| > \delta \end{cases}
 * \qquad \mathrm{Huber}(y, \hat y) = \frac{1}{d}\sum_{j} h_\delta(\hat y_j - y_j)$$
 *
 * Its derivative is the error clipped to $[-\delta, \delta]$: an outlier pulls no harder than $\delta$.
 *
 * @param yTrue targets, shape `[batch, d0, ..., dN]`
 * @param yPred predictions, same shape
 * @param options `delta` (default 1)
 * @returns shape `[batch, d0, ..., dN-1]`
 * @example
 * losses.huber([[0, 1]], [[0.5, 3]], { delta: 1 }).print(); // [0.8125] = (0.125 + 1.5) / 2
 */
export function huber(yTrue: TensorInput, yPred: TensorInput, options: HuberOptions = {}): tf.Tensor {
  const delta = positive('huber', 'delta', options.delta ?? 1);
  return tf.tidy(() => {
    const [t, p] = preparePair('huber', yTrue, yPred);
    const absError = tf.abs(tf.sub(p, t));
    const quadratic = tf.minimum(absError, delta); // the part of |e| inside the quadratic zone
    const linear = tf.sub(absError, quadratic); // the rest, charged at slope delta
    return meanLastAxis(tf.add(tf.mul(0.5, tf.square(quadratic)), tf.mul(delta, linear)));
  });
}

/** Class form of {@link huber}; Keras name `'huber_loss'`. */
export class Huber extends LossFunctionWrapper<HuberOptions> {
  constructor(args: HuberOptions & LossConfig = {}) {
    const { options, config } = splitConfig(args);
    super(huber, options, config, 'huber_loss');
  }
}
