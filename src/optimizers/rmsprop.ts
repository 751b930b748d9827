import * as tf from '@tensorflow/tfjs';
import { Optimizer, OptimizerOptions, Step, Update } from './optimizer';
import { bool, inUnitClosed, nonNegative } from '../validate';

export interface RMSpropOptions extends OptimizerOptions {
  /** $\rho$, decay of the running mean of $g^2$, in [0, 1]. Default 0.9. */
  rho?: number;
  /** $\mu$, momentum on the scaled step, in [0, 1]. Default 0. */
  momentum?: number;
  /** $\epsilon$, added under the square root. Default 1e-7. */
  epsilon?: number;
  /** Divide by an estimate of the variance instead of the raw second moment. Default false. */
  centered?: boolean;
}

/** RMSprop's state: $v$ (mean of $g^2$), $\bar g$ (mean of $g$, centered only), $m$ (momentum only). */
export type RMSpropSlots = { v: tf.Tensor; gBar?: tf.Tensor; m?: tf.Tensor };

/**
 * RMSprop (Keras `RMSprop`): divide each step by a running root-mean-square of the gradient.
 *
 * $$v_t = \rho v_{t-1} + (1-\rho) g_t^2, \qquad
 *   \Delta_t = \frac{\eta\, g_t}{\sqrt{v_t + \epsilon}}, \qquad \theta_t = \theta_{t-1} - \Delta_t$$
 * Centered: $\bar g_t = \rho \bar g_{t-1} + (1-\rho) g_t$ and the denominator is
 * $\sqrt{v_t - \bar g_t^2 + \epsilon}$. Momentum $\mu > 0$: $m_t = \mu m_{t-1} + \Delta_t$,
 * $\theta_t = \theta_{t-1} - m_t$. All slots start at 0.
 *
 * Defaults (Keras 3): `learningRate` 0.001, `rho` 0.9, `momentum` 0, `epsilon` 1e-7, `centered` false.
 *
 * tfjs (`tf.train.rmsprop`) matches the plain rule, but its centered denominator is
 * $\sqrt{v_t - (\bar g_t^2 + \epsilon)}$: $\epsilon$ is subtracted, not added.
 *
 * @example
 * // Keras' docstring: w = 10, loss w^2 / 2, learningRate 0.1: one step gives 9.683772
 * new optimizers.RMSprop({ learningRate: 0.1 })
 */
export class RMSprop extends Optimizer<RMSpropSlots> {
  static readonly className: string = 'losslab.RMSprop';
  readonly rho: number;
  readonly momentum: number;
  readonly epsilon: number;
  readonly centered: boolean;

  constructor(options: RMSpropOptions = {}) {
    super('RMSprop', options, 0.001);
    this.rho = inUnitClosed('RMSprop', 'rho', options.rho ?? 0.9);
    this.momentum = inUnitClosed('RMSprop', 'momentum', options.momentum ?? 0);
    this.epsilon = nonNegative('RMSprop', 'epsilon', options.epsilon ?? 1e-7);
    this.centered = bool('RMSprop', 'centered', options.centered ?? false);
  }

  protected createSlots(theta: tf.Variable): RMSpropSlots {
    const slots: RMSpropSlots = { v: tf.zerosLike(theta) };
    if (this.centered) slots.gBar = tf.zerosLike(theta);
    if (this.momentum > 0) slots.m = tf.zerosLike(theta);
    return slots;
  }

  protected updateStep(g: tf.Tensor, theta: tf.Tensor, slots: RMSpropSlots, step: Step): Update<RMSpropSlots> {
    const { rho, epsilon, momentum: mu } = this;
    const v = tf.add(tf.mul(rho, slots.v), tf.mul(1 - rho, tf.square(g)));
    const gBar = slots.gBar && tf.add(tf.mul(rho, slots.gBar), tf.mul(1 - rho, g));
    const meanSquare = gBar ? tf.sub(v, tf.square(gBar)) : v;
    const delta = tf.div(tf.mul(step.learningRate, g), tf.sqrt(tf.add(meanSquare, epsilon)));
    const m = slots.m && tf.add(tf.mul(mu, slots.m), delta);
    return { theta: tf.sub(theta, m ?? delta), slots: { v, gBar, m } };
  }

  protected hyperparameters(): tf.serialization.ConfigDict {
    return { rho: this.rho, momentum: this.momentum, epsilon: this.epsilon, centered: this.centered };
  }
}
