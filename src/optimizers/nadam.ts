import * as tf from '@tensorflow/tfjs';
import { Optimizer, OptimizerOptions, Step, Update } from './optimizer';
import { inUnitOpen, nonNegative } from '../validate';

export interface NadamOptions extends OptimizerOptions {
  /** $\beta_1$, the base momentum, in [0, 1). Default 0.9. */
  beta1?: number;
  /** $\beta_2$, decay of the second moment, in [0, 1). Default 0.999. */
  beta2?: number;
  /** $\epsilon$, added to $\sqrt{\hat v_t}$. Default 1e-7. */
  epsilon?: number;
}

/** Nadam's state: first moment $m$ and second moment $v$ (the momentum schedule depends only on $t$). */
export type NadamSlots = { m: tf.Tensor; v: tf.Tensor };

/** Keras' (and Dozat's) momentum warm-up constant: $\mu_t = \beta_1 (1 - \tfrac12\, 0.96^{t})$. */
const MOMENTUM_DECAY = 0.96;

/**
 * Nadam (Keras `Nadam`, Dozat 2016): Adam with Nesterov momentum, using a momentum schedule
 * $$\mu_t = \beta_1 \left(1 - \tfrac12\, 0.96^{\,t}\right), \qquad \Pi_t = \prod_{i=1}^{t} \mu_i$$
 * $$m_t = \beta_1 m_{t-1} + (1-\beta_1) g_t, \qquad v_t = \beta_2 v_{t-1} + (1-\beta_2) g_t^2$$
 * $$\hat m_t = \frac{\mu_{t+1}\, m_t}{1 - \Pi_t \mu_{t+1}} + \frac{(1-\mu_t)\, g_t}{1 - \Pi_t}, \qquad
 *   \hat v_t = \frac{v_t}{1-\beta_2^t}, \qquad
 *   \theta_t = \theta_{t-1} - \frac{\eta\, \hat m_t}{\sqrt{\hat v_t} + \epsilon}$$
 *
 * Defaults (Keras 3): `learningRate` 0.001, `beta1` 0.9, `beta2` 0.999, `epsilon` 1e-7.
 * $\Pi_t$ is a function of $t$ alone, so it is recomputed from the step count (Keras stores it
 * as a variable); it is not part of `getWeights()`. tfjs has no Nadam.
 *
 * @example
 * new optimizers.Nadam({ learningRate: 0.5 }) // w = 1, g = 1: one step gives 0.4686 (Keras' test)
 */
export class Nadam extends Optimizer<NadamSlots> {
  static readonly className: string = 'losslab.Nadam';
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
  private products: number[] = [1];

  constructor(options: NadamOptions = {}) {
    super('Nadam', options, 0.001);
    this.beta1 = inUnitOpen('Nadam', 'beta1', options.beta1 ?? 0.9);
    this.beta2 = inUnitOpen('Nadam', 'beta2', options.beta2 ?? 0.999);
    this.epsilon = nonNegative('Nadam', 'epsilon', options.epsilon ?? 1e-7);
  }

  /** $\mu_t$, the momentum of step $t$. */
  momentumAt(t: number): number {
    return this.beta1 * (1 - 0.5 * Math.pow(MOMENTUM_DECAY, t));
  }

  /** $\Pi_t = \mu_1 \cdots \mu_t$ (cached; $\Pi_0 = 1$). */
  momentumProduct(t: number): number {
    while (this.products.length <= t) {
      const i = this.products.length;
      this.products.push(this.products[i - 1] * this.momentumAt(i));
    }
    return this.products[t];
  }

  protected createSlots(theta: tf.Variable): NadamSlots {
    return { m: tf.zerosLike(theta), v: tf.zerosLike(theta) };
  }

  protected updateStep(g: tf.Tensor, theta: tf.Tensor, slots: NadamSlots, { learningRate: eta, t }: Step): Update<NadamSlots> {
    const { beta1, beta2, epsilon } = this;
    const [muT, muNext, piT] = [this.momentumAt(t), this.momentumAt(t + 1), this.momentumProduct(t)];
    const m = tf.add(tf.mul(beta1, slots.m), tf.mul(1 - beta1, g));
    const v = tf.add(tf.mul(beta2, slots.v), tf.mul(1 - beta2, tf.square(g)));
    const mHat = tf.add(tf.mul(muNext / (1 - piT * muNext), m), tf.mul((1 - muT) / (1 - piT), g));
    const vHat = tf.div(v, 1 - Math.pow(beta2, t));
    const delta = tf.div(tf.mul(eta, mHat), tf.add(tf.sqrt(vHat), epsilon));
    return { theta: tf.sub(theta, delta), slots: { m, v } };
  }

  protected hyperparameters(): tf.serialization.ConfigDict {
    return { beta1: this.beta1, beta2: this.beta2, epsilon: this.epsilon };
  }
}
