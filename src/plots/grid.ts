/** Sampling a function of two parameters on a regular grid (for surfaces, contours, boundaries). */
import { linspace } from './layout';
import type { Fn2D, Range } from './types';

/** A sampled function: `z[i][j] = f(x[j], y[i])` (rows follow y, as Plotly's `z` expects). */
export interface Grid {
  x: number[];
  y: number[];
  z: number[][];
}

/**
 * Sample `f` on a `resolution x resolution` grid over `xRange x yRange`. Non-finite values
 * become `null` in Plotly (a gap) rather than breaking the colour scale.
 */
export function sampleGrid(f: Fn2D, xRange: Range, yRange: Range, resolution = 60): Grid {
  if (typeof f !== 'function') throw new Error(`sampleGrid: f must be a function (x, y) => number; got ${typeof f}`);
  const x = linspace(xRange[0], xRange[1], resolution);
  const y = linspace(yRange[0], yRange[1], resolution);
  const z = y.map((yi) => x.map((xj) => f(xj, yi)));
  return { x, y, z };
}

/** The losses along a path: given `values`, or `f` evaluated at each point. */
export function valuesAlong(f: Fn2D, points: [number, number][], values?: number[]): number[] {
  return values ?? points.map(([a, b]) => f(a, b));
}
