/**
 * Normalises every split with statistics fitted on the training split alone.
 */
import { fitMinMax } from './min-max';
import type { Scaler } from './scaler';
import type { Splits } from './split';
import type { Dataset } from './dataset';
import { fitZScore } from './z-score';

/**
 * @param splits from `trainValTestSplit`.
 * @param method `'zScore'` (default) or `'minMax'`.
 * @returns the scaled splits (same indices) and the scaler, fitted on `splits.train`.
 * @example
 * const { splits: scaled, scaler } = normalizeSplits(trainValTestSplit(iris()));
 */
export function normalizeSplits<T extends Dataset>(
  splits: Splits<T>,
  method: 'zScore' | 'minMax' = 'zScore',
): { splits: Splits<T>; scaler: Scaler } {
  const scaler = method === 'zScore' ? fitZScore(splits.train.x) : fitMinMax(splits.train.x);
  return {
    scaler,
    splits: {
      train: scaler.transformDataset(splits.train),
      validation: scaler.transformDataset(splits.validation),
      test: scaler.transformDataset(splits.test),
      indices: splits.indices,
    },
  };
}
