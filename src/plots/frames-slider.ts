/**
 * A slider over precomputed Plotly frames: the figure carries every frame, and moving the slider
 * swaps the traces that change. No widget, no kernel: it works in Jupyter, in the exported site and
 * offline. Used by the figures whose knob a learner should turn (Huber's δ, focal loss's γ).
 */
import type { PlotlyFigure, PlotlyFrame, PlotlyLayout, PlotlyTrace } from './types';
import { displayable } from '../display/displayable';

/** One position of the slider: its label and the traces shown there. */
export interface SliderFrame {
  /** The slider's tick label, e.g. `'1.345'`; also the frame's name, so labels must differ. */
  label: string;
  /** The changing traces at this position; every frame has the same number of them. */
  data: PlotlyTrace[];
  /** A figure title for this position (shows the numbers of the frame). */
  title?: string;
}

/** Options of {@link framesSlider}. */
export interface FramesSliderOptions {
  /** Text before the current label, e.g. `'δ = '`. */
  prefix: string;
  /** Index of the frame shown first. Default 0. */
  active?: number;
}

/**
 * A figure with fixed traces, changing traces and a slider that steps through the frames.
 *
 * @param fixed traces that never change (the data points, reference lines), drawn first
 * @param frames one per slider position, each with the same number of changing traces
 * @param layout the figure's layout (title, axes); the slider is added below the plot. Plotly keeps
 *   the axes it computed for the first frame, so give fixed `range`s when the frames differ in extent.
 * @returns `{ data, layout, frames }`: `data` holds `fixed` then the active frame's traces
 * @example
 * plots.framesSlider([points], [{ label: '1', data: [line1] }, { label: '2', data: [line2] }], layout, { prefix: 'δ = ' });
 */
export function framesSlider(fixed: PlotlyTrace[], frames: SliderFrame[], layout: PlotlyLayout, options: FramesSliderOptions): PlotlyFigure {
  const name = 'framesSlider';
  if (frames.length === 0) throw new Error(`${name}: expected at least one frame; got none`);
  const width = frames[0].data.length;
  const uneven = frames.findIndex((f) => f.data.length !== width);
  if (uneven >= 0) {
    throw new Error(`${name}: every frame must have the same number of traces (${width}); frame ${uneven} ('${frames[uneven].label}') has ${frames[uneven].data.length}`);
  }
  const labels = frames.map((f) => f.label);
  const repeated = labels.find((label, i) => labels.indexOf(label) !== i);
  if (repeated !== undefined) throw new Error(`${name}: frame labels must differ; '${repeated}' appears twice`);
  const active = options.active ?? 0;
  if (!Number.isInteger(active) || active < 0 || active >= frames.length) {
    throw new Error(`${name}: active must be a frame index in [0, ${frames.length - 1}]; got ${active}`);
  }
  const traces = frames[0].data.map((_, i) => fixed.length + i);
  const plotlyFrames: PlotlyFrame[] = frames.map((f) => ({
    name: f.label, traces, data: f.data, ...(f.title === undefined ? {} : { layout: { title: { text: f.title } } }),
  }));
  const jump = (label: string) => [[label], { mode: 'immediate', frame: { duration: 0, redraw: true }, transition: { duration: 0 } }];
  const slider = {
    active, pad: { t: 50 }, currentvalue: { prefix: options.prefix, font: { size: 15 } },
    steps: labels.map((label) => ({ label, method: 'animate', args: jump(label) })),
  };
  const title = frames[active].title === undefined ? layout.title : { ...layout.title, text: frames[active].title as string };
  const margin = { ...(layout.margin as Record<string, unknown> | undefined), b: 170 };
  return displayable({
    data: [...fixed, ...frames[active].data],
    layout: { ...layout, ...(title === undefined ? {} : { title }), sliders: [slider], margin, height: Math.max(Number(layout.height ?? 420), 520) },
    frames: plotlyFrames,
  });
}
