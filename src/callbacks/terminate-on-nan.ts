/**
 * Stop at the first non-finite loss, and say where it happened.
 *
 * A loss of NaN or ±Infinity means training has diverged (a learning rate too large, a log of 0,
 * a division by a zero norm); every later step only spreads the NaN through the weights.
 */
import * as tf from '@tensorflow/tfjs';
import { logValue, type UnresolvedLogs } from './logs';

/** Thrown when a loss is NaN or infinite. Epoch and step are 0-based. */
export class NonFiniteLossError extends Error {
  constructor(
    readonly epoch: number,
    readonly step: number,
    readonly value: number,
  ) {
    super(
      `TerminateOnNaN: the loss became ${value} at epoch ${epoch}, step ${step} (0-based); training stopped. ` +
        'Try a smaller learning rate, or check the data and the loss for log(0) or division by zero',
    );
    this.name = 'NonFiniteLossError';
  }
}

/**
 * Throws `NonFiniteLossError` when `loss` is NaN or ±Infinity; for hand-written training loops.
 * @example checkFiniteLoss(lossValue, { epoch, step });
 */
export function checkFiniteLoss(loss: number, where: { epoch: number; step: number }): void {
  if (!Number.isFinite(loss)) throw new NonFiniteLossError(where.epoch, where.step, loss);
}

/** Options of {@link TerminateOnNaN} (Keras 3's `raise_error`). */
export interface TerminateOnNaNOptions {
  /** false (Keras' default): stop gracefully; true: make `fit` reject with a `NonFiniteLossError`. */
  raiseError?: boolean;
}

/** Where training was terminated (0-based epoch and batch) and the loss that ended it. */
export interface Termination {
  epoch: number;
  batch: number;
  value: number;
}

/**
 * A `model.fit` callback with Keras 3's semantics (`keras/src/callbacks/terminate_on_nan.py`): at
 * the first batch whose loss is NaN or ±Infinity it prints `Batch b: Invalid loss, terminating
 * training` and sets `model.stopTraining`, so `fit` ends after that batch and every callback's
 * `onTrainEnd` still runs (an `EarlyStopping` can restore its best weights). `terminated` then says
 * where. With `raiseError: true`, `fit` rejects with a `NonFiniteLossError` naming the epoch and
 * batch instead. Keras raises at once from `on_batch_end`; tfjs cannot be interrupted mid-batch
 * without leaking tensors, so here the error is thrown from `onTrainEnd`: list this callback last
 * so the callbacks before it finish their work first.
 *
 * @example
 * const guard = new callbacks.TerminateOnNaN();
 * await model.fit(xs, ys, { epochs: 50, callbacks: [history, guard] });
 * guard.terminated; // undefined, or { epoch, batch, value }
 */
export class TerminateOnNaN extends tf.Callback {
  readonly raiseError: boolean;
  /** Set when a non-finite loss stopped training; reset at the start of each `fit`. */
  terminated: Termination | undefined;
  private epoch = 0;

  constructor(options: TerminateOnNaNOptions = {}) {
    super();
    if (options.raiseError !== undefined && typeof options.raiseError !== 'boolean') {
      throw new Error(`TerminateOnNaN: raiseError must be true or false; got ${JSON.stringify(options.raiseError)}`);
    }
    this.raiseError = options.raiseError ?? false;
  }

  override async onTrainBegin(): Promise<void> {
    this.epoch = 0;
    this.terminated = undefined;
  }

  override async onEpochBegin(epoch: number): Promise<void> {
    this.epoch = epoch;
  }

  override async onBatchEnd(batch: number, logs?: UnresolvedLogs): Promise<void> {
    const raw = logs?.loss;
    if (raw === undefined || this.terminated !== undefined) return;
    const loss = logValue(raw);
    if (!Number.isFinite(loss)) {
      this.terminated = { epoch: this.epoch, batch, value: loss };
      if (!this.raiseError) console.log(`Batch ${batch}: Invalid loss, terminating training`);
      this.model.stopTraining = true;
    }
  }

  override async onTrainEnd(): Promise<void> {
    if (!this.raiseError || this.terminated === undefined) return;
    // fit would resolve its History's tensors after onTrainEnd; we throw first, so do it here.
    await this.model.history?.syncData();
    const { epoch, batch, value } = this.terminated;
    throw new NonFiniteLossError(epoch, batch, value);
  }
}
