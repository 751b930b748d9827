/**
 * Focal loss's γ (lesson 05): the loss against the probability given to the true class for each γ,
 * on a slider, with cross-entropy (γ = 0) for reference and the share of cross-entropy that is kept.
 */
import { colourFor } from './palette';
import { axis, baseLayout, type FigureOptions } from './layout';
import { framesSlider, type SliderFrame } from './frames-slider';
import type { PlotlyFigure, PlotlyTrace } from './types';

/** A loss curve: values `y` at probabilities `x` of the true class. */
export interface ProbabilityCurve {
  x: number[];
  y: number[];
}

/** The focal loss for one γ, on the same probabilities as the cross-entropy curve. */
export interface FocalCurve extends ProbabilityCurve {
  gamma: number;
}

/** Options of {@link focalGammaSlider}. */
export interface FocalGammaSliderOptions extends FigureOptions {
  /** Index of the curve shown first. Default 0. */
  active?: number;
  /** Top of the loss axis. Default 3. */
  yMax?: number;
}

/**
 * A slider over focal loss's γ. Left axis: the focal loss and cross-entropy against $p_t$; right
 * axis: their ratio, the share of its cross-entropy an example keeps (with $\alpha$ off, $(1 - p_t)^\gamma$).
 *
 * @param curves one focal-loss curve per γ, each on the probabilities of `crossEntropy`
 * @param crossEntropy cross-entropy on the same probabilities (positive values)
 * @returns a figure with one frame per γ
 * @example
 * display.show(plots.focalGammaSlider(gammas.map((gamma) => ({ gamma, ...losses.lossShape(...) })), ce));
 */
export function focalGammaSlider(curves: FocalCurve[], crossEntropy: ProbabilityCurve, options: FocalGammaSliderOptions = {}): PlotlyFigure {
  const name = 'focalGammaSlider';
  if (curves.length === 0) throw new Error(`${name}: expected one curve per γ; got none`);
  const n = crossEntropy.x.length;
  if (n === 0 || crossEntropy.y.length !== n || crossEntropy.y.some((v) => !(v > 0))) {
    throw new Error(`${name}: crossEntropy needs as many positive values as probabilities; got ${crossEntropy.y.length} values for ${n} probabilities`);
  }
  const off = curves.find((c) => c.x.length !== n || c.y.length !== n || c.x.some((v, i) => Math.abs(v - crossEntropy.x[i]) > 1e-9));
  if (off !== undefined) throw new Error(`${name}: the curve for γ = ${off.gamma} is not on the probabilities of crossEntropy (${n} points)`);
  const colour = colourFor('binary_focal_crossentropy');
  const fixed: PlotlyTrace[] = [{
    type: 'scatter', mode: 'lines', name: 'cross-entropy (γ = 0)', x: crossEntropy.x, y: crossEntropy.y,
    line: { color: colourFor('binary_crossentropy'), dash: 'dash', width: 2 },
  }];
  const frames: SliderFrame[] = curves.map((c) => ({
    label: String(c.gamma),
    title: `Focal loss, γ = ${c.gamma}`,
    data: [
      { type: 'scatter', mode: 'lines', name: 'focal loss', x: c.x, y: c.y, line: { color: colour, width: 4 } },
      { type: 'scatter', mode: 'lines', name: 'share of cross-entropy kept (right axis)', x: c.x, y: c.y.map((v, i) => v / crossEntropy.y[i]), yaxis: 'y2', line: { color: colour, dash: 'dot', width: 2 } },
    ],
  }));
  const layout = baseLayout('Focal loss', 'p_t, the probability given to the true class', 'loss', 3, options);
  layout.yaxis = axis('loss', { range: [0, options.yMax ?? 3] });
  layout.yaxis2 = axis('share of cross-entropy kept', { overlaying: 'y', side: 'right', range: [0, 1.05], tickformat: '.0%', showgrid: false });
  layout.margin = { ...(layout.margin as Record<string, unknown>), r: 80 };
  layout.legend = { x: 0.98, xanchor: 'right', y: 0.98, yanchor: 'top', bgcolor: 'rgba(255, 255, 255, 0.7)' };
  return framesSlider(fixed, frames, layout, { prefix: 'γ = ', active: options.active });
}
