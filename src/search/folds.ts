/**
 * How a search scores a configuration: on one held-out validation split, or by k-fold
 * cross-validation (train on k-1 folds, score on the one left out, k times).
 *
 * Only index bookkeeping lives here; the search slices the tensors.
 */
import { kFold, trainValTestSplit, type Dataset } from '../data';

/** `{ split: 0.2 }`: hold out 20% once. `{ folds: 5 }`: 5-fold cross-validation. */
export type Validation = { split: number } | { folds: number };

/** The rows used to train and to score one fold. */
export interface FoldRows {
  train: number[];
  val: number[];
}

/** The row numbers 0..n-1 as a dataset, so `data.kFold` / `data.trainValTestSplit` cut the indices. */
function rowNumbers(n: number): Dataset {
  const rows = Array.from({ length: n }, (_, i) => i);
  return { name: 'rows', x: rows.map((i) => [i]), y: rows, featureNames: ['row'] };
}

/**
 * Seeded folds over `n` rows, cut by `src/data` (`kFold`: shuffled once, then k contiguous parts,
 * the first `n % k` one row larger, as scikit-learn's `KFold`; `trainValTestSplit` for a split).
 */
export function makeFolds(n: number, validation: Validation, seed: number): FoldRows[] {
  if (!Number.isInteger(n) || n < 2) throw new Error(`search: need at least 2 examples to validate; got ${n}`);
  if ('folds' in validation) {
    const k = validation.folds;
    if (!Number.isInteger(k) || k < 2 || k > n) {
      throw new Error(`search: validation.folds must be an integer in [2, ${n}] (number of examples); got ${k}`);
    }
    return kFold(rowNumbers(n), { k, seed }).map((f) => ({ train: f.indices.train, val: f.indices.validation }));
  }
  const fraction = validation.split;
  const nVal = Math.round(n * fraction);
  if (!(fraction > 0 && fraction < 1) || nVal < 1 || nVal > n - 1) {
    throw new Error(`search: validation.split must be in (0, 1) and leave both parts non-empty; got ${fraction} of ${n} examples`);
  }
  const { indices } = trainValTestSplit(rowNumbers(n), { validation: fraction, test: 0, seed });
  return [{ train: indices.train, val: indices.validation }];
}
