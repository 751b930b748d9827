/**
 * Reading the `logs` that tfjs-layers hands to callbacks. During `model.fit` the values of an
 * epoch's logs may still be scalar tensors (tfjs resolves them lazily); a callback reads them
 * without disposing them, because they belong to `fit`.
 */
import * as tf from '@tensorflow/tfjs';

/** The logs as tfjs passes them: numbers or scalar tensors. */
export type UnresolvedLogs = { [key: string]: number | tf.Scalar };

/** Logs with every value a number. */
export type NumericLogs = { [key: string]: number };

/** One log value as a number (reads a tensor synchronously; it stays owned by the caller). */
export function logValue(value: number | tf.Tensor): number {
  return typeof value === 'number' ? value : value.dataSync()[0];
}

/**
 * The logs with every tensor read into a number; `undefined` logs give `{}`.
 * @example resolveLogs({ loss: tf.scalar(0.5), acc: 1 }) // { loss: 0.5, acc: 1 }
 */
export function resolveLogs(logs: UnresolvedLogs | undefined): NumericLogs {
  const out: NumericLogs = {};
  if (logs === undefined || logs === null) return out;
  for (const [key, value] of Object.entries(logs)) out[key] = logValue(value);
  return out;
}
