import * as tf from '@tensorflow/tfjs';
import { Optimizer, OptimizerOptions, Step, Update } from './optimizer';
import { bool, inUnitClosed } from '../validate';

export interface SGDOptions extends OptimizerOptions {
  /** $\mu$, how much of the previous velocity is kept, in [0, 1]. Default 0 (plain gradient descent). */
  momentum?: number;
  /** Use Nesterov momentum (look ahead along the velocity). Default false. */
  nesterov?: boolean;
}

/** SGD's state: the velocity $v$ (only when `momentum > 0`). */
export type SGDSlots = { v?: tf.Tensor };

/**
 * Stochastic gradient descent, with optional momentum and Nesterov momentum (Keras `SGD`).
 *
 * Plain ($\mu = 0$): $\theta_t = \theta_{t-1} - \eta g_t$.
 *
 * Momentum, with the velocity $v_0 = 0$:
 * $$v_t = \mu v_{t-1} - \eta g_t, \qquad \theta_t = \theta_{t-1} + v_t$$
 * Nesterov: $\theta_t = \theta_{t-1} + \mu v_t - \eta g_t$.
 *
 * Defaults (Keras 3): `learningRate` 0.01, `momentum` 0, `nesterov` false. Slots: `{ v }`.
 *
 * tfjs differs in form: `tf.train.momentum` keeps $a_t = \mu a_{t-1} + g_t$ and steps
 * $\theta_t = \theta_{t-1} - \eta a_t$ (Nesterov: $- \eta (g_t + \mu a_t)$). With a constant $\eta$ the
 * two agree ($v_t = -\eta a_t$); with a schedule they differ, because Keras folds each step's
 * $\eta$ into the velocity while tfjs applies today's $\eta$ to all past gradients.
 * `tf.train.sgd`/`momentum` have no default learning rate.
 *
 * @example
 * const opt = new optimizers.SGD({ learningRate: 0.1, momentum: 0.9 });
 * // w = 1, loss w^2 / 2 (g = w): v = -0.1, w = 0.9; then v = -0.18, w = 0.72
 */
export class SGD extends Optimizer<SGDSlots> {
  static readonly className: string = 'losslab.SGD';
  readonly momentum: number;
  readonly nesterov: boolean;

  constructor(options: SGDOptions = {}) {
    super('SGD', options, 0.01);
    this.momentum = inUnitClosed('SGD', 'momentum', options.momentum ?? 0);
    this.nesterov = bool('SGD', 'nesterov', options.nesterov ?? false);
  }

  protected createSlots(theta: tf.Variable): SGDSlots {
    return this.momentum > 0 ? { v: tf.zerosLike(theta) } : {};
  }

  protected updateStep(g: tf.Tensor, theta: tf.Tensor, { v }: SGDSlots, { learningRate: eta }: Step): Update<SGDSlots> {
    const mu = this.momentum;
    if (v === undefined) return { theta: tf.sub(theta, tf.mul(eta, g)), slots: {} };
    const vNew = tf.sub(tf.mul(mu, v), tf.mul(eta, g));
    const step = this.nesterov ? tf.sub(tf.mul(mu, vNew), tf.mul(eta, g)) : vNew;
    return { theta: tf.add(theta, step), slots: { v: vNew } };
  }

  protected hyperparameters(): tf.serialization.ConfigDict {
    return { momentum: this.momentum, nesterov: this.nesterov };
  }
}
