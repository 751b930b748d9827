/**
 * One knob, many runs: an optimizer's path on a 2-D loss for each value of a hyperparameter (the
 * learning rate, the momentum), with a slider over the precomputed runs. Works in Jupyter, on the
 * site and offline: no widget, only Plotly frames.
 */
import { colourFor } from './palette';
import { axis } from './layout';
import { sampleGrid } from './grid';
import { contourLineTraces } from './contour-lines';
import { zTransform } from './loss-surface';
import { playbackControls } from './playback';
import type { PlotlyFigure, PlotlyFrame, PlotlyTrace, Range } from './types';
import { displayable } from '../display/displayable';

/** The loss drawn under the paths (a `descent` test function fits). */
export interface SliderSurface {
  value(p: readonly number[]): number;
  readonly xRange: Range;
  readonly yRange: Range;
  readonly minima?: ReadonlyArray<readonly [number, number]>;
}

/** One run: the knob's value as a label, the points visited and the loss at each. */
export interface SliderRun {
  label: string;
  points: ReadonlyArray<readonly [number, number]>;
  values: readonly number[];
}

/** Options of {@link pathSlider}. */
export interface PathSliderOptions {
  /** The slider's prefix, e.g. `'η = '`. */
  prefix: string;
  title?: string;
  /** The run shown first. Default 0. */
  active?: number;
  /** Colour by an optimizer's course colour. Default `'momentum'`. */
  name?: string;
  /** Contours of `log10(1 + L)`. Default false. */
  logZ?: boolean;
  /** Pixel height. Default 720. */
  height?: number;
}

const finiteOrNull = (v: number) => (Number.isFinite(v) ? v : null);

function runTraces(run: SliderRun, colour: string): [PlotlyTrace, PlotlyTrace] {
  return [
    { type: 'scatter', mode: 'lines+markers', name: 'path', x: run.points.map((p) => finiteOrNull(p[0])), y: run.points.map((p) => finiteOrNull(p[1])), line: { color: colour, width: 2 }, marker: { color: colour, size: 4 } },
    { type: 'scatter', mode: 'lines', name: 'loss', xaxis: 'x2', yaxis: 'y2', x: run.values.map((_, i) => i), y: run.values.map((v) => (v > 0 ? finiteOrNull(v) : null)), line: { color: colour, width: 2 } },
  ];
}

/** What the frame's title says about a run: where it ended. */
function verdict(run: SliderRun): string {
  const last = run.values[run.values.length - 1];
  const text = !Number.isFinite(last) || last > 1e6 ? 'diverges' : `loss ${last.toExponential(1)}`;
  return `${run.values.length - 1} steps: ${text}`;
}

/**
 * The path of each run over the contours (top) and its loss per step on a log scale (bottom);
 * the slider picks the run.
 *
 * @param surface the loss, its plotting ranges and minima (e.g. `descent.illConditioned(20)`).
 * @param runs one per knob value, e.g. `{ label: '0.05', ...descent.runOptimizer(opt, valley) }`.
 * @returns a figure with contour lines, the minimum, the path and the loss curve; one frame per run.
 * @example
 * display.show(plots.pathSlider(valley, runs, { prefix: 'η = ', title: 'Learning rate on the valley' }));
 */
export function pathSlider(surface: SliderSurface, runs: SliderRun[], options: PathSliderOptions): PlotlyFigure {
  if (!Array.isArray(runs) || !runs.length || runs.some((r) => !r.points?.length || r.points.length !== r.values?.length)) {
    throw new Error('pathSlider: runs must be a non-empty array of { label, points, values } with one value per point');
  }
  const active = options.active ?? 0;
  if (!(Number.isInteger(active) && active >= 0 && active < runs.length)) throw new Error(`pathSlider: active must be an index of runs (0 to ${runs.length - 1}); got ${active}`);
  const grid = sampleGrid((x, y) => surface.value([x, y]), surface.xRange, surface.yRange, 60);
  const t = zTransform({ logZ: options.logZ });
  const contours = contourLineTraces({ ...grid, z: grid.z.map((row) => row.map(t)) }, 14);
  const minima = surface.minima ?? [];
  const star: PlotlyTrace = { type: 'scatter', mode: 'markers', name: 'minimum', x: minima.map((p) => p[0]), y: minima.map((p) => p[1]), marker: { symbol: 'star', size: 15, color: '#111' }, hoverinfo: 'skip' };
  const colour = colourFor(options.name ?? 'momentum');
  const fixed = [...contours, star];
  const frames: PlotlyFrame[] = runs.map((run, i) => ({
    name: `run ${i}`, traces: [fixed.length, fixed.length + 1], data: runTraces(run, colour),
    layout: { title: { text: `${options.title ?? 'Paths'}: ${verdict(run)}`, x: 0.01, xanchor: 'left' } },
  }));
  // One log range for every frame (Plotly keeps the first frame's range), so runs compare at a glance.
  const positive = runs.flatMap((r) => r.values.filter((v) => v > 0 && Number.isFinite(v)));
  const lossRange = [Math.log10(Math.min(...positive)) - 0.2, Math.log10(Math.min(Math.max(...positive), 1e8)) + 0.2];
  const layout = {
    title: { text: `${options.title ?? 'Paths'}: ${verdict(runs[active])}`, x: 0.01, xanchor: 'left' },
    showlegend: false, height: options.height ?? 720, margin: { t: 60, r: 20, b: 120, l: 70 },
    xaxis: axis('x', { range: surface.xRange }), yaxis: axis('y', { range: surface.yRange, domain: [0.42, 1] }),
    xaxis2: axis('step', { anchor: 'y2' }), yaxis2: axis('loss', { type: 'log', range: lossRange, domain: [0, 0.3], exponentformat: 'power', anchor: 'x2' }),
    ...playbackControls(frames.map((f) => f.name), { prefix: options.prefix, active, labels: runs.map((r) => r.label), plotHeight: (options.height ?? 720) - 180 }),
  };
  return displayable({ data: [...fixed, ...runTraces(runs[active], colour)], layout, frames });
}
