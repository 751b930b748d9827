import * as tf from '@tensorflow/tfjs';
import { Optimizer, OptimizerOptions, Step, Update } from './optimizer';
import { bool, inUnitOpen, nonNegative } from '../validate';

export interface AdamOptions extends OptimizerOptions {
  /** $\beta_1$, decay of the first moment $m$, in [0, 1). Default 0.9. */
  beta1?: number;
  /** $\beta_2$, decay of the second moment $v$, in [0, 1). Default 0.999. */
  beta2?: number;
  /** $\epsilon$, added to $\sqrt{v_t}$ (Keras' "epsilon hat"). Default 1e-7. */
  epsilon?: number;
  /** AMSGrad: divide by the largest $v$ seen so far. Default false. */
  amsgrad?: boolean;
}

/** Adam's state: first moment $m$, second moment $v$, and $\hat v^{\max}$ (`vMax`, AMSGrad only). */
export type AdamSlots = { m: tf.Tensor; v: tf.Tensor; vMax?: tf.Tensor };

/**
 * Adam (Keras `Adam`): momentum on the gradient ($m$) divided by a running RMS ($\sqrt v$), with
 * the bias of the zero start corrected through the step size $\alpha_t$.
 *
 * $$m_t = \beta_1 m_{t-1} + (1-\beta_1) g_t, \qquad v_t = \beta_2 v_{t-1} + (1-\beta_2) g_t^2$$
 * $$\alpha_t = \eta\, \frac{\sqrt{1-\beta_2^t}}{1-\beta_1^t}, \qquad
 *   \theta_t = \theta_{t-1} - \alpha_t\, \frac{m_t}{\sqrt{v_t} + \epsilon}$$
 * AMSGrad: $\hat v^{\max}_t = \max(\hat v^{\max}_{t-1}, v_t)$ replaces $v_t$ in the denominator.
 *
 * Defaults (Keras 3): `learningRate` 0.001, `beta1` 0.9, `beta2` 0.999, `epsilon` 1e-7, `amsgrad` false.
 *
 * tfjs (`tf.train.adam`) bias-corrects $m$ and $v$ first and adds $\epsilon$ to $\sqrt{\hat v_t}$:
 * $\theta_t = \theta_{t-1} - \eta\, \hat m_t / (\sqrt{\hat v_t} + \epsilon)$. That equals Keras' rule with
 * $\epsilon$ scaled by $1/\sqrt{1-\beta_2^t}$ (the two agree exactly when $\epsilon = 0$). tfjs has
 * no AMSGrad and no default learning rate.
 *
 * @example
 * // first step: m = 0.1 g, v = 0.001 g^2, so the move is ~ learningRate * sign(g)
 * new optimizers.Adam({ learningRate: 0.01 })
 */
export class Adam extends Optimizer<AdamSlots> {
  static readonly className: string = 'losslab.Adam';
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
  readonly amsgrad: boolean;

  constructor(options: AdamOptions = {}, owner = 'Adam') {
    super(owner, options, 0.001);
    this.beta1 = inUnitOpen(owner, 'beta1', options.beta1 ?? 0.9);
    this.beta2 = inUnitOpen(owner, 'beta2', options.beta2 ?? 0.999);
    this.epsilon = nonNegative(owner, 'epsilon', options.epsilon ?? 1e-7);
    this.amsgrad = bool(owner, 'amsgrad', options.amsgrad ?? false);
  }

  protected createSlots(theta: tf.Variable): AdamSlots {
    const slots: AdamSlots = { m: tf.zerosLike(theta), v: tf.zerosLike(theta) };
    if (this.amsgrad) slots.vMax = tf.zerosLike(theta);
    return slots;
  }

  protected updateStep(g: tf.Tensor, theta: tf.Tensor, slots: AdamSlots, { learningRate: eta, t }: Step): Update<AdamSlots> {
    const { beta1, beta2, epsilon } = this;
    const m = tf.add(tf.mul(beta1, slots.m), tf.mul(1 - beta1, g));
    const v = tf.add(tf.mul(beta2, slots.v), tf.mul(1 - beta2, tf.square(g)));
    const vMax = slots.vMax && tf.maximum(slots.vMax, v);
    const alpha = (eta * Math.sqrt(1 - Math.pow(beta2, t))) / (1 - Math.pow(beta1, t));
    const stepDir = tf.div(m, tf.add(tf.sqrt(vMax ?? v), epsilon));
    return { theta: tf.sub(theta, tf.mul(alpha, stepDir)), slots: { m, v, vMax } };
  }

  protected hyperparameters(): tf.serialization.ConfigDict {
    return { beta1: this.beta1, beta2: this.beta2, epsilon: this.epsilon, amsgrad: this.amsgrad };
  }
}
