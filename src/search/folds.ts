/**
 * How a search scores a configuration: on one held-out validation split, or by k-fold
 * cross-validation (train on k-1 folds, score on the one left out, k times).
 *
 * Only index bookkeeping lives here; `evaluate` slices the tensors.
 */
import { createRng } from '../random';

/** `{ split: 0.2 }`: hold out 20% once. `{ folds: 5 }`: 5-fold cross-validation. */
export type Validation = { split: number } | { folds: number };

/** The rows used to train and to score one fold. */
export interface Fold {
  train: number[];
  val: number[];
}

/**
 * Seeded folds over `n` rows: the rows are shuffled once, then cut into contiguous parts.
 * For k folds the parts differ in size by at most one (as scikit-learn's `KFold`).
 */
export function makeFolds(n: number, validation: Validation, seed: number): Fold[] {
  if (!Number.isInteger(n) || n < 2) throw new Error(`search: need at least 2 examples to validate; got ${n}`);
  const order = createRng(seed).shuffle(Array.from({ length: n }, (_, i) => i));
  if ('folds' in validation) {
    const k = validation.folds;
    if (!Number.isInteger(k) || k < 2 || k > n) {
      throw new Error(`search: validation.folds must be an integer in [2, ${n}] (number of examples); got ${k}`);
    }
    const bounds = Array.from({ length: k + 1 }, (_, i) => Math.floor((i * n) / k));
    return Array.from({ length: k }, (_, i) => ({
      val: order.slice(bounds[i], bounds[i + 1]),
      train: [...order.slice(0, bounds[i]), ...order.slice(bounds[i + 1])],
    }));
  }
  const fraction = validation.split;
  const nVal = Math.round(n * fraction);
  if (!(fraction > 0 && fraction < 1) || nVal < 1 || nVal > n - 1) {
    throw new Error(`search: validation.split must be in (0, 1) and leave both parts non-empty; got ${fraction} of ${n} examples`);
  }
  return [{ train: order.slice(0, n - nVal), val: order.slice(n - nVal) }];
}
