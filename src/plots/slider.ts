/**
 * A Plotly slider over precomputed frames: one frame per value of a knob (a learning rate, a batch
 * size). Moving the slider swaps the frame in; nothing is computed in the browser, so the figure
 * works in Jupyter, on the exported site and offline, without a widget extension.
 */
import type { PlotlyFrame } from './types';

/**
 * The `sliders` entry of a layout whose steps animate to the frames named in `frames`.
 *
 * @param frames the figure's frames, in slider order.
 * @param prefix the text before the current value, e.g. `'learning rate '`.
 * @param active index of the frame drawn first (the figure's `data` must be that frame).
 */
export function frameSlider(frames: readonly PlotlyFrame[], prefix: string, active: number): Record<string, unknown>[] {
  const jump = (name: string) => [[name], { mode: 'immediate', frame: { duration: 0, redraw: true }, transition: { duration: 0 } }];
  return [{
    active, x: 0.05, len: 0.9, y: -0.16, yanchor: 'top', pad: { t: 10 },
    currentvalue: { prefix, font: { size: 14 } },
    steps: frames.map((frame) => ({ label: frame.name, method: 'animate', args: jump(frame.name) })),
  }];
}

/** The index of the slider's first position: `active` when given and valid, else 0. */
export function activeIndex(where: string, count: number, active: number | undefined): number {
  if (active === undefined) return 0;
  if (!Number.isInteger(active) || active < 0 || active >= count) {
    throw new Error(`${where}: active must be an integer from 0 to ${count - 1}; got ${active}`);
  }
  return active;
}
