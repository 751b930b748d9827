/**
 * Feature scaling fitted on one split and applied, unchanged, to the others.
 *
 * Fitting on the training split only matters: statistics computed on validation or test rows
 * would leak information about them into training.
 */
import type { Dataset } from './dataset';

export interface Scaler {
  readonly kind: 'minMax' | 'zScore';
  /** The fitted statistics, one entry per feature column. */
  readonly stats: Readonly<Record<string, readonly number[]>>;
  /** Scales rows with the fitted statistics. */
  transform(x: readonly (readonly number[])[]): number[][];
  /** Undoes `transform`. */
  inverse(x: readonly (readonly number[])[]): number[][];
  /** The dataset with scaled features (targets untouched). */
  transformDataset<T extends Dataset>(data: T): T;
}

/**
 * A scaler from a per-column shift and scale: $x' = (x - \text{shift}) / \text{scale}$.
 * @internal shared by `fitMinMax` and `fitZScore`.
 */
export function affineScaler(
  kind: Scaler['kind'],
  stats: Record<string, readonly number[]>,
  shift: readonly number[],
  scale: readonly number[],
  offset = 0,
): Scaler {
  const width = shift.length;
  const checkWidth = (x: readonly (readonly number[])[], where: string) => {
    x.forEach((row, i) => {
      if (row.length !== width) throw new Error(`${kind}.${where}: row ${i} has ${row.length} features; fitted on ${width}`);
    });
  };
  const transform = (x: readonly (readonly number[])[]) => {
    checkWidth(x, 'transform');
    return x.map((row) => row.map((v, j) => (v - shift[j]) / scale[j] + offset));
  };
  return {
    kind,
    stats,
    transform,
    inverse: (x) => {
      checkWidth(x, 'inverse');
      return x.map((row) => row.map((v, j) => (v - offset) * scale[j] + shift[j]));
    },
    transformDataset: (data) => ({ ...data, x: transform(data.x) }),
  };
}

/** Column j of a matrix. */
export function column(x: readonly (readonly number[])[], j: number): number[] {
  return x.map((row) => row[j]);
}
