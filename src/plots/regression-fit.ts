/** Data points and the lines that models fitted to them: lessons 01 (one line) and 04 (one per loss). */
import { colourFor } from './palette';
import { baseLayout, type FigureOptions } from './layout';
import type { PlotlyFigure, PlotlyTrace } from './types';
import { displayable } from '../display/displayable';

/** A fitted line y' = b + w1·x, named after what produced it (a loss, an epoch, ...). */
export interface FittedLine {
  name: string;
  b: number;
  w1: number;
  /** Line colour; default: the course colour of `name` (a loss or optimizer name keeps its colour). */
  colour?: string;
  dash?: 'solid' | 'dash' | 'dot';
}

/** Options of {@link regressionFit}. */
export interface RegressionFitOptions extends FigureOptions {
  xTitle?: string;
  yTitle?: string;
  /** Marks some points (e.g. outliers) in a second colour and legend entry. */
  highlight?: { name: string; mask: boolean[] };
}

/**
 * A scatter of the examples with one straight line per fitted model.
 *
 * @param x one feature per example; `y` the targets (same length).
 * @param lines the fitted lines, drawn across the range of `x`.
 * @example
 * display.show(plots.regressionFit(xs, ys, [{ name: 'MSE', b: 1.1, w1: 1.9 }]));
 */
export function regressionFit(x: number[], y: number[], lines: FittedLine[], options: RegressionFitOptions = {}): PlotlyFigure {
  if (x.length !== y.length || x.length === 0) {
    throw new Error(`regressionFit: x and y must be non-empty and of the same length; got ${x.length} and ${y.length}`);
  }
  const mask = options.highlight?.mask;
  if (mask !== undefined && mask.length !== x.length) {
    throw new Error(`regressionFit: highlight.mask must have one entry per point (${x.length}); got ${mask.length}`);
  }
  const pick = (values: number[], keep: boolean) => values.filter((_, i) => (mask?.[i] ?? false) === keep);
  const data: PlotlyTrace[] = [{
    type: 'scatter', mode: 'markers', name: 'examples', x: pick(x, false), y: pick(y, false),
    marker: { color: '#555555', size: 7, opacity: 0.75 },
  }];
  if (options.highlight !== undefined) {
    data.push({
      type: 'scatter', mode: 'markers', name: options.highlight.name, x: pick(x, true), y: pick(y, true),
      marker: { color: '#d62728', size: 9, symbol: 'diamond' },
    });
  }
  const xMin = Math.min(...x);
  const xMax = Math.max(...x);
  for (const line of lines) {
    data.push({
      type: 'scatter', mode: 'lines', name: `${line.name}: y' = ${line.b.toFixed(2)} + ${line.w1.toFixed(2)}·x`,
      x: [xMin, xMax], y: [line.b + line.w1 * xMin, line.b + line.w1 * xMax],
      line: { color: line.colour ?? colourFor(line.name), width: 3, dash: line.dash ?? 'solid' },
    });
  }
  return displayable({ data, layout: baseLayout('Examples and fitted lines', options.xTitle ?? 'x (feature)', options.yTitle ?? 'y (target)', data.length, options) });
}
