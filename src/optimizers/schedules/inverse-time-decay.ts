import { StepDecay, type StepDecayOptions } from './step-decay';

export interface InverseTimeDecayOptions extends StepDecayOptions {
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
export class InverseTimeDecay extends StepDecay {
  readonly className = 'InverseTimeDecay';

  constructor(options: InverseTimeDecayOptions) {
    super('InverseTimeDecay', options);
  }

  protected rate(step: number): number {
    return this.initialLearningRate / (1 + this.decayRate * this.progress(step));
  }
}
