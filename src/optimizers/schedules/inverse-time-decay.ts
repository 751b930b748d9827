import * as tf from '@tensorflow/tfjs';
import { LearningRateSchedule } from './schedule';
import { bool, nonNegative, positive } from '../../validate';

export interface InverseTimeDecayOptions {
  /** $\eta_0$, the rate at step 0. */
  initialLearningRate: number;
  /** $T$, the step scale. */
  decaySteps: number;
  /** $\gamma$: after $T$ steps the rate is $\eta_0 / (1 + \gamma)$. */
  decayRate: number;
  /** Round $t/T$ down, so the rate drops in stairs. Default false. */
  staircase?: boolean;
}

/**
 * Inverse-time decay (Keras `optimizers.schedules.InverseTimeDecay`):
 * $$\eta_t = \frac{\eta_0}{1 + \gamma \, t / T} \qquad (\text{staircase: } \lfloor t/T \rfloor).$$
 *
 * @example
 * new InverseTimeDecay({ initialLearningRate: 0.1, decaySteps: 1, decayRate: 0.5 }).at(2) // 0.05
 */
export class InverseTimeDecay extends LearningRateSchedule {
  readonly className = 'InverseTimeDecay';
  readonly initialLearningRate: number;
  readonly decaySteps: number;
  readonly decayRate: number;
  readonly staircase: boolean;

  constructor(options: InverseTimeDecayOptions) {
    super();
    this.initialLearningRate = nonNegative('InverseTimeDecay', 'initialLearningRate', options.initialLearningRate);
    this.decaySteps = positive('InverseTimeDecay', 'decaySteps', options.decaySteps);
    this.decayRate = nonNegative('InverseTimeDecay', 'decayRate', options.decayRate);
    this.staircase = bool('InverseTimeDecay', 'staircase', options.staircase ?? false);
  }

  protected rate(step: number): number {
    const p = this.staircase ? Math.floor(step / this.decaySteps) : step / this.decaySteps;
    return this.initialLearningRate / (1 + this.decayRate * p);
  }

  getConfig(): tf.serialization.ConfigDict {
    const { initialLearningRate, decaySteps, decayRate, staircase } = this;
    return { initialLearningRate, decaySteps, decayRate, staircase };
  }
}
