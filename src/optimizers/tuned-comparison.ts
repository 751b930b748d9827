/**
 * A fair comparison of optimizers on a model (lesson 10): each optimizer at the best learning rate
 * of a small grid, chosen by the validation loss averaged over several seeds, and judged on data it
 * was not trained on, so that "optimizer A generalises better" is measured rather than asserted.
 */
import * as tf from '@tensorflow/tfjs';

/** Inputs and one-hot (or regression) targets. */
export interface XY { x: tf.Tensor; y: tf.Tensor }

export interface TunedComparisonOptions {
  /** What `model.compile` takes: a tfjs loss name (`'categoricalCrossentropy'`) or a function. */
  loss: string | ((yTrue: tf.Tensor, yPred: tf.Tensor) => tf.Tensor);
  /** The learning rates tried for every optimizer. */
  learningRates: readonly number[];
  /** Initialisation seeds; each (optimizer, rate) is trained once per seed. Default [1, 2, 3]. */
  seeds?: readonly number[];
  /** Default 30. */
  epochs?: number;
  /** Default 32. */
  batchSize?: number;
}

/** One optimizer at its best learning rate: means and standard deviations over the seeds. */
export interface TunedRow {
  optimizer: string;
  learningRate: number;
  trainLoss: number;
  validationLoss: number;
  validationStd: number;
  /** The loss on `test`, when given: data that chose nothing. */
  testLoss?: number;
  testStd?: number;
  /** The mean validation loss of every rate tried. */
  grid: Array<{ learningRate: number; validationLoss: number }>;
}

const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
const std = (v: number[]) => Math.sqrt(mean(v.map((x) => (x - mean(v)) ** 2)));

/** Trains one model and returns its final [train, validation, test] losses. */
async function trainOnce(model: tf.LayersModel, optimizer: tf.Optimizer, data: { train: XY; validation: XY; test?: XY }, options: TunedComparisonOptions): Promise<number[]> {
  model.compile({ optimizer, loss: options.loss });
  await model.fit(data.train.x, data.train.y, { epochs: options.epochs ?? 30, batchSize: options.batchSize ?? 32, shuffle: false, verbose: 0 });
  const splits = [data.train, data.validation, ...(data.test ? [data.test] : [])];
  return splits.map((split) => tf.tidy(() => {
    const value = model.evaluate(split.x, split.y, { batchSize: 1024 }) as tf.Scalar;
    const loss = value.dataSync()[0];
    return Number.isFinite(loss) ? loss : Infinity;
  }));
}

/**
 * @param buildModel a fresh model whose initialisers use `seed`.
 * @param contenders `{ name: (learningRate) => optimizer }`.
 * @returns one row per optimizer, in the order of `contenders`.
 */
export async function tunedComparison(
  buildModel: (seed: number) => tf.LayersModel,
  contenders: Record<string, (learningRate: number) => tf.Optimizer>,
  data: { train: XY; validation: XY; test?: XY },
  options: TunedComparisonOptions,
): Promise<TunedRow[]> {
  const seeds = options.seeds ?? [1, 2, 3];
  if (!options.learningRates.length || !seeds.length) throw new Error('tunedComparison: learningRates and seeds must be non-empty arrays');
  const rows: TunedRow[] = [];
  for (const [name, make] of Object.entries(contenders)) {
    const perRate: number[][][] = [];
    for (const learningRate of options.learningRates) {
      const perSeed: number[][] = [];
      for (const seed of seeds) {
        const [model, optimizer] = [buildModel(seed), make(learningRate)];
        try { perSeed.push(await trainOnce(model, optimizer, data, options)); } finally { model.dispose(); optimizer.dispose(); }
      }
      perRate.push(perSeed);
    }
    const grid = options.learningRates.map((learningRate, i) => ({ learningRate, validationLoss: mean(perRate[i].map((r) => r[1])) }));
    const best = grid.reduce((a, b, i) => (b.validationLoss < grid[a].validationLoss ? i : a), 0);
    const runs = perRate[best];
    const test = data.test ? runs.map((r) => r[2]) : undefined;
    rows.push({
      optimizer: name, learningRate: grid[best].learningRate, trainLoss: mean(runs.map((r) => r[0])),
      validationLoss: grid[best].validationLoss, validationStd: std(runs.map((r) => r[1])),
      ...(test ? { testLoss: mean(test), testStd: std(test) } : {}), grid,
    });
  }
  return rows;
}
