/** Loss against one parameter (the convex bowl) with the gradient-descent steps drawn on it. */
import { colourFor } from './palette';
import { baseLayout, linspace, type FigureOptions } from './layout';
import type { Fn1D, PlotlyFigure, PlotlyTrace, Range } from './types';
import { displayable } from '../display/displayable';

/** Options of {@link lossBowl}. */
export interface LossBowlOptions extends FigureOptions {
  /** Parameter range drawn; default: the steps' range widened by 50% (and at least [-1, 1]). */
  range?: Range;
  /** Name of the run (its colour; an optimizer name keeps the course colour). Default `'gradient descent'`. */
  name?: string;
  /** Parameter symbol for the x-axis title. Default `'w'`. */
  parameter?: string;
}

/** The drawn range: given, or the steps' span widened by half on each side. */
export function rangeAround(values: number[], range?: Range): Range {
  if (range) return range;
  const finite = values.filter(Number.isFinite);
  const lo = Math.min(-1, ...finite);
  const hi = Math.max(1, ...finite);
  const pad = (hi - lo) * 0.25;
  return [lo - pad, hi + pad];
}

/**
 * The curve `L(w)` over `range` and the path `w_0, w_1, ..., w_T` as connected markers on it.
 * `axes` is `''` for a single plot or `'2'`, `'3'`... for a subplot.
 */
export function bowlTraces(loss: Fn1D, steps: number[], range: Range, name: string, colour: string, axes = ''): PlotlyTrace[] {
  const ws = linspace(range[0], range[1], 200);
  const on = { xaxis: `x${axes}`, yaxis: `y${axes}` };
  return [
    { type: 'scatter', mode: 'lines', name: 'loss L(w)', x: ws, y: ws.map(loss), line: { color: '#888', width: 2 }, showlegend: axes === '' || axes === '1', ...on },
    {
      type: 'scatter', mode: 'lines+markers', name, x: steps, y: steps.map(loss),
      text: steps.map((_, t) => `step ${t}`), hovertemplate: '%{text}<br>w=%{x:.4g}<br>L=%{y:.4g}<extra></extra>',
      line: { color: colour, width: 1.5, dash: 'dot' }, marker: { color: colour, size: 8 }, ...on,
    },
  ];
}

/**
 * Gradient descent on a convex bowl: the loss curve and the steps taken on it.
 *
 * @param loss `L(w)`, e.g. `(w) => (w - 3) ** 2`.
 * @param steps the parameter after each step, `[w_0, w_1, ..., w_T]` (e.g. from `descent`).
 * @returns a figure with 2 traces: the curve and the steps.
 * @example
 * display.show(plots.lossBowl((w) => (w - 3) ** 2, [0, 1.2, 2.08, 2.5]));
 */
export function lossBowl(loss: Fn1D, steps: number[], options: LossBowlOptions = {}): PlotlyFigure {
  if (typeof loss !== 'function') throw new Error(`lossBowl: loss must be a function (w) => number; got ${typeof loss}`);
  const name = options.name ?? 'gradient descent';
  const data = bowlTraces(loss, steps, rangeAround(steps, options.range), name, colourFor(name));
  const p = options.parameter ?? 'w';
  return displayable({ data, layout: baseLayout('Gradient descent on the loss bowl', `parameter ${p}`, `loss L(${p})`, data.length, options) });
}
