/**
 * Points scattered around a line: the regression data of lessons 01-04.
 *
 * $$y = b + w x + \varepsilon, \qquad \varepsilon \sim \mathcal{N}(0, \sigma^2), \quad x \sim U(x_{\min}, x_{\max})$$
 */
import { createRng } from '../random';
import type { Dataset } from './dataset';

export interface LinearOptions {
  /** Examples (default 50). */
  n?: number;
  /** True slope $w$ (default 2). */
  slope?: number;
  /** True intercept $b$ (default 1). */
  intercept?: number;
  /** Noise standard deviation $\sigma$ (default 0.5). */
  noise?: number;
  /** Range of x (default [0, 5]). */
  xRange?: [number, number];
  /** Default 42. */
  seed?: number;
}

/**
 * A line with Gaussian noise.
 * @returns a dataset with one feature `x` and target `y`.
 * @example
 * const { x, y } = linearWithNoise({ n: 100, slope: 3 });
 */
export function linearWithNoise(options: LinearOptions = {}): Dataset {
  const { n = 50, slope = 2, intercept = 1, noise = 0.5, xRange = [0, 5], seed = 42 } = options;
  if (!Number.isInteger(n) || n < 1) throw new Error(`linearWithNoise: n must be an integer >= 1; got ${n}`);
  const rng = createRng(seed);
  const x = Array.from({ length: n }, () => [rng.uniform(xRange[0], xRange[1])]);
  const y = x.map(([v]) => intercept + slope * v + rng.normal(0, noise));
  return { name: 'linear with noise', x, y, featureNames: ['x'] };
}

export interface OutlierDataset extends Dataset {
  /** Which examples were turned into outliers. */
  isOutlier: boolean[];
}

/**
 * A noisy line where a fraction of the targets is pushed far away: MSE chases the outliers,
 * MAE and Huber mostly ignore them (lesson 04).
 *
 * @param options as `linearWithNoise`, plus `outlierFraction` (default 0.1) and `outlierShift`
 *   (default 15): an outlier's target moves up by `outlierShift` times a U(0.5, 1) factor.
 */
export function linearWithOutliers(
  options: LinearOptions & { outlierFraction?: number; outlierShift?: number } = {},
): OutlierDataset {
  const { outlierFraction = 0.1, outlierShift = 15, seed = 42 } = options;
  if (!(outlierFraction >= 0 && outlierFraction <= 1)) {
    throw new Error(`linearWithOutliers: outlierFraction must be in [0, 1]; got ${outlierFraction}`);
  }
  const base = linearWithNoise(options);
  const rng = createRng(seed + 1);
  const count = Math.round(outlierFraction * base.y.length);
  const chosen = new Set(rng.shuffle(base.y.map((_, i) => i)).slice(0, count));
  const y = base.y.map((v, i) => (chosen.has(i) ? v + outlierShift * rng.uniform(0.5, 1) : v));
  return { ...base, name: 'linear with outliers', y, isOutlier: base.y.map((_, i) => chosen.has(i)) };
}
