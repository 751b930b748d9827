import * as tf from '@tensorflow/tfjs';
import { Optimizer, OptimizerOptions, Step, Update } from './optimizer';
import { inUnitClosed, nonNegative } from '../validate';

export interface AdadeltaOptions extends OptimizerOptions {
  /** $\rho$, decay of both running means, in [0, 1]. Default 0.95. */
  rho?: number;
  /** $\epsilon$, added under both square roots (it also sets the size of the first steps). Default 1e-7. */
  epsilon?: number;
}

/** Adadelta's state: $s$ (running mean of $g^2$) and $d$ (running mean of $\Delta\theta^2$). */
export type AdadeltaSlots = { s: tf.Tensor; d: tf.Tensor };

/**
 * Adadelta (Keras `Adadelta`): the step's units come from the running RMS of past steps, so the
 * rule needs no learning rate in principle (Zeiler 2012 uses $\eta = 1$).
 *
 * $$s_t = \rho s_{t-1} + (1-\rho) g_t^2, \qquad
 *   \Delta\theta_t = -\frac{\sqrt{d_{t-1} + \epsilon}}{\sqrt{s_t + \epsilon}}\, g_t$$
 * $$d_t = \rho d_{t-1} + (1-\rho)\, \Delta\theta_t^2, \qquad \theta_t = \theta_{t-1} + \eta\, \Delta\theta_t$$
 *
 * Defaults (Keras 3): `learningRate` 0.001, `rho` 0.95, `epsilon` 1e-7. Both slots start at 0.
 *
 * tfjs (`tf.train.adadelta`) divides by $\sqrt{s_{t-1} + \epsilon}$, the accumulator *before* this
 * step's gradient, so its first step is a plain $-\eta g_1$ while Keras' first step is tiny
 * ($\approx \sqrt{\epsilon / (1-\rho)}\,\eta\,\mathrm{sign}(g_1)$).
 *
 * @example
 * // w = 1, g = 1, learningRate 0.5: s = 0.05, w = 1 - 0.5 * sqrt(1e-7 / 0.0500001) = 0.99929
 * new optimizers.Adadelta({ learningRate: 0.5 })
 */
export class Adadelta extends Optimizer<AdadeltaSlots> {
  static readonly className: string = 'losslab.Adadelta';
  readonly rho: number;
  readonly epsilon: number;

  constructor(options: AdadeltaOptions = {}) {
    super('Adadelta', options, 0.001);
    this.rho = inUnitClosed('Adadelta', 'rho', options.rho ?? 0.95);
    this.epsilon = nonNegative('Adadelta', 'epsilon', options.epsilon ?? 1e-7);
  }

  protected createSlots(theta: tf.Variable): AdadeltaSlots {
    return { s: tf.zerosLike(theta), d: tf.zerosLike(theta) };
  }

  protected updateStep(g: tf.Tensor, theta: tf.Tensor, slots: AdadeltaSlots, step: Step): Update<AdadeltaSlots> {
    const { rho, epsilon } = this;
    const rms = (x: tf.Tensor) => tf.sqrt(tf.add(x, epsilon));
    const s = tf.add(tf.mul(rho, slots.s), tf.mul(1 - rho, tf.square(g)));
    const deltaTheta = tf.neg(tf.mul(tf.div(rms(slots.d), rms(s)), g));
    const d = tf.add(tf.mul(rho, slots.d), tf.mul(1 - rho, tf.square(deltaTheta)));
    return { theta: tf.add(theta, tf.mul(step.learningRate, deltaTheta)), slots: { s, d } };
  }

  protected hyperparameters(): tf.serialization.ConfigDict {
    return { rho: this.rho, epsilon: this.epsilon };
  }
}
