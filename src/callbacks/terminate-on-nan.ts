/**
 * Stop at the first non-finite loss, and say where it happened.
 *
 * A loss of NaN or ±Infinity means training has diverged (a learning rate too large, a log of 0,
 * a division by a zero norm); every later step only spreads the NaN through the weights. Keras'
 * `TerminateOnNaN` stops quietly; here training ends with an Error that names the epoch and step,
 * so a notebook shows the cause instead of a flat line of NaN.
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

/**
 * A `model.fit` callback: at the first batch whose loss is not finite, stop training and make
 * `fit` reject with a `NonFiniteLossError`. tfjs cannot be interrupted mid-batch without leaking
 * tensors, so the error is raised from `onTrainEnd`: list this callback last, so the callbacks
 * before it (an `EarlyStopping` that restores weights, for instance) finish their work first.
 *
 * @example
 * await model.fit(xs, ys, { epochs: 50, callbacks: [history, new callbacks.TerminateOnNaN()] });
 */
export class TerminateOnNaN extends tf.Callback {
  private epoch = 0;
  private failure: NonFiniteLossError | undefined;

  override async onTrainBegin(): Promise<void> {
    this.epoch = 0;
    this.failure = undefined;
  }

  override async onEpochBegin(epoch: number): Promise<void> {
    this.epoch = epoch;
  }

  override async onBatchEnd(batch: number, logs?: UnresolvedLogs): Promise<void> {
    const raw = logs?.loss;
    if (raw === undefined || this.failure !== undefined) return;
    const loss = logValue(raw);
    if (!Number.isFinite(loss)) {
      this.failure = new NonFiniteLossError(this.epoch, batch, loss);
      this.model.stopTraining = true;
    }
  }

  override async onTrainEnd(): Promise<void> {
    if (this.failure === undefined) return;
    // fit would resolve its History's tensors after onTrainEnd; we throw first, so do it here.
    await this.model.history?.syncData();
    throw this.failure;
  }
}
