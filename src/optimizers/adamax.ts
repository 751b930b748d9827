import * as tf from '@tensorflow/tfjs';
import { Optimizer, OptimizerOptions, Step, Update } from './optimizer';
import { inUnitOpen, nonNegative } from '../validate';

export interface AdamaxOptions extends OptimizerOptions {
  /** $\beta_1$, decay of the first moment, in [0, 1). Default 0.9. */
  beta1?: number;
  /** $\beta_2$, decay of the infinity norm, in [0, 1). Default 0.999. */
  beta2?: number;
  /** $\epsilon$, added to $u_t$. Default 1e-7. */
  epsilon?: number;
}

/** Adamax's state: first moment $m$ and exponentially weighted infinity norm $u$. */
export type AdamaxSlots = { m: tf.Tensor; u: tf.Tensor };

/**
 * Adamax (Keras `Adamax`): Adam with the L2 second moment replaced by a decaying max of $|g|$
 * (the $p \to \infty$ limit of an $L^p$ moment), which needs no bias correction.
 *
 * $$m_t = \beta_1 m_{t-1} + (1-\beta_1) g_t, \qquad u_t = \max(\beta_2 u_{t-1}, |g_t|)$$
 * $$\theta_t = \theta_{t-1} - \frac{\eta}{1-\beta_1^t}\, \frac{m_t}{u_t + \epsilon}$$
 *
 * Defaults (Keras 3): `learningRate` 0.001, `beta1` 0.9, `beta2` 0.999, `epsilon` 1e-7.
 *
 * tfjs (`tf.train.adamax`) has the same rule plus an optional time decay of the learning rate,
 * $\eta / (1 + \text{decay}\cdot(t-1))$ (default decay 0, where the two agree).
 *
 * @example
 * // first step: m = 0.1 g, u = |g|: the move is learningRate * sign(g)
 * new optimizers.Adamax({ learningRate: 0.5 })
 */
export class Adamax extends Optimizer<AdamaxSlots> {
  static readonly className: string = 'losslab.Adamax';
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;

  constructor(options: AdamaxOptions = {}) {
    super('Adamax', options, 0.001);
    this.beta1 = inUnitOpen('Adamax', 'beta1', options.beta1 ?? 0.9);
    this.beta2 = inUnitOpen('Adamax', 'beta2', options.beta2 ?? 0.999);
    this.epsilon = nonNegative('Adamax', 'epsilon', options.epsilon ?? 1e-7);
  }

  protected createSlots(theta: tf.Variable): AdamaxSlots {
    return { m: tf.zerosLike(theta), u: tf.zerosLike(theta) };
  }

  protected updateStep(g: tf.Tensor, theta: tf.Tensor, slots: AdamaxSlots, { learningRate: eta, t }: Step): Update<AdamaxSlots> {
    const { beta1, beta2, epsilon } = this;
    const m = tf.add(tf.mul(beta1, slots.m), tf.mul(1 - beta1, g));
    const u = tf.maximum(tf.mul(beta2, slots.u), tf.abs(g));
    const stepSize = eta / (1 - Math.pow(beta1, t));
    return { theta: tf.sub(theta, tf.mul(stepSize, tf.div(m, tf.add(u, epsilon)))), slots: { m, u } };
  }

  protected hyperparameters(): tf.serialization.ConfigDict {
    return { beta1: this.beta1, beta2: this.beta2, epsilon: this.epsilon };
  }
}
