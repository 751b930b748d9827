/**
 * A figure with a knob: one set of curves per value of a setting (patience, λ, ...), precomputed,
 * and a Plotly slider that moves between them. Frames are plain JSON, so the slider works in
 * Jupyter, in the exported site and offline, with no widget extension. Lessons 11 and 12 use it
 * for "predict, then move the slider" prompts.
 */
import { lineChart, type LineChartOptions, type LineSeries } from './line-chart';
import type { PlotlyFigure, PlotlyFrame, PlotlyTrace, Range } from './types';
import { displayable } from '../display/displayable';

/** One position of the slider: its label and the series drawn there. */
export interface SliderStep {
  /** Shown under the slider, e.g. `'20'` for patience 20. Must be unique. */
  label: string;
  /** The curves of this step; every step has the same number of series. */
  series: LineSeries[];
}

/** Options of {@link sliderFigure}. */
export interface SliderFigureOptions extends LineChartOptions {
  /** Series drawn at every step, under the moving ones (data points, a true curve). */
  fixed?: LineSeries[];
  /** Text before the current label, e.g. `'patience = '`. Default `''`. */
  prefix?: string;
  /** The step shown first (0-based). Default 0. */
  active?: number;
  /** Axis ranges; default: wide enough for every step, so the axes do not jump as the slider moves. */
  xRange?: Range;
  yRange?: Range;
}

function span(values: number[], log: boolean): Range {
  const usable = values.filter((v) => Number.isFinite(v) && (!log || v > 0));
  if (usable.length === 0) return [0, 1];
  const t = (v: number) => (log ? Math.log10(v) : v);
  const [lo, hi] = [t(Math.min(...usable)), t(Math.max(...usable))];
  const pad = (hi - lo) * 0.05 || 0.5;
  return [lo - pad, hi + pad]; // Plotly takes a log axis' range in powers of ten
}

function checkSteps(steps: SliderStep[]): void {
  if (!Array.isArray(steps) || steps.length === 0) {
    throw new Error('sliderFigure: steps must be a non-empty array of { label, series }');
  }
  const count = steps[0].series?.length;
  steps.forEach((s, i) => {
    if (!Array.isArray(s.series) || s.series.length === 0 || s.series.length !== count) {
      throw new Error(`sliderFigure: every step needs the same number of series (step 0 has ${count}); step ${i} ('${s.label}') has ${s.series?.length}`);
    }
  });
  const labels = new Set(steps.map((s) => s.label));
  if (labels.size !== steps.length) throw new Error('sliderFigure: step labels must be unique; they name the frames');
}

/**
 * Curves that change with a setting, one slider position per precomputed step.
 *
 * @param steps e.g. `[{ label: '0', series: [{ name: 'validation', y: curve0 }] }, ...]`.
 * @param options axis titles and log scales as `lineChart`, plus `fixed`, `prefix`, `active`.
 * @returns `fixed.length + k` traces (k series per step), one frame per step, and a slider.
 * @example
 * display.show(plots.sliderFigure(
 *   [0.1, 1, 10].map((s) => ({ label: String(s), series: [{ name: 'fit', x: xs, y: xs.map((x) => s * x) }] })),
 *   { prefix: 'slope = ', xTitle: 'x', yTitle: 'y' }));
 */
export function sliderFigure(steps: SliderStep[], options: SliderFigureOptions = {}): PlotlyFigure {
  checkSteps(steps);
  const active = options.active ?? 0;
  if (!Number.isInteger(active) || active < 0 || active >= steps.length) {
    throw new Error(`sliderFigure: active must be a step index from 0 to ${steps.length - 1}; got ${active}`);
  }
  const fixed = options.fixed ?? [];
  const tracesOf = (series: LineSeries[]): PlotlyTrace[] => lineChart(series, options).data;
  const moving = steps.map((s) => tracesOf(s.series));
  const fixedTraces = fixed.length > 0 ? tracesOf(fixed) : [];
  const indices = moving[0].map((_, i) => fixedTraces.length + i);
  const frames: PlotlyFrame[] = steps.map((s, i) => ({ name: s.label, traces: indices, data: moving[i] }));
  const figure = lineChart([...fixed, ...steps[active].series], options);
  const all = [...fixedTraces, ...moving.flat()];
  const values = (key: 'x' | 'y') => all.flatMap((t) => (t[key] as number[]).filter((v) => typeof v === 'number'));
  const layout = figure.layout as Record<string, Record<string, unknown>>;
  layout.xaxis.range = options.xRange ?? span(values('x'), options.logX ?? false);
  layout.yaxis.range = options.yRange ?? span(values('y'), options.logY ?? false);
  const go = (name: string) => [[name], { mode: 'immediate', frame: { duration: 0, redraw: true }, transition: { duration: 0 } }];
  Object.assign(figure.layout, {
    sliders: [{
      active, x: 0, len: 1, y: -0.12, yanchor: 'top', pad: { t: 30 },
      currentvalue: { prefix: options.prefix ?? '', visible: true },
      steps: steps.map((s) => ({ label: s.label, method: 'animate', args: go(s.label) })),
    }],
    height: options.height ?? 480,
    margin: { t: 60, r: 20, b: 150, l: 70 },
    legend: { orientation: 'h', y: -0.45 },
  });
  return displayable({ data: figure.data, layout: figure.layout, frames });
}
