/** An animated race of optimizers on a 2-D test function: Plotly frames, play/pause, step slider. */
import { colourFor } from './palette';
import { baseLayout } from './layout';
import { sampleGrid } from './grid';
import { contourLineTraces } from './contour-lines';
import { zTransform } from './loss-surface';
import { CONTROL_OFFSETS, playbackControls } from './playback';
import type { SurfaceOptions } from './loss-surface';
import type { Fn2D, PlotlyFigure, PlotlyFrame, PlotlyTrace, Range, Trajectory } from './types';
import { displayable } from '../display/displayable';

/** Options of {@link optimizerRace}. */
export interface OptimizerRaceOptions extends SurfaceOptions {
  /** Most frames drawn; longer races are sampled evenly (the last step always shown). Default 100. */
  maxFrames?: number;
  /** Milliseconds per frame when playing. Default 60. */
  frameDuration?: number;
  /** Points marked with a star, e.g. the function's minima `[[1, 1]]`. Default none. */
  minima?: ReadonlyArray<readonly [number, number]>;
}

/** The steps shown as frames: every step, or an even sample ending at the last one. */
export function frameSteps(stepCount: number, maxFrames: number): number[] {
  if (stepCount <= maxFrames) return Array.from({ length: stepCount }, (_, i) => i);
  const stride = (stepCount - 1) / (maxFrames - 1);
  return Array.from({ length: maxFrames }, (_, i) => Math.round(i * stride));
}

/** The trail (path so far) and head (current point) of one optimizer at `step`. */
function racer(path: Trajectory, step: number): [PlotlyTrace, PlotlyTrace] {
  const upto = path.points.slice(0, Math.min(step, path.points.length - 1) + 1);
  const head = upto[upto.length - 1];
  const colour = colourFor(path.name);
  return [
    { type: 'scatter', mode: 'lines', name: path.name, legendgroup: path.name, x: upto.map((p) => p[0]), y: upto.map((p) => p[1]), line: { color: colour, width: 1.4 }, opacity: 0.6 },
    { type: 'scatter', mode: 'markers', name: `${path.name} (now)`, legendgroup: path.name, showlegend: false, x: [head[0]], y: [head[1]], marker: { color: colour, size: 13, line: { color: '#fff', width: 1.5 } } },
  ];
}

/** A star on each marked point (the minimum), drawn under the racers. */
function minimumTrace(minima: ReadonlyArray<readonly [number, number]>): PlotlyTrace {
  return {
    type: 'scatter', mode: 'markers', name: 'minimum', x: minima.map((p) => p[0]), y: minima.map((p) => p[1]),
    marker: { symbol: 'star', size: 16, color: '#111', line: { color: '#fff', width: 1 } }, hoverinfo: 'x+y+name',
  };
}

/** Rows of legend entries on a phone-wide figure, for the bottom margin (entries are about 7 px a character). */
function legendRows(names: string[], width = 340): number {
  const total = names.reduce((sum, name) => sum + 50 + 7 * name.length, 0);
  return Math.max(1, Math.ceil(total / width));
}

/**
 * Title at the left (clear of Plotly's toolbar at the right); below the plot, the Play/Pause row, the
 * slider, then the legend, each a fixed number of pixels down, so nothing overlaps at any width.
 */
function raceLayout(title: string, subtitle: string, parameters: [string, string], ranges: [Range, Range], names: string[], options: OptimizerRaceOptions): Record<string, unknown> {
  const layout = baseLayout(title, `parameter ${parameters[0]}`, `parameter ${parameters[1]}`, 2, options);
  Object.assign(layout.title as Record<string, unknown>, { x: 0.01, xanchor: 'left', subtitle: { text: subtitle } });
  (layout.xaxis as Record<string, unknown>).range = ranges[0];
  (layout.yaxis as Record<string, unknown>).range = ranges[1];
  const bottom = CONTROL_OFFSETS.end + 30 + 26 * legendRows(names);
  const height = options.height ?? 520 + bottom;
  const plotHeight = height - 80 - bottom;
  return Object.assign(layout, {
    height, autosize: true, margin: { t: 80, r: 20, b: bottom, l: 70 },
    legend: { orientation: 'h', x: 0, xanchor: 'left', y: -(CONTROL_OFFSETS.end + 10) / plotHeight, yanchor: 'top' },
    _plotHeight: plotHeight,
  });
}

/**
 * Optimizers racing on the same function: contour lines, each optimizer's trail and a moving
 * head, one frame per step; Play/Pause and a step slider below the plot.
 *
 * @param loss the test function, e.g. Rosenbrock `(x, y) => (1 - x) ** 2 + 100 * (y - x * x) ** 2`.
 * @param trajectories one per optimizer, `{ name: 'adam', points: [[x0, y0], ...] }`.
 * @returns a figure with the contour, the minimum's star (when `minima` is given) and a trail and a
 *   head per optimizer; one frame per shown step, which replaces only the trails and heads.
 * @example
 * display.show(plots.optimizerRace(f, [-2, 2], [-1, 3], runs, { logZ: true, minima: [[1, 1]] }));
 */
export function optimizerRace(
  loss: Fn2D, xRange: Range, yRange: Range, trajectories: Trajectory[], options: OptimizerRaceOptions = {},
): PlotlyFigure {
  if (!trajectories.length || trajectories.some((t) => !t.points?.length)) {
    throw new Error('optimizerRace: trajectories must be a non-empty array of { name, points } with at least one point each');
  }
  const longest = Math.max(...trajectories.map((t) => t.points.length));
  const steps = frameSteps(longest, options.maxFrames ?? 100);
  const grid = sampleGrid(loss, xRange, yRange, options.resolution);
  const t = zTransform(options);
  // Contours as line traces: Plotly hides a `contour` trace while frames play.
  const contours = contourLineTraces({ ...grid, z: grid.z.map((row) => row.map(t)) });
  const fixed: PlotlyTrace[] = options.minima?.length ? [...contours, minimumTrace(options.minima)] : contours;
  const traceIndices = trajectories.flatMap((_, i) => [fixed.length + 2 * i, fixed.length + 2 * i + 1]);
  const frames: PlotlyFrame[] = steps.map((step) => ({
    name: String(step), traces: traceIndices, data: trajectories.flatMap((t) => racer(t, step)),
  }));
  const data: PlotlyTrace[] = [...fixed, ...trajectories.flatMap((t) => racer(t, 0))];
  const shading = options.logZ ? 'contours of log₁₀(1 + loss)' : 'contours of the loss';
  const names = ['minimum', ...trajectories.map((t) => t.name)];
  const { _plotHeight: plotHeight, ...layout } = raceLayout(options.title ?? 'Optimizer race', shading, options.parameters ?? ['w₁', 'w₂'], [xRange, yRange], names, options);
  Object.assign(layout, playbackControls(frames.map((f) => f.name), { prefix: 'step ', frameDuration: options.frameDuration ?? 60, plotHeight: plotHeight as number }));
  return displayable({ data, layout, frames });
}
