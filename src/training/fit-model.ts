/**
 * The one training harness of the library's helpers: compile a model with a loss of the registry
 * (`losses.compile`, so sparse labels and 'accuracy' are right), fit it, read the loss history
 * as numbers, let the caller read what it needs from the trained model, and dispose the model
 * and its optimizer whatever happens. `losses.fitLine`, `losses.fitClassifier`,
 * `optimizers.compareOnModel` and `search.modelTrainer` are built on it.
 */
import * as tf from '@tensorflow/tfjs';
import { compile } from '../losses/compile';
import type { LossIdentifier, LossOptions } from '../losses/get';

export interface FitModelArgs<T> {
  /** A fresh model; `fitModel` disposes it. */
  model: tf.LayersModel;
  /** A fresh optimizer; `fitModel` disposes it (its slots are not the model's). */
  optimizer: tf.Optimizer;
  /** Any identifier `losses.get` knows, a loss instance, or your own function. */
  loss: LossIdentifier;
  /** The loss's options, e.g. `{ fromLogits: true }`. */
  lossOptions?: LossOptions;
  x: tf.Tensor;
  y: tf.Tensor;
  epochs: number;
  /** Default: the whole set in one batch. */
  batchSize?: number;
  /** Shuffle the batches each epoch. Default false, so runs differ only by what the caller varies. */
  shuffle?: boolean;
  /** Reads what the caller keeps from the trained model, before it is disposed. */
  read?: (model: tf.LayersModel) => T;
}

export interface FitModelResult<T> {
  /** The training loss per epoch. */
  history: number[];
  /** What `read` returned. */
  result: T;
}

/** tfjs may log a loss as a number or as a scalar tensor. */
function lossHistory(history: tf.History): number[] {
  return (history.history.loss as Array<number | tf.Tensor>).map((v) => (typeof v === 'number' ? v : v.dataSync()[0]));
}

/**
 * Compiles, fits, reads and disposes.
 * @example
 * const { history, result: weights } = await fitModel({
 *   model, optimizer: tf.train.adam(0.1), loss: 'huber', x, y, epochs: 100, read: (m) => m.getWeights().map((w) => w.arraySync()),
 * });
 */
export async function fitModel<T = undefined>(args: FitModelArgs<T>): Promise<FitModelResult<T>> {
  const { model, optimizer, x, y, epochs } = args;
  try {
    compile(model, { optimizer, loss: args.loss, lossOptions: args.lossOptions });
    const fit = await model.fit(x, y, { epochs, batchSize: args.batchSize ?? x.shape[0], shuffle: args.shuffle ?? false, verbose: 0 });
    return { history: lossHistory(fit), result: args.read === undefined ? (undefined as T) : args.read(model) };
  } finally {
    model.dispose();
    optimizer.dispose();
  }
}
