import * as tf from '@tensorflow/tfjs';
import { LearningRateSchedule } from './schedule';
import { nonNegative } from '../../validate';

export interface PiecewiseConstantDecayOptions {
  /** Increasing step boundaries $b_1 < \dots < b_k$. */
  boundaries: number[];
  /** $k + 1$ rates $v_0, \dots, v_k$. */
  values: number[];
}

/**
 * Piecewise-constant rate (Keras `optimizers.schedules.PiecewiseConstantDecay`): $v_0$ while
 * $t \le b_1$, $v_i$ while $b_i < t \le b_{i+1}$, and $v_k$ once $t > b_k$.
 *
 * @example
 * new PiecewiseConstantDecay({ boundaries: [100, 200], values: [1, 0.5, 0.1] }).at(150) // 0.5
 */
export class PiecewiseConstantDecay extends LearningRateSchedule {
  readonly className = 'PiecewiseConstantDecay';
  readonly boundaries: number[];
  readonly values: number[];

  constructor(options: PiecewiseConstantDecayOptions) {
    super();
    const { boundaries, values } = options;
    if (!Array.isArray(boundaries) || !Array.isArray(values) || values.length !== boundaries.length + 1) {
      throw new Error(
        'PiecewiseConstantDecay: values must have one more entry than boundaries; ' +
          `got ${values?.length} values and ${boundaries?.length} boundaries`,
      );
    }
    boundaries.forEach((b, i) => {
      if (!Number.isFinite(b) || (i > 0 && b <= boundaries[i - 1])) {
        throw new Error(`PiecewiseConstantDecay: boundaries must be finite and increasing; got [${boundaries}]`);
      }
    });
    values.forEach((v, i) => nonNegative('PiecewiseConstantDecay', `values[${i}]`, v));
    this.boundaries = [...boundaries];
    this.values = [...values];
  }

  protected rate(step: number): number {
    const i = this.boundaries.findIndex((b) => step <= b);
    return this.values[i === -1 ? this.values.length - 1 : i];
  }

  getConfig(): tf.serialization.ConfigDict {
    return { boundaries: [...this.boundaries], values: [...this.values] };
  }
}
