/**
 * The smallest per-epoch hook for `model.fit`: a function of `(epoch, logs)` with the logs already
 * read into numbers. Custom printing uses it instead of writing a callback class; it is the one
 * hooks callback (`fit-callback.ts`) with only `onEpochEnd`.
 */
import type * as tf from '@tensorflow/tfjs';
import { asFitCallback } from './fit-callback';
import { resolveLogs, type NumericLogs } from './logs';

/**
 * A `model.fit` callback that calls `listener(epoch, logs)` at the end of every epoch.
 * @example
 * await model.fit(xs, ys, { epochs: 3, callbacks: [callbacks.everyEpoch((e, logs) => console.log(e, logs.loss))] });
 */
export function everyEpoch(listener: (epoch: number, logs: NumericLogs) => void | Promise<void>): tf.Callback {
  return asFitCallback({
    onTrainBegin: () => undefined,
    onEpochEnd: (epoch, logs) => listener(epoch, resolveLogs(logs)),
    onTrainEnd: () => undefined,
  });
}
