/**
 * The smallest per-epoch hook for `model.fit`: a function of `(epoch, logs)` with the logs already
 * read into numbers. Live displays and custom printing use it instead of writing a callback class.
 */
import * as tf from '@tensorflow/tfjs';
import { resolveLogs, type NumericLogs, type UnresolvedLogs } from './logs';

class EpochHook extends tf.Callback {
  constructor(private readonly listener: (epoch: number, logs: NumericLogs) => void | Promise<void>) {
    super();
  }

  override async onEpochEnd(epoch: number, logs?: UnresolvedLogs): Promise<void> {
    await this.listener(epoch, resolveLogs(logs));
  }
}

/**
 * A `model.fit` callback that calls `listener(epoch, logs)` at the end of every epoch.
 * @example
 * await model.fit(xs, ys, { epochs: 3, callbacks: [callbacks.everyEpoch((e, logs) => console.log(e, logs.loss))] });
 */
export function everyEpoch(listener: (epoch: number, logs: NumericLogs) => void | Promise<void>): tf.Callback {
  return new EpochHook(listener);
}
