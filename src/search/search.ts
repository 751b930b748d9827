/**
 * Grid and random search: try configurations, score each on a validation split or by k-fold
 * cross-validation, and rank them. Seeded: the same seed gives the same folds, the same random
 * configurations and (because the session seed is reset before every training run) the same
 * initial weights, so the same table. Lesson 12 (`lessons/12-regularisation-and-search.md`).
 */
import * as tf from '@tensorflow/tfjs';
import { createRng, getSeed, setSeed, clearSeed } from '../random';
import { toTensors } from '../data';
import { makeFolds, type FoldRows, type Validation } from './folds';
import { SearchResults, summarise, type SearchRow } from './results';
import { gridConfigs, randomConfigs, type GridSpace, type RandomSpace, type SearchConfig } from './space';

/** Examples and their targets as tensors; the first axis indexes examples (the course datasets of `data` are plain arrays). */
export interface TensorData {
  x: tf.Tensor;
  y: tf.Tensor;
}

/** What a search takes: tensors, or a course dataset of plain arrays (`data.linearWithNoise(...)`; y becomes a column). */
export type SearchData = TensorData | { x: number[][]; y: number[] };

/** Trains with `config` on `trainData` and returns its score on `valData` (tensors owned by the search). */
export type TrainFn = (config: SearchConfig, trainData: TensorData, valData: TensorData) => number | Promise<number>;

/** A `TrainFn` that may say which way its score improves and check a configuration before any training. */
export type Trainer = TrainFn & { direction?: 'min' | 'max'; check?: (config: SearchConfig) => void };

export interface SearchOptions {
  data: SearchData;
  train: Trainer;
  /** Default `{ split: 0.2 }`; `{ folds: k }` for k-fold cross-validation. */
  validation?: Validation;
  /** Seed of folds, draws and every training run. Default: the session seed, else 42. */
  seed?: number;
  /** `'min'` (a loss) or `'max'` (an accuracy). Default: `train.direction`, else `'min'`. */
  direction?: 'min' | 'max';
  /** Called after each configuration, e.g. to show progress. */
  onTrial?: (row: SearchRow, done: number, total: number) => void;
}

/** The data as tensors, and whether the search made them (and so must dispose them). */
function asTensors(data: SearchData): { tensors: TensorData; owned: boolean } {
  if (data?.x instanceof tf.Tensor && data?.y instanceof tf.Tensor) {
    const [n, m] = [data.x.shape[0] ?? 0, data.y.shape[0] ?? 0];
    if (n !== m) throw new Error(`search: data.x and data.y must have the same number of examples; got ${n} and ${m}`);
    return { tensors: data as TensorData, owned: false };
  }
  if (Array.isArray(data?.x) && Array.isArray(data?.y)) {
    const arrays = data as { x: number[][]; y: number[] };
    return { tensors: toTensors(arrays), owned: true }; // toTensors checks sizes and values
  }
  throw new Error('search: data must be { x: Tensor, y: Tensor } or { x: number[][], y: number[] }');
}

function sliceFold(data: TensorData, fold: FoldRows): [TensorData, TensorData] {
  const take = (rows: number[]): TensorData => {
    const idx = tf.tensor1d(rows, 'int32');
    const part = { x: tf.gather(data.x, idx), y: tf.gather(data.y, idx) };
    idx.dispose();
    return part;
  };
  return [take(fold.train), take(fold.val)];
}

async function scoreOne(train: Trainer, config: SearchConfig, slices: [TensorData, TensorData][], seed: number, trial: number): Promise<number[]> {
  const scores: number[] = [];
  for (let f = 0; f < slices.length; f++) {
    setSeed(seed + f); // every configuration starts from the same weights and batch order on fold f
    const score = await train({ ...config }, slices[f][0], slices[f][1]);
    if (typeof score !== 'number') {
      throw new Error(`search: train must return a number (the validation score); got ${typeof score} for trial ${trial}`);
    }
    scores.push(score);
  }
  return scores;
}

/** Scores each configuration on every fold; the engine behind both searches. */
export async function runSearch(configs: SearchConfig[], options: SearchOptions): Promise<SearchResults> {
  if (typeof options.train !== 'function') throw new Error(`search: train must be a function; got ${typeof options.train}`);
  const seed = options.seed ?? getSeed() ?? 42;
  configs.forEach((config) => options.train.check?.(config)); // bad names fail before any training
  const { tensors, owned } = asTensors(options.data);
  let slices: [TensorData, TensorData][];
  try {
    const folds = makeFolds(tensors.x.shape[0] ?? 0, options.validation ?? { split: 0.2 }, seed);
    slices = folds.map((fold) => sliceFold(tensors, fold));
  } finally {
    if (owned) tf.dispose([tensors.x, tensors.y]);
  }
  const previousSeed = getSeed();
  const rows: SearchRow[] = [];
  try {
    for (let trial = 0; trial < configs.length; trial++) {
      const start = performance.now();
      const scores = await scoreOne(options.train, configs[trial], slices, seed, trial);
      rows.push(summarise(trial, configs[trial], scores, performance.now() - start));
      options.onTrial?.(rows[trial], trial + 1, configs.length);
    }
  } finally {
    slices.forEach(([a, b]) => tf.dispose([a.x, a.y, b.x, b.y]));
    if (previousSeed !== undefined) setSeed(previousSeed);
    else clearSeed();
  }
  return new SearchResults(rows, options.direction ?? options.train.direction ?? 'min');
}

/**
 * Grid search: every combination of `space`.
 * @example
 * const results = await search.gridSearch({
 *   space: { learningRate: [0.01, 0.1], optimizer: ['sgd', 'adam'] },
 *   data: { x, y }, train: search.modelTrainer({ epochs: 20 }), validation: { folds: 3 }, seed: 1,
 * });
 * results.bestConfig; // e.g. { learningRate: 0.1, optimizer: 'adam' }
 */
export function gridSearch(options: SearchOptions & { space: GridSpace }): Promise<SearchResults> {
  return runSearch(gridConfigs(options.space), options);
}

/** Random search: `trials` configurations drawn from `space` (lists or distributions). */
export function randomSearch(options: SearchOptions & { space: RandomSpace; trials: number }): Promise<SearchResults> {
  const seed = options.seed ?? getSeed() ?? 42;
  return runSearch(randomConfigs(options.space, options.trials, createRng(seed + 7919)), { ...options, seed });
}
