/**
 * A dataset of the course: features `x` (one row per example) and targets `y`, as plain arrays.
 *
 * Regression targets are numbers; class labels are integers 0..k-1 named by `classNames`.
 * Use `toTensors` to get tensors for a tfjs model.
 */
import { extent } from './extent';
import { fail, integer } from '../validate';

export interface Dataset {
  readonly name: string;
  /** Features, shape [n][numFeatures]. */
  readonly x: number[][];
  /** Targets, length n: values (regression, counts) or class indices (classification). */
  readonly y: number[];
  /** One name per feature column. */
  readonly featureNames: string[];
  /** For classification: the name of each class index. */
  readonly classNames?: string[];
}

/**
 * Checks the shape of a dataset and returns it: non-empty, as many targets as rows, every row as
 * wide as `featureNames`, every value finite.
 * @throws naming `where`, what was expected and what came in.
 */
export function checkDataset<T extends Pick<Dataset, 'x' | 'y'> & { featureNames?: string[] }>(where: string, data: T): T {
  const { x, y } = data;
  if (x.length === 0) throw new Error(`${where}: the dataset is empty (0 rows)`);
  if (x.length !== y.length) {
    throw new Error(`${where}: x and y must have the same number of rows; got ${x.length} and ${y.length}`);
  }
  const width = data.featureNames?.length ?? x[0].length;
  x.forEach((row, i) => {
    if (row.length !== width) throw new Error(`${where}: row ${i} has ${row.length} features; expected ${width}`);
    if (!row.every(Number.isFinite)) throw new Error(`${where}: row ${i} holds a non-finite value: [${row}]`);
  });
  y.forEach((v, i) => {
    if (!Number.isFinite(v)) throw new Error(`${where}: y[${i}] is not a finite number; got ${v}`);
  });
  return data;
}

/** The rows `indices` of a dataset (copied), keeping its names. */
export function subset<T extends Dataset>(data: T, indices: readonly number[]): T {
  return {
    ...data,
    x: indices.map((i) => data.x[i].slice()),
    y: indices.map((i) => data.y[i]),
  };
}

/** Counts per class index 0..k-1 (k defaults to the largest label + 1). */
export function classCounts(y: readonly number[], numClasses = y.length === 0 ? 0 : extent(y).max + 1): number[] {
  integer('classCounts', 'numClasses', numClasses, 0);
  const counts = new Array<number>(numClasses).fill(0);
  y.forEach((label, i) => {
    if (!(Number.isInteger(label) && label >= 0 && label < numClasses)) {
      fail('classCounts', `y[${i}]`, `a class index, an integer in [0, ${numClasses - 1}]`, label);
    }
    counts[label] += 1;
  });
  return counts;
}
