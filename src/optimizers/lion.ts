import * as tf from '@tensorflow/tfjs';
import { Optimizer, OptimizerOptions, Step, Update } from './optimizer';
import { inRange, inUnitOpen } from '../validate';

export interface LionOptions extends OptimizerOptions {
  /** $\beta_1$, the interpolation used for the step's sign, in (0, 1]. Default 0.9. */
  beta1?: number;
  /** $\beta_2$, decay of the momentum $m$, in [0, 1). Default 0.99. */
  beta2?: number;
}

/** Lion's state: the momentum $m$. */
export type LionSlots = { m: tf.Tensor };

/**
 * Lion (Keras `Lion`, Chen et al. 2023, "EvoLved Sign Momentum"): every coordinate moves by
 * exactly $\eta$, in the direction of the sign of an interpolated momentum.
 *
 * $$c_t = \beta_1 m_{t-1} + (1-\beta_1) g_t, \qquad \theta_t = \theta_{t-1} - \eta\, \mathrm{sign}(c_t),
 *   \qquad m_t = \beta_2 m_{t-1} + (1-\beta_2) g_t$$
 *
 * Defaults (Keras 3): `learningRate` 0.001, `beta1` 0.9, `beta2` 0.99. tfjs has no Lion.
 *
 * @example
 * new optimizers.Lion({ learningRate: 0.5 }) // w = 1, g = 1: one step gives 0.5
 */
export class Lion extends Optimizer<LionSlots> {
  static readonly className: string = 'losslab.Lion';
  readonly beta1: number;
  readonly beta2: number;

  constructor(options: LionOptions = {}) {
    super('Lion', options, 0.001);
    const beta1 = inRange('Lion', 'beta1', options.beta1 ?? 0.9, 0, 1, '(]');
    this.beta1 = beta1;
    this.beta2 = inUnitOpen('Lion', 'beta2', options.beta2 ?? 0.99);
  }

  protected createSlots(theta: tf.Variable): LionSlots {
    return { m: tf.zerosLike(theta) };
  }

  protected updateStep(g: tf.Tensor, theta: tf.Tensor, slots: LionSlots, step: Step): Update<LionSlots> {
    const { beta1, beta2 } = this;
    const c = tf.add(tf.mul(beta1, slots.m), tf.mul(1 - beta1, g));
    const m = tf.add(tf.mul(beta2, slots.m), tf.mul(1 - beta2, g));
    return { theta: tf.sub(theta, tf.mul(step.learningRate, tf.sign(c))), slots: { m } };
  }

  protected hyperparameters(): tf.serialization.ConfigDict {
    return { beta1: this.beta1, beta2: this.beta2 };
  }
}
