/**
 * Huber's δ against outliers (lesson 04): the line fitted with Huber's loss for each δ, on a slider,
 * with the band |e| ≤ δ around it (inside, an error is squared; outside, it only counts linearly).
 */
import { colourFor } from './palette';
import { regressionFit, type FittedLine, type RegressionFitOptions } from './regression-fit';
import { framesSlider, type SliderFrame } from './frames-slider';
import type { PlotlyFigure, PlotlyTrace } from './types';
import { displayable } from '../display/displayable';

/** The line Huber's loss fitted for one δ. */
export interface HuberFit {
  delta: number;
  b: number;
  w1: number;
}

/** Options of {@link huberDeltaSlider}. */
export interface HuberDeltaSliderOptions extends RegressionFitOptions {
  /** Fixed lines to compare with, e.g. the MSE and MAE fits (drawn dashed). */
  references?: FittedLine[];
  /** Index of the fit shown first. Default 0. */
  active?: number;
}

/** The fitted line and the band of half-width δ around it, across [xMin, xMax]. */
function huberTraces(fit: HuberFit, xMin: number, xMax: number): PlotlyTrace[] {
  const at = (x: number) => fit.b + fit.w1 * x;
  const colour = colourFor('huber');
  return [
    {
      type: 'scatter', mode: 'lines', name: `|error| ≤ δ (squared inside, linear outside)`, hoverinfo: 'skip',
      x: [xMin, xMax, xMax, xMin, xMin], y: [at(xMin) - fit.delta, at(xMax) - fit.delta, at(xMax) + fit.delta, at(xMin) + fit.delta, at(xMin) - fit.delta],
      fill: 'toself', fillcolor: 'rgba(128, 128, 128, 0.15)', line: { width: 0, color: colour },
    },
    {
      type: 'scatter', mode: 'lines', name: 'Huber fit', x: [xMin, xMax], y: [at(xMin), at(xMax)], line: { color: colour, width: 4 },
    },
  ];
}

/**
 * A slider over Huber's δ: for each δ the line that Huber's loss fitted to the same points.
 *
 * @param x one feature per example; `y` the targets (same length)
 * @param fits one fitted line per δ, in slider order (e.g. δ from small to large)
 * @param options `references` (fixed comparison lines), `highlight` (mark the outliers), `active`, `title`
 * @returns a figure with one frame per δ
 * @example
 * display.show(plots.huberDeltaSlider(xs, ys, fits, { references: [mseLine, maeLine], highlight: { name: 'outliers', mask } }));
 */
export function huberDeltaSlider(x: number[], y: number[], fits: HuberFit[], options: HuberDeltaSliderOptions = {}): PlotlyFigure {
  if (fits.length === 0) throw new Error('huberDeltaSlider: expected one fit per δ; got none');
  const bad = fits.find((f) => !(f.delta > 0) || !Number.isFinite(f.b) || !Number.isFinite(f.w1));
  if (bad !== undefined) {
    throw new Error(`huberDeltaSlider: each fit needs δ > 0 and finite b and w1; got δ = ${bad.delta}, b = ${bad.b}, w1 = ${bad.w1}`);
  }
  const references = (options.references ?? []).map((line) => ({ ...line, dash: line.dash ?? 'dash' }));
  const base = regressionFit(x, y, references, { ...options, title: options.title ?? "Huber's δ against outliers" });
  const [xMin, xMax] = [Math.min(...x), Math.max(...x)];
  const frames: SliderFrame[] = fits.map((fit) => ({
    label: String(fit.delta),
    data: huberTraces(fit, xMin, xMax),
    title: `Huber, δ = ${fit.delta}: y' = ${fit.b.toFixed(2)} + ${fit.w1.toFixed(2)}·x`,
  }));
  const figure = framesSlider(base.data, frames, base.layout, { prefix: 'δ = ', active: options.active });
  // Fixed axes: Plotly does not rescale when a frame is shown, and a wide band should not move the view.
  const padded = (values: number[]): [number, number] => {
    const [low, high] = [Math.min(...values), Math.max(...values)];
    const pad = 0.05 * (high - low || 1);
    return [low - pad, high + pad];
  };
  figure.layout.xaxis = { ...(figure.layout.xaxis as Record<string, unknown>), range: padded(x) };
  figure.layout.yaxis = { ...(figure.layout.yaxis as Record<string, unknown>), range: padded(y) };
  figure.layout.legend = { orientation: 'v', x: 1.02, y: 1 };
  figure.layout.showlegend = true;
  return displayable(figure);
}
