import * as tf from '@tensorflow/tfjs';
import { Optimizer, OptimizerOptions, Step, Update } from './optimizer';
import { nonNegative } from '../validate';

export interface AdagradOptions extends OptimizerOptions {
  /** $s_0$, the accumulator's starting value (>= 0). Default 0.1. */
  initialAccumulatorValue?: number;
  /** $\epsilon$, added under the square root. Default 1e-7. */
  epsilon?: number;
}

/** Adagrad's state: $s$, the running sum of squared gradients. */
export type AdagradSlots = { s: tf.Tensor };

/**
 * Adagrad (Keras `Adagrad`): each coordinate's step shrinks with the sum of its past squared
 * gradients, so rarely-updated coordinates keep larger steps.
 *
 * $$s_t = s_{t-1} + g_t^2, \qquad \theta_t = \theta_{t-1} - \frac{\eta\, g_t}{\sqrt{s_t + \epsilon}}$$
 *
 * Defaults (Keras 3): `learningRate` 0.001, `initialAccumulatorValue` 0.1, `epsilon` 1e-7.
 *
 * tfjs (`tf.train.adagrad`) has the same rule and initial accumulator, but $\epsilon$ is fixed to
 * the backend's epsilon (1e-7 on float32 backends) and there is no default learning rate.
 *
 * @example
 * // w = 1, g = 1, learningRate 0.5: s = 1.1, w = 1 - 0.5 / sqrt(1.1) = 0.5233
 * new optimizers.Adagrad({ learningRate: 0.5 })
 */
export class Adagrad extends Optimizer<AdagradSlots> {
  static readonly className: string = 'losslab.Adagrad';
  readonly initialAccumulatorValue: number;
  readonly epsilon: number;

  constructor(options: AdagradOptions = {}) {
    super('Adagrad', options, 0.001);
    this.initialAccumulatorValue = nonNegative('Adagrad', 'initialAccumulatorValue', options.initialAccumulatorValue ?? 0.1);
    this.epsilon = nonNegative('Adagrad', 'epsilon', options.epsilon ?? 1e-7);
  }

  protected createSlots(theta: tf.Variable): AdagradSlots {
    return { s: tf.fill(theta.shape, this.initialAccumulatorValue) };
  }

  protected updateStep(g: tf.Tensor, theta: tf.Tensor, slots: AdagradSlots, step: Step): Update<AdagradSlots> {
    const s = tf.add(slots.s, tf.square(g));
    const delta = tf.div(tf.mul(step.learningRate, g), tf.sqrt(tf.add(s, this.epsilon)));
    return { theta: tf.sub(theta, delta), slots: { s } };
  }

  protected hyperparameters(): tf.serialization.ConfigDict {
    return { initialAccumulatorValue: this.initialAccumulatorValue, epsilon: this.epsilon };
  }
}
