/**
 * Z-score standardisation, fitted on the training rows: each feature gets mean 0 and standard
 * deviation 1 on the training split.
 *
 * $$x' = \frac{x - \mu_j}{\sigma_j}, \qquad \sigma_j = \sqrt{\tfrac{1}{n} \textstyle\sum_i (x_{ij} - \mu_j)^2}$$
 * (the population deviation, as scikit-learn's `StandardScaler`); a constant column keeps $\sigma = 1$.
 */
import { checkDataset } from './dataset';
import { affineScaler, column, type Scaler } from './scaler';

/**
 * @param x the training features, [n][numFeatures].
 * @returns a scaler with `stats.mean`, `stats.std`.
 * @example
 * const scaler = fitZScore(splits.train.x);
 * const [train, test] = [splits.train, splits.test].map((s) => scaler.transformDataset(s));
 */
export function fitZScore(x: readonly (readonly number[])[]): Scaler {
  checkDataset('fitZScore', { x: x as number[][], y: x.map(() => 0) });
  const n = x.length;
  const columns = x[0].map((_, j) => column(x, j));
  const mean = columns.map((c) => c.reduce((s, v) => s + v, 0) / n);
  const std = columns.map((c, j) => Math.sqrt(c.reduce((s, v) => s + (v - mean[j]) ** 2, 0) / n));
  const scale = std.map((s) => (s > 0 ? s : 1));
  return affineScaler('zScore', { mean, std }, mean, scale);
}
