/**
 * The controls of an animated figure: a slider over precomputed frames, and optionally Play/Pause.
 *
 * Laid out in rows below the plot so nothing overlaps at any width: the Play/Pause buttons on their
 * own row at the left, then the slider over the full width with its current value at the right end.
 * Frames are drawn with `redraw: true`: Plotly's fast path (`redraw: false`) wipes contour traces
 * while it plays, so a figure with a contour would lose its map.
 */

/** Options of {@link playbackControls}. */
export interface PlaybackOptions {
  /** Text before the slider's current value, e.g. `'step '` or `'η = '`. */
  prefix: string;
  /** Milliseconds per frame when playing; omit for a slider without Play/Pause. */
  frameDuration?: number;
  /** The frame shown first. Default 0. */
  active?: number;
  /** The slider's tick labels; default the frame names. */
  labels?: string[];
  /** The plot area's height in pixels, to place the controls a fixed distance below it. Default 380. */
  plotHeight?: number;
}

/** Pixels below the plot area: the buttons' row, then the slider's. */
export const CONTROL_OFFSETS = { buttons: 45, slider: 90, sliderOnly: 60, end: 175 } as const;

type AnimateArgs = [Array<string | null> | null, Record<string, unknown>];

function animate(frames: Array<string | null> | null, ms: number): AnimateArgs {
  return [frames, { mode: 'immediate', fromcurrent: true, frame: { duration: ms, redraw: true }, transition: { duration: 0 } }];
}

/**
 * `{ updatemenus, sliders }` to spread over a layout whose bottom margin leaves `CONTROL_OFFSETS.end`
 * pixels for them.
 *
 * @param frameNames the names of the figure's frames, in order.
 */
export function playbackControls(frameNames: string[], options: PlaybackOptions): Record<string, unknown> {
  const labels = options.labels ?? frameNames;
  const hasPlay = options.frameDuration !== undefined;
  const below = (pixels: number) => -pixels / (options.plotHeight ?? 380);
  const slider = {
    active: options.active ?? 0, x: 0, len: 1, xanchor: 'left', y: below(hasPlay ? CONTROL_OFFSETS.slider : CONTROL_OFFSETS.sliderOnly), yanchor: 'top',
    pad: { t: 10, b: 0 },
    currentvalue: { prefix: options.prefix, xanchor: 'right', font: { size: 14 } },
    steps: frameNames.map((name, i) => ({ label: labels[i], method: 'animate', args: animate([name], 0) })),
  };
  if (!hasPlay) return { sliders: [slider] };
  return {
    sliders: [slider],
    updatemenus: [{
      type: 'buttons', direction: 'left', showactive: false, x: 0, xanchor: 'left', y: below(CONTROL_OFFSETS.buttons), yanchor: 'top',
      pad: { t: 0, r: 10 },
      buttons: [
        { label: '▶ Play', method: 'animate', args: animate(null, options.frameDuration!) },
        { label: '❚❚ Pause', method: 'animate', args: [[null], { mode: 'immediate', frame: { duration: 0, redraw: false }, transition: { duration: 0 } }] },
      ],
    }],
  };
}
