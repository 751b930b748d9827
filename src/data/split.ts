/**
 * Train / validation / test split, seeded.
 *
 * The model learns from the training split, its settings are chosen on the validation split, and
 * the test split is looked at once, at the end. Any statistic (normalisation, ...) is fitted on the
 * training split only.
 */
import { createRng } from '../random';
import { checkDataset, subset, type Dataset } from './dataset';

export interface Splits<T extends Dataset = Dataset> {
  train: T;
  validation: T;
  test: T;
  /** Row indices of each split in the original dataset. */
  indices: { train: number[]; validation: number[]; test: number[] };
}

/**
 * @param data the dataset.
 * @param options `validation` and `test` fractions (default 0.2 each; round(n * fraction) rows;
 *   0 gives an empty split), `seed` (42), `shuffle` (default true; false keeps the order:
 *   train first, then validation, then test).
 * @returns the three splits and their indices.
 * @example
 * const { train, validation, test } = trainValTestSplit(linearWithNoise({ n: 100 }), { seed: 1 }); // 60 / 20 / 20
 */
export function trainValTestSplit<T extends Dataset>(
  data: T,
  options: { validation?: number; test?: number; seed?: number; shuffle?: boolean } = {},
): Splits<T> {
  checkDataset('trainValTestSplit', data);
  const { validation = 0.2, test = 0.2, seed = 42, shuffle = true } = options;
  for (const [name, fraction] of [['validation', validation], ['test', test]] as const) {
    if (!(fraction >= 0 && fraction < 1)) throw new Error(`trainValTestSplit: ${name} must be in [0, 1); got ${fraction}`);
  }
  const n = data.x.length;
  const nValidation = Math.round(n * validation);
  const nTest = Math.round(n * test);
  if (n - nValidation - nTest < 1) {
    throw new Error(
      `trainValTestSplit: no rows left for training (${n} rows, ${nValidation} validation, ${nTest} test)`,
    );
  }
  const all = Array.from({ length: n }, (_, i) => i);
  const order = shuffle ? createRng(seed).shuffle(all) : all;
  const nTrain = n - nValidation - nTest;
  const indices = {
    train: order.slice(0, nTrain),
    validation: order.slice(nTrain, nTrain + nValidation),
    test: order.slice(nTrain + nValidation),
  };
  return {
    train: subset(data, indices.train),
    validation: subset(data, indices.validation),
    test: subset(data, indices.test),
    indices,
  };
}
