/** An animated race of optimizers on a 2-D test function: Plotly frames, play/pause, step slider. */
import { colourFor } from './palette';
import { baseLayout } from './layout';
import { contourTrace } from './loss-contour';
import type { SurfaceOptions } from './loss-surface';
import type { Fn2D, PlotlyFigure, PlotlyFrame, PlotlyTrace, Range, Trajectory } from './types';
import { displayable } from '../display/displayable';

/** Options of {@link optimizerRace}. */
export interface OptimizerRaceOptions extends SurfaceOptions {
  /** Most frames drawn; longer races are sampled evenly (the last step always shown). Default 100. */
  maxFrames?: number;
  /** Milliseconds per frame when playing. Default 60. */
  frameDuration?: number;
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
    { type: 'scatter', mode: 'lines', name: path.name, legendgroup: path.name, x: upto.map((p) => p[0]), y: upto.map((p) => p[1]), line: { color: colour, width: 2 } },
    { type: 'scatter', mode: 'markers', name: `${path.name} (now)`, legendgroup: path.name, showlegend: false, x: [head[0]], y: [head[1]], marker: { color: colour, size: 11, line: { color: '#fff', width: 1 } } },
  ];
}

function controls(names: string[], duration: number): Record<string, unknown> {
  const animate = (frames: (string | null)[] | null, ms: number) => [frames, { mode: 'immediate', fromcurrent: true, frame: { duration: ms, redraw: false }, transition: { duration: 0 } }];
  return {
    updatemenus: [{
      type: 'buttons', direction: 'left', showactive: false, x: 0, y: -0.12, xanchor: 'left', yanchor: 'top',
      buttons: [
        { label: '▶ Play', method: 'animate', args: animate(null, duration) },
        { label: '❚❚ Pause', method: 'animate', args: animate([null], 0) },
      ],
    }],
    sliders: [{
      active: 0, x: 0.2, len: 0.8, y: -0.08, yanchor: 'top', currentvalue: { prefix: 'step ' },
      steps: names.map((name) => ({ label: name, method: 'animate', args: animate([name], 0) })),
    }],
  };
}

/**
 * Optimizers racing on the same function: contour lines, each optimizer's trail and a moving
 * head, one frame per step.
 *
 * @param loss the test function, e.g. Rosenbrock `(x, y) => (1 - x) ** 2 + 100 * (y - x * x) ** 2`.
 * @param trajectories one per optimizer, `{ name: 'adam', points: [[x0, y0], ...] }`.
 * @returns a figure with `1 + 2 * trajectories.length` traces and one frame per shown step.
 */
export function optimizerRace(
  loss: Fn2D, xRange: Range, yRange: Range, trajectories: Trajectory[], options: OptimizerRaceOptions = {},
): PlotlyFigure {
  if (!trajectories.length || trajectories.some((t) => !t.points?.length)) {
    throw new Error('optimizerRace: trajectories must be a non-empty array of { name, points } with at least one point each');
  }
  const longest = Math.max(...trajectories.map((t) => t.points.length));
  const steps = frameSteps(longest, options.maxFrames ?? 100);
  const traceIndices = trajectories.flatMap((_, i) => [1 + 2 * i, 2 + 2 * i]);
  const frames: PlotlyFrame[] = steps.map((step) => ({
    name: String(step), traces: traceIndices, data: trajectories.flatMap((t) => racer(t, step)),
  }));
  const data: PlotlyTrace[] = [contourTrace(loss, xRange, yRange, options), ...trajectories.flatMap((t) => racer(t, 0))];
  const [p1, p2] = options.parameters ?? ['w₁', 'w₂'];
  const layout = baseLayout('Optimizer race', `parameter ${p1}`, `parameter ${p2}`, trajectories.length + 1, options);
  Object.assign(layout, controls(frames.map((f) => f.name), options.frameDuration ?? 60), {
    height: options.height ?? 560, margin: { t: 60, r: 20, b: 150, l: 70 }, legend: { orientation: 'h', y: -0.35 },
  });
  (layout.xaxis as Record<string, unknown>).range = xRange;
  (layout.yaxis as Record<string, unknown>).range = yRange;
  return displayable({ data, layout, frames });
}
