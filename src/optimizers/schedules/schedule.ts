/**
 * Learning-rate schedules: the learning rate as a function of the optimizer's step count.
 *
 * An optimizer built with a schedule asks it for $\eta_t$ = `schedule.at(iterations)` before every
 * update; `iterations` counts the updates already made, so the first update uses `at(0)`
 * (Keras 3's convention). Values are computed in float64 on the CPU: no tensors, no data reads.
 */
import * as tf from '@tensorflow/tfjs';
import { fail, nonNegative } from '../../validate';

export abstract class LearningRateSchedule {
  /** Name under which `getConfig()` output is deserialised (Keras' class name). */
  abstract readonly className: string;
  /**
   * The learning rate for the update that follows `step` completed updates. Throws for a step that
   * is not a finite number >= 0, and for a rate that is not a finite number >= 0 (it would turn the
   * weights into NaN or Infinity without a word).
   */
  at(step: number): number {
    nonNegative(`${this.className}.at`, 'step', step);
    const rate = this.rate(step);
    if (!(Number.isFinite(rate) && rate >= 0)) fail(`${this.className}.at`, `the learning rate at step ${step}`, 'a finite number >= 0', rate);
    return rate;
  }

  /** The schedule's formula: the learning rate after `step` updates (`step` checked by `at`). */
  protected abstract rate(step: number): number;
  /** The constructor options, enough to rebuild the schedule. */
  abstract getConfig(): tf.serialization.ConfigDict;
}

/** A learning rate: a constant, or a schedule of the step. */
export type LearningRate = number | LearningRateSchedule;

/** The serialised form of a schedule (`{ className, config }`), as Keras writes it. */
export interface ScheduleConfig {
  className: string;
  config: tf.serialization.ConfigDict;
}

/** Turns a schedule into `{ className, config }`; a constant stays a number. */
export function serializeLearningRate(lr: LearningRate): number | ScheduleConfig {
  return typeof lr === 'number' ? lr : { className: lr.className, config: lr.getConfig() };
}
