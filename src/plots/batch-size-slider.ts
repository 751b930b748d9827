/**
 * Batch size as a slider: the path of mini-batch gradient descent on the loss contours, one frame
 * per batch size, each labelled with how noisy its gradients are (lesson 03).
 */
import { FALLBACK_COLOURS } from './palette';
import { baseLayout, type FigureOptions } from './layout';
import { contourTrace } from './loss-contour';
import { activeIndex, frameSlider } from './slider';
import type { Fn2D, PlotlyFigure, PlotlyFrame, PlotlyTrace, Range } from './types';
import { displayable } from '../display/displayable';

/** One slider position: the batch size, the parameters visited, and optionally the gradient's spread. */
export interface BatchSizeRun {
  batchSize: number;
  points: [number, number][];
  /** Typical distance of a batch gradient from the full gradient (e.g. `descent.gradientNoise(...).spread`). */
  spread?: number;
}

/** Options of {@link batchSizeSlider}. */
export interface BatchSizeSliderOptions extends FigureOptions {
  /** Names of the two parameters (default `['b', 'w1']`). */
  parameters?: [string, string];
  /** Index of the run shown first (default 0). */
  active?: number;
  /** Contour grid points per side (default 60). */
  resolution?: number;
  /** Colour the contours by log10 of the loss (default true). */
  logZ?: boolean;
}

function runTrace(run: BatchSizeRun, name: string): PlotlyTrace {
  return {
    type: 'scatter', mode: 'lines+markers', name,
    x: run.points.map((p) => p[0]), y: run.points.map((p) => p[1]),
    line: { color: FALLBACK_COLOURS[1], width: 1 }, marker: { color: FALLBACK_COLOURS[1], size: 4 },
  };
}

function labelOf(run: BatchSizeRun): string {
  const count = run.points.length - 1;
  const steps = `${count} step${count === 1 ? '' : 's'}`;
  return run.spread === undefined ? `b = ${run.batchSize} (${steps})` : `b = ${run.batchSize} (${steps}; gradient noise ${+run.spread.toPrecision(3)})`;
}

/**
 * Mini-batch descent paths on the contours of `loss`, one per batch size; a slider picks the size.
 *
 * @param loss $L(\theta_1, \theta_2)$ over the whole dataset.
 * @param runs one per slider position, e.g. from `descent.train(..., { batchSize })`'s steps.
 * @returns 2 traces (the contours and the active run's path), one frame per run, named `b = ...`;
 *   the title follows the slider.
 * @example
 * display.show(plots.batchSizeSlider((b, w) => (b - 1) ** 2 + (w - 2) ** 2, [-1, 3], [-1, 4], runs));
 */
export function batchSizeSlider(loss: Fn2D, xRange: Range, yRange: Range, runs: BatchSizeRun[], options: BatchSizeSliderOptions = {}): PlotlyFigure {
  if (!Array.isArray(runs) || runs.length === 0 || runs.some((r) => !Number.isInteger(r.batchSize) || r.batchSize < 1 || !r.points?.length)) {
    throw new Error('batchSizeSlider: runs must be a non-empty array of { batchSize (an integer >= 1), points (at least one) }');
  }
  const active = activeIndex('batchSizeSlider', runs.length, options.active);
  const frames: PlotlyFrame[] = runs.map((run) => ({
    name: `b = ${run.batchSize}`, traces: [1], data: [runTrace(run, labelOf(run))],
    layout: { title: { text: `Batch size ${labelOf(run)}`, font: { size: 15 } } },
  }));
  const contour = contourTrace(loss, xRange, yRange, { resolution: options.resolution ?? 60, logZ: options.logZ ?? true });
  const data: PlotlyTrace[] = [contour, ...frames[active].data];
  const [p1, p2] = options.parameters ?? ['b', 'w1'];
  const layout = baseLayout(frames[active].layout?.title?.text ?? '', `parameter ${p1}`, `parameter ${p2}`, data.length, options);
  Object.assign(layout, {
    height: options.height ?? 580, margin: { t: 60, r: 20, b: 190, l: 70 }, legend: { orientation: 'h', y: -0.5 },
    sliders: frameSlider(frames, 'batch size: ', active),
  });
  (layout.xaxis as Record<string, unknown>).range = xRange;
  (layout.yaxis as Record<string, unknown>).range = yRange;
  return displayable({ data, layout, frames });
}
