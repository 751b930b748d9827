import * as tf from '@tensorflow/tfjs';
import { LearningRateSchedule } from './schedule';
import { inUnitClosed, nonNegative, positive } from '../../validate';

export interface CosineDecayOptions {
  /** $\eta_0$: the rate at step 0 (the start of the warm-up when there is one). */
  initialLearningRate: number;
  /** $T$, the length of the cosine decay (after the warm-up). */
  decaySteps: number;
  /** $\alpha$: the rate never goes below $\alpha$ times the peak. Default 0. */
  alpha?: number;
  /** $\eta_{\text{peak}}$ reached at the end of the warm-up; `null` (default) means no warm-up. */
  warmupTarget?: number | null;
  /** $W$, the number of linear warm-up steps. Default 0. */
  warmupSteps?: number;
}

/**
 * Cosine decay with optional linear warm-up (Keras `optimizers.schedules.CosineDecay`).
 *
 * Without warm-up, with $s = \min(t, T)$:
 * $$\eta_t = \eta_0 \left[(1 - \alpha)\,\tfrac12\left(1 + \cos\frac{\pi s}{T}\right) + \alpha\right].$$
 * With warm-up, $t$ is first capped at $W + T$; while $t < W$ the rate climbs linearly,
 * $\eta_t = \eta_0 + (\eta_{\text{peak}} - \eta_0)\, t / W$, then decays as above from
 * $\eta_{\text{peak}}$ with $s = t - W$.
 *
 * @example
 * new CosineDecay({ initialLearningRate: 1, decaySteps: 10 }).at(5) // 0.5
 */
export class CosineDecay extends LearningRateSchedule {
  readonly className = 'CosineDecay';
  readonly initialLearningRate: number;
  readonly decaySteps: number;
  readonly alpha: number;
  readonly warmupTarget: number | null;
  readonly warmupSteps: number;

  constructor(options: CosineDecayOptions) {
    super();
    this.initialLearningRate = nonNegative('CosineDecay', 'initialLearningRate', options.initialLearningRate);
    this.decaySteps = positive('CosineDecay', 'decaySteps', options.decaySteps);
    this.alpha = inUnitClosed('CosineDecay', 'alpha', options.alpha ?? 0);
    const target = options.warmupTarget ?? null;
    this.warmupTarget = target === null ? null : nonNegative('CosineDecay', 'warmupTarget', target);
    this.warmupSteps = nonNegative('CosineDecay', 'warmupSteps', options.warmupSteps ?? 0);
  }

  protected rate(step: number): number {
    if (this.warmupTarget === null) {
      return this.decay(Math.min(step, this.decaySteps), this.initialLearningRate);
    }
    const t = Math.min(step, this.decaySteps + this.warmupSteps);
    if (t < this.warmupSteps) {
      const completed = t / this.warmupSteps;
      return this.initialLearningRate + (this.warmupTarget - this.initialLearningRate) * completed;
    }
    return this.decay(t - this.warmupSteps, this.warmupTarget);
  }

  private decay(s: number, peak: number): number {
    const cosine = 0.5 * (1 + Math.cos((Math.PI * s) / this.decaySteps));
    return peak * ((1 - this.alpha) * cosine + this.alpha);
  }

  getConfig(): tf.serialization.ConfigDict {
    const { initialLearningRate, decaySteps, alpha, warmupTarget, warmupSteps } = this;
    return { initialLearningRate, decaySteps, alpha, warmupTarget, warmupSteps };
  }
}
