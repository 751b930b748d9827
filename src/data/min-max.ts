/**
 * Min-max scaling to [0, 1] (or a chosen range), fitted on the training rows.
 *
 * $$x' = \frac{x - \min_j}{\max_j - \min_j} \cdot (\text{hi} - \text{lo}) + \text{lo}$$
 * A constant column (max = min) is only shifted, as scikit-learn's `MinMaxScaler` does.
 */
import { checkDataset } from './dataset';
import { extent } from './extent';
import { affineScaler, column, type Scaler } from './scaler';

/**
 * @param x the training features, [n][numFeatures].
 * @param options `range` (default [0, 1]).
 * @returns a scaler with `stats.min`, `stats.max`.
 * @example
 * const scaler = fitMinMax(splits.train.x);
 * const validationX = scaler.transform(splits.validation.x); // may fall outside [0, 1]: that is expected
 */
export function fitMinMax(x: readonly (readonly number[])[], options: { range?: [number, number] } = {}): Scaler {
  checkDataset('fitMinMax', { x: x as number[][], y: x.map(() => 0) });
  const [lo, hi] = options.range ?? [0, 1];
  if (!(hi > lo)) throw new Error(`fitMinMax: range must be [lo, hi] with hi > lo; got [${lo}, ${hi}]`);
  const columns = x[0].map((_, j) => column(x, j));
  const extents = columns.map(extent);
  const min = extents.map((e) => e.min);
  const max = extents.map((e) => e.max);
  const scale = min.map((m, j) => (max[j] > m ? (max[j] - m) / (hi - lo) : 1));
  return affineScaler('minMax', { min, max }, min, scale, lo);
}
