import * as tf from '@tensorflow/tfjs';
import { LearningRateSchedule } from './schedule';
import { bool, nonNegative, positive } from '../../validate';

export interface ExponentialDecayOptions {
  /** $\eta_0$, the rate at step 0. */
  initialLearningRate: number;
  /** $T$: after $T$ steps the rate has been multiplied by `decayRate` once. */
  decaySteps: number;
  /** $\gamma$, the factor per `decaySteps` steps. */
  decayRate: number;
  /** Round $t/T$ down, so the rate drops in stairs. Default false. */
  staircase?: boolean;
}

/**
 * Exponential decay (Keras `optimizers.schedules.ExponentialDecay`):
 * $$\eta_t = \eta_0 \, \gamma^{t / T} \qquad (\text{staircase: } \gamma^{\lfloor t/T \rfloor}).$$
 *
 * @example
 * new ExponentialDecay({ initialLearningRate: 0.1, decaySteps: 10, decayRate: 0.5 }).at(20) // 0.025
 */
export class ExponentialDecay extends LearningRateSchedule {
  readonly className = 'ExponentialDecay';
  readonly initialLearningRate: number;
  readonly decaySteps: number;
  readonly decayRate: number;
  readonly staircase: boolean;

  constructor(options: ExponentialDecayOptions) {
    super();
    this.initialLearningRate = nonNegative('ExponentialDecay', 'initialLearningRate', options.initialLearningRate);
    this.decaySteps = positive('ExponentialDecay', 'decaySteps', options.decaySteps);
    this.decayRate = nonNegative('ExponentialDecay', 'decayRate', options.decayRate);
    this.staircase = bool('ExponentialDecay', 'staircase', options.staircase ?? false);
  }

  protected rate(step: number): number {
    const p = this.staircase ? Math.floor(step / this.decaySteps) : step / this.decaySteps;
    return this.initialLearningRate * Math.pow(this.decayRate, p);
  }

  getConfig(): tf.serialization.ConfigDict {
    const { initialLearningRate, decaySteps, decayRate, staircase } = this;
    return { initialLearningRate, decaySteps, decayRate, staircase };
  }
}
