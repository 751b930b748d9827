/**
 * One straight line fitted by a tfjs model with a chosen loss: lesson 04 trains the same model
 * with MSE, MAE, Huber ... on data with outliers and compares the lines. The loop lives here,
 * not in a notebook cell (tslab runs top-level loops slowly).
 */
import * as tf from '@tensorflow/tfjs';
import { fitModel } from '../training';
import type { LossIdentifier, LossOptions } from './get';

export interface FitLineOptions {
  /** Full-batch epochs. Default 300. */
  epochs?: number;
  /** Adam's learning rate. Default 0.1. */
  learningRate?: number;
  /** Options of the loss, e.g. `{ delta: 1 }`. */
  lossOptions?: LossOptions;
  /** Starting intercept; positive by default (1) because MSLE has no gradient where yPred <= 1e-7. */
  initialBias?: number;
}

/** A line $y' = b + w_1 x$ and the training loss per epoch. */
export interface TrainedLine {
  /** The loss identifier as given, e.g. `'huber'`. */
  name: string;
  b: number;
  w1: number;
  history: number[];
}

/**
 * Trains `Dense(1)` (the line $y' = b + w_1 x$) on one feature with `losses.compile(model, { optimizer, loss, lossOptions })`.
 *
 * @param x one feature per example, `[[x1], [x2], ...]` or `[x1, x2, ...]`
 * @param y targets, one per example
 * @param loss any loss identifier (`'mse'`, `'huber'`, an instance ...)
 * @returns the fitted `b`, `w1` and the loss per epoch
 * @example
 * const fit = await losses.fitLine(data.x, data.y, 'mae'); // { name: 'mae', b, w1, history }
 */
export async function fitLine(
  x: readonly (number | readonly number[])[], y: readonly number[], loss: LossIdentifier, options: FitLineOptions = {},
): Promise<TrainedLine> {
  const { epochs = 300, learningRate = 0.1, lossOptions = {}, initialBias = 1 } = options;
  if (x.length !== y.length || x.length === 0) {
    throw new Error(`fitLine: x and y must be non-empty and of the same length; got ${x.length} and ${y.length}`);
  }
  const column = x.map((v) => (typeof v === 'number' ? v : v[0]));
  const xs = tf.tensor2d(column, [column.length, 1]);
  const ys = tf.tensor2d(y as number[], [y.length, 1]);
  const model = tf.sequential();
  model.add(tf.layers.dense({
    units: 1, inputShape: [1], kernelInitializer: 'zeros', biasInitializer: tf.initializers.constant({ value: initialBias }),
  }));
  try {
    const { history, result: [kernel, bias] } = await fitModel({
      model, optimizer: tf.train.adam(learningRate), loss, lossOptions, x: xs, y: ys, epochs,
      read: (trained) => trained.getWeights().map((w) => w.dataSync()[0]),
    });
    const name = typeof loss === 'string' ? loss : 'name' in loss ? String(loss.name) : 'custom';
    return { name, b: bias, w1: kernel, history };
  } finally {
    tf.dispose([xs, ys]);
  }
}

/**
 * {@link fitLine} once per loss, same data, same start.
 * @example
 * const lines = await losses.fitLines(data.x, data.y, ['mse', 'mae', 'huber']);
 */
export async function fitLines(
  x: readonly (number | readonly number[])[], y: readonly number[], lossIds: readonly LossIdentifier[], options: FitLineOptions = {},
): Promise<TrainedLine[]> {
  const lines: TrainedLine[] = [];
  for (const loss of lossIds) lines.push(await fitLine(x, y, loss, options));
  return lines;
}
