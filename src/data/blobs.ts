/**
 * Gaussian blobs, one per class: the classification data of lessons 05 and 06.
 *
 * Class k's points are $x \sim \mathcal{N}(c_k, \sigma^2 I)$ around its centre $c_k$.
 */
import { createRng } from '../random';
import type { Dataset } from './dataset';

export interface BlobsOptions {
  /** Points per class (default 50). */
  nPerClass?: number;
  /** One centre per class (default two classes at (-1, -1) and (1, 1)). */
  centers?: number[][];
  /** Standard deviation around each centre (default 0.6). */
  std?: number;
  /** Default 42. */
  seed?: number;
}

/**
 * @returns features `x1, x2, ...` (as many as a centre has), labels 0..k-1, rows grouped by class.
 * @example
 * const twoClass = blobs();                                            // 100 points, labels 0 and 1
 * const three = blobs({ centers: [[0, 2], [-2, -1], [2, -1]], std: 0.5 });
 */
export function blobs(options: BlobsOptions = {}): Dataset {
  const { nPerClass = 50, centers = [[-1, -1], [1, 1]], std = 0.6, seed = 42 } = options;
  if (centers.length < 2) throw new Error(`blobs: need at least 2 centres; got ${centers.length}`);
  const dims = centers[0].length;
  if (dims < 1 || centers.some((c) => c.length !== dims)) {
    throw new Error(`blobs: every centre must have the same number (>= 1) of coordinates; got [${centers.map((c) => c.length)}]`);
  }
  if (!Number.isInteger(nPerClass) || nPerClass < 1) throw new Error(`blobs: nPerClass must be an integer >= 1; got ${nPerClass}`);
  const rng = createRng(seed);
  const x: number[][] = [];
  const y: number[] = [];
  centers.forEach((centre, label) => {
    for (let i = 0; i < nPerClass; i++) {
      x.push(centre.map((c) => rng.normal(c, std)));
      y.push(label);
    }
  });
  return {
    name: `${centers.length}-class blobs`,
    x, y,
    featureNames: centers[0].map((_, d) => `x${d + 1}`),
    classNames: centers.map((_, k) => `class ${k}`),
  };
}
