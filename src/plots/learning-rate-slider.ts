/**
 * The learning rate as a slider: gradient descent on a one-parameter loss, one frame per rate,
 * the steps on the bowl beside the loss per step (lesson 02: too small, right, too large, divergence).
 */
import { FALLBACK_COLOURS } from './palette';
import { axis, linspace, type FigureOptions } from './layout';
import { activeIndex, frameSlider } from './slider';
import type { Fn1D, PlotlyFigure, PlotlyFrame, PlotlyTrace, Range } from './types';
import { displayable } from '../display/displayable';

/** Options of {@link learningRateSlider}. */
export interface LearningRateSliderOptions extends FigureOptions {
  /** $w_0$ (default 0). */
  start?: number;
  /** Steps per run (default 10). */
  steps?: number;
  /** Parameter range drawn (default: the converging runs' span, widened). */
  range?: Range;
  /** $L''$, when known: the title then gives the factor $1 - \eta L''$ of one step at the chosen rate. */
  curvature?: number;
  /** Index of the rate shown first (default 0). */
  active?: number;
  /** Parameter symbol for the axis titles (default `'w'`). */
  parameter?: string;
}

/** $w_0, \dots, w_T$ of $w_{t+1} = w_t - \eta L'(w_t)$; stops early once the walk has left the floating-point range. */
export function descentSteps(derivative: Fn1D, start: number, learningRate: number, steps: number): number[] {
  const ws = [start];
  for (let t = 0; t < steps && Number.isFinite(ws[t]) && Math.abs(ws[t]) < 1e100; t++) {
    ws.push(ws[t] - learningRate * derivative(ws[t]));
  }
  return ws;
}

function label(learningRate: number): string {
  return `η = ${+learningRate.toPrecision(3)}`;
}

/** What one step does at this rate: the factor $1 - \eta L''$ when the curvature is known, else the rate alone. */
function caption(learningRate: number, curvature: number | undefined): string {
  if (curvature === undefined) return label(learningRate);
  const factor = 1 - learningRate * curvature;
  const verdict = factor > 0 ? 'creeps' : factor === 0 ? 'lands in one step' : factor > -1 ? 'bounces, converging' : factor === -1 ? 'bounces for ever' : 'diverges';
  return `${label(learningRate)}: each step multiplies the distance by 1 − ηL″ = ${+factor.toFixed(3)}: ${verdict}`;
}

function frameTraces(loss: Fn1D, ws: number[], name: string, colour: string): PlotlyTrace[] {
  const losses = ws.map(loss);
  return [
    { type: 'scatter', mode: 'lines+markers', name, x: ws, y: losses, line: { color: colour, width: 1.5, dash: 'dot' }, marker: { color: colour, size: 8 }, xaxis: 'x', yaxis: 'y' },
    { type: 'scatter', mode: 'lines+markers', name: `${name} (loss per step)`, showlegend: false, x: ws.map((_, t) => t), y: losses, line: { color: colour }, marker: { color: colour, size: 6 }, xaxis: 'x2', yaxis: 'y2' },
  ];
}

/**
 * Gradient descent on `loss` from the same start with each learning rate; a slider picks the rate.
 * Left: the bowl and the steps on it; right: the loss per step on a log scale (a rising line diverges).
 * The title follows the slider: the rate and, given the curvature, what one step does at it.
 *
 * @param loss $L(w)$, e.g. `(w) => (w - 3) ** 2`.
 * @param derivative $L'(w)$, e.g. `(w) => 2 * (w - 3)`.
 * @param learningRates the slider's positions, e.g. `[0.05, 0.5, 0.9, 1.05]`.
 * @returns 3 traces (the curve, then the steps and the loss per step of the active rate), one frame per rate.
 * @example
 * display.show(plots.learningRateSlider((w) => (w - 3) ** 2, (w) => 2 * (w - 3), [0.05, 0.5, 0.9, 1.05], { curvature: 2 }));
 */
export function learningRateSlider(loss: Fn1D, derivative: Fn1D, learningRates: number[], options: LearningRateSliderOptions = {}): PlotlyFigure {
  if (typeof loss !== 'function' || typeof derivative !== 'function') {
    throw new Error(`learningRateSlider: loss and derivative must be functions (w) => number; got ${typeof loss} and ${typeof derivative}`);
  }
  if (!Array.isArray(learningRates) || learningRates.length === 0 || !learningRates.every((r) => r > 0 && Number.isFinite(r))) {
    throw new Error(`learningRateSlider: learningRates must be a non-empty array of positive numbers; got ${JSON.stringify(learningRates)}`);
  }
  const active = activeIndex('learningRateSlider', learningRates.length, options.active);
  const runs = learningRates.map((rate) => descentSteps(derivative, options.start ?? 0, rate, options.steps ?? 10));
  const ceiling = 2 * loss(options.start ?? 0);
  const range = options.range ?? widened(runs.flat().filter((w) => Number.isFinite(w) && loss(w) <= ceiling));
  const curve = linspace(range[0], range[1], 200);
  const top = Math.max(...curve.map(loss));
  const frames: PlotlyFrame[] = runs.map((ws, i) => ({
    name: label(learningRates[i]), traces: [1, 2],
    data: frameTraces(loss, ws, label(learningRates[i]), FALLBACK_COLOURS[0]),
    layout: { title: { text: caption(learningRates[i], options.curvature), font: { size: 15 } } },
  }));
  const p = options.parameter ?? 'w';
  const data: PlotlyTrace[] = [
    { type: 'scatter', mode: 'lines', name: `loss L(${p})`, x: curve, y: curve.map(loss), line: { color: '#888', width: 2 }, xaxis: 'x', yaxis: 'y' },
    ...frames[active].data,
  ];
  const layout = {
    title: { text: options.title ?? caption(learningRates[active], options.curvature), font: { size: 15 } },
    xaxis: axis(`parameter ${p}`, { domain: [0, 0.55], range }),
    yaxis: axis(`loss L(${p})`, { range: [0, 1.05 * top] }),
    xaxis2: axis('step t', { domain: [0.65, 1], anchor: 'y2' }),
    yaxis2: axis(`L(${p}ₜ) (log scale)`, { type: 'log', anchor: 'x2', dtick: 1 }),
    showlegend: true, legend: { orientation: 'h', y: -0.55 },
    height: options.height ?? 540, margin: { t: 60, r: 20, b: 190, l: 70 },
    sliders: frameSlider(frames, 'learning rate ', active),
  };
  return displayable({ data, layout, frames });
}

function widened(values: number[]): Range {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = Math.max(0.5, (hi - lo) * 0.15);
  return [lo - pad, hi + pad];
}
