/**
 * Reading the `logs` that tfjs-layers hands to callbacks (and that plain loops pass to the live
 * views). During `model.fit` the values of an epoch's logs may still be scalar tensors (tfjs
 * resolves them lazily); they are read without being disposed, because they belong to `fit`.
 */
import type * as tf from '@tensorflow/tfjs';

/** The logs as tfjs passes them: numbers or scalar tensors. */
export type UnresolvedLogs = { [key: string]: number | tf.Scalar };

/** Logs of one epoch as callbacks and plain loops pass them: numbers, or anything with `dataSync()`. */
export type EpochLogs = Record<string, number | { dataSync(): ArrayLike<number> } | undefined>;

/** Logs with every value a number. */
export type NumericLogs = { [key: string]: number };

/** One log value as a number (reads a tensor synchronously; it stays owned by the caller). */
export function logValue(value: number | { dataSync(): ArrayLike<number> }): number {
  return typeof value === 'number' ? value : Number(value.dataSync()[0]);
}

/**
 * The logs with every tensor read into a number; entries that are neither are dropped, and
 * `undefined` logs give `{}`. (`display.numericLogs` is this function.)
 * @example resolveLogs({ loss: tf.scalar(0.5), acc: 1 }) // { loss: 0.5, acc: 1 }
 */
export function resolveLogs(logs: EpochLogs | UnresolvedLogs | undefined): NumericLogs {
  const out: NumericLogs = {};
  for (const [key, value] of Object.entries(logs ?? {})) {
    if (typeof value === 'number' || (value && typeof value.dataSync === 'function')) out[key] = logValue(value);
  }
  return out;
}
