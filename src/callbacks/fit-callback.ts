/**
 * Epoch hooks as a real `tf.Callback`, so a progress view sits in the same `callbacks` array as
 * `EarlyStopping` or `History`. (tfjs' `model.fit` treats an array as all `BaseCallback`s when its
 * first element is one, and a plain `{ onEpochEnd }` object in it then fails with
 * "callback.setParams is not a function".)
 */
import * as tf from '@tensorflow/tfjs';
import type { EpochLogs } from './logs';

/** The hooks the live views (and `everyEpoch`) implement; they work from plain loops too. A hook may return a promise, which `fit` awaits. */
export interface EpochHooks {
  onTrainBegin(logs?: EpochLogs): void | Promise<void>;
  onEpochEnd(epoch: number, logs?: EpochLogs): void | Promise<void>;
  onTrainEnd(logs?: EpochLogs): void | Promise<void>;
}

class HooksCallback extends tf.Callback {
  constructor(private readonly hooks: EpochHooks) {
    super();
  }
  override async onTrainBegin(logs?: tf.Logs): Promise<void> {
    await this.hooks.onTrainBegin(logs as EpochLogs | undefined);
  }
  override async onEpochEnd(epoch: number, logs?: tf.Logs): Promise<void> {
    await this.hooks.onEpochEnd(epoch, logs as EpochLogs | undefined);
  }
  override async onTrainEnd(logs?: tf.Logs): Promise<void> {
    await this.hooks.onTrainEnd(logs as EpochLogs | undefined);
  }
}

/**
 * Wraps hooks into a `tf.Callback` that keeps every other property of `hooks` (e.g. `history`).
 * @returns an object that is both a `tf.Callback` and `T`.
 */
export function asFitCallback<T extends EpochHooks>(hooks: T): T & tf.Callback {
  const callback = new HooksCallback(hooks);
  for (const key of Object.getOwnPropertyNames(hooks)) {
    if (key === 'onTrainBegin' || key === 'onEpochEnd' || key === 'onTrainEnd') continue;
    const descriptor = Object.getOwnPropertyDescriptor(hooks, key);
    if (descriptor !== undefined) Object.defineProperty(callback, key, descriptor);
  }
  return callback as unknown as T & tf.Callback;
}
