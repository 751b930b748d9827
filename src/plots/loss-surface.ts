/** A loss over two parameters as a 3-D surface, with optimizer paths drawn on it. */
import { colourFor } from './palette';
import { axis, type FigureOptions } from './layout';
import { sampleGrid, valuesAlong } from './grid';
import type { Fn2D, PlotlyFigure, PlotlyTrace, Range, Trajectory } from './types';
import { displayable } from '../display/displayable';

/** Options shared by {@link lossSurface3d} and `lossContour`. */
export interface SurfaceOptions extends FigureOptions {
  /** Grid points per axis. Default 60. */
  resolution?: number;
  /** Names of the two parameters for the axis titles. Default `['w₁', 'w₂']`. */
  parameters?: [string, string];
  /** Plot `log10(1 + L)` instead of `L` (narrow valleys such as Rosenbrock's). Default false. */
  logZ?: boolean;
}

/** `L` or `log10(1 + L)`, as the options ask. */
export function zTransform(options: SurfaceOptions): (v: number) => number {
  return options.logZ ? (v) => Math.log10(1 + Math.max(v, 0)) : (v) => v;
}

/**
 * The loss surface `L(w₁, w₂)` in 3-D, with each trajectory as a line lifted onto it.
 *
 * @param loss `L(w₁, w₂)`, e.g. `(a, b) => a * a + 10 * b * b`.
 * @param xRange, yRange the parameter ranges drawn.
 * @param trajectories `{ name, points: [w₁, w₂][], values? }`; coloured by name.
 * @returns a figure: one `surface` trace, then one `scatter3d` per trajectory.
 */
export function lossSurface3d(
  loss: Fn2D, xRange: Range, yRange: Range, trajectories: Trajectory[] = [], options: SurfaceOptions = {},
): PlotlyFigure {
  const grid = sampleGrid(loss, xRange, yRange, options.resolution);
  const t = zTransform(options);
  const [p1, p2] = options.parameters ?? ['w₁', 'w₂'];
  const zTitle = options.logZ ? 'log₁₀(1 + loss)' : 'loss';
  const data: PlotlyTrace[] = [{
    type: 'surface', name: 'loss surface', x: grid.x, y: grid.y, z: grid.z.map((row) => row.map(t)),
    colorscale: 'Viridis', opacity: 0.85, showscale: false, showlegend: false,
  }];
  for (const path of trajectories) {
    const colour = colourFor(path.name);
    data.push({
      type: 'scatter3d', mode: 'lines+markers', name: path.name,
      x: path.points.map((p) => p[0]), y: path.points.map((p) => p[1]),
      z: valuesAlong(loss, path.points, path.values).map(t),
      line: { color: colour, width: 5 }, marker: { color: colour, size: 3 },
    });
  }
  return displayable({
    data,
    layout: {
      title: { text: options.title ?? 'Loss surface' },
      scene: {
        xaxis: axis(`parameter ${p1}`), yaxis: axis(`parameter ${p2}`), zaxis: axis(zTitle),
        camera: { eye: { x: 1.6, y: -1.6, z: 1.0 } },
      },
      showlegend: trajectories.length > 0,
      legend: { orientation: 'h', y: -0.05 },
      height: options.height ?? 520,
      margin: { t: 60, r: 10, b: 40, l: 10 },
    },
  });
}
