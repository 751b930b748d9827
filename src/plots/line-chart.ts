/** Several named series on one chart: a metric per epoch for a few runs, a curve against a parameter. */
import { colourFor } from './palette';
import { baseLayout, type FigureOptions } from './layout';
import type { PlotlyFigure, PlotlyTrace } from './types';
import { displayable } from '../display/displayable';

/** One series of {@link lineChart}. */
export interface LineSeries {
  /** Legend name; also picks the course colour (`'adam'`, `'huber'` ...) unless `colour` is given. */
  name: string;
  /** The values. */
  y: readonly number[];
  /** Their x positions; default 1, 2, ..., n (epochs, as Keras counts them). */
  x?: readonly number[];
  /** Default `'lines'`. */
  mode?: 'lines' | 'markers' | 'lines+markers';
  /** Default `'solid'`. */
  dash?: 'solid' | 'dash' | 'dot';
  colour?: string;
}

/** Options of {@link lineChart}. */
export interface LineChartOptions extends FigureOptions {
  /** Axis titles. Default `'epoch'` and `'value'`. */
  xTitle?: string;
  yTitle?: string;
  /** A log y-axis. Default false. */
  logY?: boolean;
  /** A log x-axis (runs of very different lengths, step sizes over many steps). Default false. */
  logX?: boolean;
}

/**
 * Named series on shared axes, each in its course colour.
 *
 * @param series e.g. `[{ name: 'cross-entropy', y: history.history.acc }, ...]`
 * @returns a figure with one scatter trace per series.
 * @example
 * display.show(plots.lineChart([{ name: 'sgd', y: sgdLoss }, { name: 'adam', y: adamLoss }], { yTitle: 'loss', logY: true }));
 */
export function lineChart(series: LineSeries[], options: LineChartOptions = {}): PlotlyFigure {
  if (!Array.isArray(series) || series.length === 0) throw new Error('lineChart: series must be a non-empty array of { name, y }');
  const data = series.map((s): PlotlyTrace => {
    if (s.x !== undefined && s.x.length !== s.y.length) {
      throw new Error(`lineChart: series '${s.name}' has ${s.x.length} x values and ${s.y.length} y values; they must match`);
    }
    const colour = s.colour ?? colourFor(s.name);
    return {
      type: 'scatter', mode: s.mode ?? 'lines', name: s.name, x: [...(s.x ?? s.y.map((_, i) => i + 1))], y: [...s.y],
      line: { color: colour, width: 2, dash: s.dash ?? 'solid' }, marker: { color: colour, size: 5 },
    };
  });
  const [xTitle, yTitle] = [options.xTitle ?? 'epoch', options.yTitle ?? 'value'];
  const layout = baseLayout(`${yTitle} against ${xTitle}`, xTitle, yTitle, data.length, options);
  if (options.logY) (layout.yaxis as Record<string, unknown>).type = 'log';
  if (options.logX) (layout.xaxis as Record<string, unknown>).type = 'log';
  return displayable({ data, layout });
}
