import { StepDecay, type StepDecayOptions } from './step-decay';

export interface ExponentialDecayOptions extends StepDecayOptions {
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
export class ExponentialDecay extends StepDecay {
  readonly className = 'ExponentialDecay';

  constructor(options: ExponentialDecayOptions) {
    super('ExponentialDecay', options);
  }

  protected rate(step: number): number {
    return this.initialLearningRate * Math.pow(this.decayRate, this.progress(step));
  }
}
