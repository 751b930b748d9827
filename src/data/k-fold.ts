/**
 * k-fold cross-validation, seeded: every row is used for validation exactly once.
 *
 * The rows are shuffled once and cut into k folds of nearly equal size (the first n mod k folds
 * get one extra row); fold i validates on part i and trains on the other k - 1.
 */
import { createRng } from '../random';
import { checkDataset, subset, type Dataset } from './dataset';

export interface Fold<T extends Dataset = Dataset> {
  /** 0..k-1. */
  fold: number;
  train: T;
  validation: T;
  indices: { train: number[]; validation: number[] };
}

/**
 * @param data the dataset (at least k rows).
 * @param options `k` (default 5), `seed` (42), `shuffle` (default true).
 * @returns k folds.
 * @example
 * const scores = kFold(iris(), { k: 5 }).map(({ train, validation }) => fitAndScore(train, validation));
 */
export function kFold<T extends Dataset>(data: T, options: { k?: number; seed?: number; shuffle?: boolean } = {}): Fold<T>[] {
  checkDataset('kFold', data);
  const { k = 5, seed = 42, shuffle = true } = options;
  const n = data.x.length;
  if (!Number.isInteger(k) || k < 2) throw new Error(`kFold: k must be an integer >= 2; got ${k}`);
  if (k > n) throw new Error(`kFold: k must not exceed the number of rows; got k = ${k} for ${n} rows`);
  const all = Array.from({ length: n }, (_, i) => i);
  const order = shuffle ? createRng(seed).shuffle(all) : all;
  const parts: number[][] = [];
  let start = 0;
  for (let i = 0; i < k; i++) {
    const size = Math.floor(n / k) + (i < n % k ? 1 : 0);
    parts.push(order.slice(start, start + size));
    start += size;
  }
  return parts.map((validationIndices, fold) => {
    const trainIndices = parts.filter((_, j) => j !== fold).flat();
    return {
      fold,
      train: subset(data, trainIndices),
      validation: subset(data, validationIndices),
      indices: { train: trainIndices, validation: validationIndices },
    };
  });
}
