/**
 * What exponential and inverse-time decay share: Keras gives both the same four arguments, the rate
 * $\eta_0$ at step 0, the step scale $T$, the decay rate $\gamma$ and `staircase`, and both decay
 * with the progress $t / T$ (rounded down in stairs).
 */
import * as tf from '@tensorflow/tfjs';
import { LearningRateSchedule } from './schedule';
import { bool, nonNegative, positive } from '../../validate';

export interface StepDecayOptions {
  initialLearningRate: number;
  decaySteps: number;
  decayRate: number;
  staircase?: boolean;
}

export abstract class StepDecay extends LearningRateSchedule {
  readonly initialLearningRate: number;
  readonly decaySteps: number;
  readonly decayRate: number;
  readonly staircase: boolean;

  /** `name` is the schedule's class name, for errors (a subclass's `className` is not set yet here). */
  constructor(name: string, options: StepDecayOptions) {
    super();
    this.initialLearningRate = nonNegative(name, 'initialLearningRate', options.initialLearningRate);
    this.decaySteps = positive(name, 'decaySteps', options.decaySteps);
    this.decayRate = nonNegative(name, 'decayRate', options.decayRate);
    this.staircase = bool(name, 'staircase', options.staircase ?? false);
  }

  /** $t / T$, or $\lfloor t / T \rfloor$ with `staircase`. */
  protected progress(step: number): number {
    return this.staircase ? Math.floor(step / this.decaySteps) : step / this.decaySteps;
  }

  getConfig(): tf.serialization.ConfigDict {
    const { initialLearningRate, decaySteps, decayRate, staircase } = this;
    return { initialLearningRate, decaySteps, decayRate, staircase };
  }
}
