/** The schedule registry: Keras class name -> constructor, used to rebuild a serialised schedule. */
import * as tf from '@tensorflow/tfjs';
import { ownValue } from '../../identifiers';
import { LearningRate, LearningRateSchedule, ScheduleConfig } from './schedule';
import { ExponentialDecay, ExponentialDecayOptions } from './exponential-decay';
import { InverseTimeDecay, InverseTimeDecayOptions } from './inverse-time-decay';
import { PiecewiseConstantDecay, PiecewiseConstantDecayOptions } from './piecewise-constant-decay';
import { CosineDecay, CosineDecayOptions } from './cosine-decay';

type Options = tf.serialization.ConfigDict;

const SCHEDULES: Record<string, (config: Options) => LearningRateSchedule> = {
  ExponentialDecay: (c) => new ExponentialDecay(c as unknown as ExponentialDecayOptions),
  InverseTimeDecay: (c) => new InverseTimeDecay(c as unknown as InverseTimeDecayOptions),
  PiecewiseConstantDecay: (c) => new PiecewiseConstantDecay(c as unknown as PiecewiseConstantDecayOptions),
  CosineDecay: (c) => new CosineDecay(c as unknown as CosineDecayOptions),
};

/** Rebuilds a learning rate from `serializeLearningRate`'s output (a number passes through). */
export function deserializeLearningRate(value: unknown, owner = 'deserializeLearningRate'): LearningRate {
  if (typeof value === 'number' || value instanceof LearningRateSchedule) return value;
  const spec = value as Partial<ScheduleConfig> | null;
  const make = spec !== null && typeof spec === 'object' ? ownValue(SCHEDULES, String(spec.className)) : undefined;
  if (make === undefined || typeof spec?.config !== 'object' || spec.config === null) {
    throw new Error(
      `${owner}: learningRate must be a number, a schedule, or { className, config } with className one of ` +
        `${Object.keys(SCHEDULES).join(', ')}; got ${JSON.stringify(value)}`,
    );
  }
  return make(spec.config);
}
