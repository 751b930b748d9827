/** The shape of several losses on one chart: loss against error, margin or probability. */
import { lossColour } from './palette';
import { baseLayout, linspace, type FigureOptions } from './layout';
import type { PlotlyFigure, PlotlyTrace, Range } from './types';
import { displayable } from '../display/displayable';

/** What the x-axis measures. */
export type LossShapeAxis = 'error' | 'margin' | 'probability';

/** One loss: a function of the x quantity, or precomputed points. */
export type LossShapeSeries =
  | { name: string; fn: (x: number) => number }
  | { name: string; x: number[]; y: number[] };

/** Options of {@link lossShapes}. */
export interface LossShapesOptions extends FigureOptions {
  /** The x quantity. Default `'error'`. */
  axis?: LossShapeAxis;
  /** x range for `fn` losses; default `[-3, 3]` (error, margin) or `[0.001, 0.999]` (probability). */
  range?: Range;
  /** Points per curve for `fn` losses. Default 201. */
  points?: number;
  /** x-axis title, for a quantity other than the three axes (a predicted rate, an angle ...). */
  xTitle?: string;
  /** Upper limit of the y-axis (losses that blow up, e.g. cross-entropy near 0). */
  yMax?: number;
}

const AXIS_TITLES: Record<LossShapeAxis, string> = {
  error: 'error ŷ − y',
  margin: 'margin y·f(x) (label ±1 times score)',
  probability: 'predicted probability of the true class p',
};

const DEFAULT_RANGES: Record<LossShapeAxis, Range> = { error: [-3, 3], margin: [-3, 3], probability: [0.001, 0.999] };

/**
 * Several loss curves on one chart, each in its course colour.
 *
 * @param losses e.g. `[{ name: 'mse', fn: (e) => e * e }, { name: 'mae', fn: Math.abs }]`.
 * @returns a figure with one line per loss.
 * @example
 * display.show(plots.lossShapes([{ name: 'huber', fn: (e) => ... }], { axis: 'error' }));
 */
export function lossShapes(losses: LossShapeSeries[], options: LossShapesOptions = {}): PlotlyFigure {
  if (!Array.isArray(losses) || losses.length === 0) throw new Error('lossShapes: losses must be a non-empty array of { name, fn } or { name, x, y }');
  const kind = options.axis ?? 'error';
  const range = options.range ?? DEFAULT_RANGES[kind];
  const xs = linspace(range[0], range[1], options.points ?? 201);
  const data: PlotlyTrace[] = losses.map((loss) => {
    const [x, y] = 'fn' in loss ? [xs, xs.map(loss.fn)] : [loss.x, loss.y];
    return { type: 'scatter', mode: 'lines', name: loss.name, x, y, line: { color: lossColour(loss.name), width: 2.5 } };
  });
  const layout = baseLayout(`Loss against ${kind}`, options.xTitle ?? AXIS_TITLES[kind], 'loss (per sample)', data.length, options);
  if (options.yMax !== undefined) (layout.yaxis as Record<string, unknown>).range = [0, options.yMax];
  return displayable({ data, layout });
}
