/**
 * `History`: every metric of every epoch, in one table that plots and lessons read.
 *
 * It works two ways: as a tfjs-layers callback (`model.fit(..., { callbacks: [history] })`), and
 * through `record(epoch, logs)` for the library's own training loops. Listeners registered with
 * `onEpoch` hear each epoch as soon as it is recorded (the hook a live progress view uses).
 */
import * as tf from '@tensorflow/tfjs';
import { resolveLogs, type NumericLogs, type UnresolvedLogs } from './logs';

/** Called once per recorded epoch with numeric logs (tensors already read). */
export type EpochListener = (epoch: number, logs: NumericLogs, history: History) => void;

export interface HistoryOptions {
  /** A first listener, as if passed to `onEpoch`. */
  onEpoch?: EpochListener;
}

/**
 * Per-epoch record of every logged metric.
 *
 * `epochs[i]` is the epoch of row `i`; `history[name][i]` its value (`NaN` where an epoch did not
 * log that metric, so every column has one entry per epoch). `history.loss` always exists, so the
 * record goes straight to `plots.lossCurves(history.history)`. Cleared at the start of each `fit`.
 *
 * @example
 * const history = new callbacks.History();
 * await model.fit(xs, ys, { epochs: 5, validationSplit: 0.2, callbacks: [history], verbose: 0 });
 * history.history.val_loss; // five numbers
 */
export class History extends tf.Callback {
  epochs: number[] = [];
  history: { loss: number[]; [metric: string]: number[] } = { loss: [] };
  private seen: string[] = [];
  private listeners: EpochListener[] = [];

  constructor(options: HistoryOptions = {}) {
    super();
    if (options.onEpoch !== undefined) this.listeners.push(options.onEpoch);
  }

  /** Registers a listener for each new epoch; returns a function that removes it. */
  onEpoch(listener: EpochListener): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  /** Names of the metrics seen so far, in the order they first appeared. */
  get metrics(): string[] {
    return this.seen.slice();
  }

  /** Forgets every recorded epoch (listeners stay). */
  clear(): void {
    this.epochs = [];
    this.history = { loss: [] };
    this.seen = [];
  }

  /** Adds one epoch's logs; for loops that are not `model.fit`. */
  record(epoch: number, logs: NumericLogs): void {
    const row = this.epochs.length;
    this.epochs.push(epoch);
    for (const [name, value] of Object.entries(logs)) {
      if (!this.seen.includes(name)) this.seen.push(name);
      if (this.history[name] === undefined) this.history[name] = new Array<number>(row).fill(NaN);
      this.history[name].push(value);
    }
    for (const column of Object.values(this.history)) {
      if (column.length === row) column.push(NaN);
    }
    for (const listener of this.listeners) listener(epoch, { ...logs }, this);
  }

  /** One object per epoch: `{ epoch, loss, val_loss, ... }`, for tables. */
  toRows(): Array<{ epoch: number } & NumericLogs> {
    return this.epochs.map((epoch, i) => {
      const row: { epoch: number } & NumericLogs = { epoch };
      for (const name of this.metrics) row[name] = this.history[name][i];
      return row;
    });
  }

  override async onTrainBegin(): Promise<void> {
    this.clear();
  }

  override async onEpochEnd(epoch: number, logs?: UnresolvedLogs): Promise<void> {
    this.record(epoch, resolveLogs(logs));
  }
}
