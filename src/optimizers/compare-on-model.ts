/**
 * The same model trained once per optimizer, from the same initial weights: the loss curves that
 * lessons 09 and 10 compare.
 */
import type * as tf from '@tensorflow/tfjs';
import { fitModel } from '../training';

/** A loss: an identifier of the losses registry (`'categoricalCrossentropy'`, `'mse'` ...) or a function. */
export type CompileLoss = string | ((yTrue: tf.Tensor, yPred: tf.Tensor) => tf.Tensor);

export interface CompareOnModelOptions {
  /** The loss every run minimises. */
  loss: CompileLoss;
  /** Epochs per run. Default 50. */
  epochs?: number;
  /** Mini-batch size. Default 32. */
  batchSize?: number;
}

/**
 * Builds a fresh model for each contender, compiles it with that optimizer (`losses.compile`, through
 * the shared training harness), fits it with the same data, epochs and batch order (no shuffling),
 * and disposes it.
 *
 * @param buildModel returns a new model; seed its initialisers so that every run starts from the
 *   same weights and the curves differ only by the optimizer.
 * @param contenders `{ name: () => optimizer }`: a factory, so each run gets a fresh optimizer state.
 * @param x inputs, `[n, features]`; @param y targets, shaped like the model's output.
 * @returns `{ name: training loss per epoch }`, in the order of `contenders`.
 * @example
 * await compareOnModel(makeNetwork, { sgd: () => new SGD({ learningRate: 0.05 }) }, x, y, { loss: 'categoricalCrossentropy' });
 * // { sgd: [1.10, 1.09, ...] }
 */
export async function compareOnModel(
  buildModel: () => tf.LayersModel,
  contenders: Record<string, () => tf.Optimizer>,
  x: tf.Tensor,
  y: tf.Tensor,
  options: CompareOnModelOptions,
): Promise<Record<string, number[]>> {
  const { loss, epochs = 50, batchSize = 32 } = options;
  const curves: Record<string, number[]> = {};
  for (const [name, makeOptimizer] of Object.entries(contenders)) {
    const { history } = await fitModel({ model: buildModel(), optimizer: makeOptimizer(), loss, x, y, epochs, batchSize });
    curves[name] = history;
  }
  return curves;
}
