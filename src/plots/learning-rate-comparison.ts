/** The same bowl descended with several learning rates, side by side (too small, good, too large). */
import { FALLBACK_COLOURS } from './palette';
import { axis, type FigureOptions } from './layout';
import { bowlTraces, rangeAround } from './loss-bowl';
import type { Fn1D, PlotlyFigure, PlotlyTrace, Range } from './types';
import { displayable } from '../display/displayable';

/** One run: a label such as `'too small (η = 0.01)'` and the parameter after each step. */
export interface LearningRateRun {
  label: string;
  steps: number[];
}

/** Options of {@link learningRateComparison}. */
export interface LearningRateComparisonOptions extends FigureOptions {
  /** Parameter range shared by all panels; default covers every run's steps. */
  range?: Range;
  /** Parameter symbol for the axis titles. Default `'w'`. */
  parameter?: string;
}

/**
 * One panel per run, all on the same loss curve and the same axes ranges, so the step sizes
 * compare at a glance.
 *
 * @param loss `L(w)`.
 * @param runs e.g. `[{ label: 'too small', steps }, { label: 'good', steps }, { label: 'too large', steps }]`.
 * @returns a figure with `2 * runs.length` traces on a `1 x runs.length` grid of subplots.
 */
export function learningRateComparison(loss: Fn1D, runs: LearningRateRun[], options: LearningRateComparisonOptions = {}): PlotlyFigure {
  if (!Array.isArray(runs) || runs.length === 0) {
    throw new Error(`learningRateComparison: runs must be a non-empty array of { label, steps }; got ${JSON.stringify(runs)}`);
  }
  const range = rangeAround(options.range ? [] : runs.flatMap((r) => r.steps).filter((w) => Math.abs(w) < 1e6), options.range);
  const p = options.parameter ?? 'w';
  const data: PlotlyTrace[] = [];
  const layout: Record<string, unknown> = {
    title: { text: options.title ?? 'Learning rate: too small, good, too large' },
    grid: { rows: 1, columns: runs.length, pattern: 'independent' },
    showlegend: true,
    legend: { orientation: 'h', y: -0.25 },
    height: options.height ?? 420,
    margin: { t: 90, r: 20, b: 90, l: 70 },
    annotations: [] as Record<string, unknown>[],
  };
  runs.forEach((run, i) => {
    const n = i === 0 ? '' : String(i + 1);
    data.push(...bowlTraces(loss, run.steps, range, run.label, FALLBACK_COLOURS[i % FALLBACK_COLOURS.length], n));
    layout[`xaxis${n}`] = axis(`parameter ${p}`, { range });
    layout[`yaxis${n}`] = i === 0 ? axis(`loss L(${p})`) : axis('', { matches: 'y' });
    (layout.annotations as Record<string, unknown>[]).push({
      text: run.label, showarrow: false, xref: `x${n} domain`, yref: `y${n} domain`, x: 0.5, y: 1.12, font: { size: 13 },
    });
  });
  return displayable({ data, layout: layout as PlotlyFigure['layout'] });
}
