/** A loss over two parameters as contour lines, with one or several optimizer paths on it. */
import { colourFor } from './palette';
import { baseLayout } from './layout';
import { sampleGrid } from './grid';
import { zTransform, type SurfaceOptions } from './loss-surface';
import type { Fn2D, PlotlyFigure, PlotlyTrace, Range, Trajectory } from './types';
import { displayable } from '../display/displayable';

/** The contour trace of `loss` over the ranges. */
export function contourTrace(loss: Fn2D, xRange: Range, yRange: Range, options: SurfaceOptions): PlotlyTrace {
  const grid = sampleGrid(loss, xRange, yRange, options.resolution);
  const t = zTransform(options);
  return {
    type: 'contour', name: 'loss', x: grid.x, y: grid.y, z: grid.z.map((row) => row.map(t)),
    colorscale: 'Viridis', reversescale: false, ncontours: 25, showscale: true, showlegend: false,
    contours: { coloring: 'lines' }, line: { width: 1 },
    colorbar: { title: { text: options.logZ ? 'log₁₀(1 + loss)' : 'loss' } },
  };
}

/** A trajectory as a line with markers, coloured by its name. */
export function pathTrace(path: Trajectory): PlotlyTrace {
  const colour = colourFor(path.name);
  return {
    type: 'scatter', mode: 'lines+markers', name: path.name,
    x: path.points.map((p) => p[0]), y: path.points.map((p) => p[1]),
    line: { color: colour, width: 2 }, marker: { color: colour, size: 4 },
  };
}

/**
 * Contours of `L(w₁, w₂)` with each trajectory drawn over them (start to end).
 *
 * @returns a figure: one `contour` trace, then one `scatter` per trajectory.
 * @example
 * display.show(plots.lossContour(rosenbrock, [-2, 2], [-1, 3], [{ name: 'adam', points }], { logZ: true }));
 */
export function lossContour(
  loss: Fn2D, xRange: Range, yRange: Range, trajectories: Trajectory[] = [], options: SurfaceOptions = {},
): PlotlyFigure {
  const data: PlotlyTrace[] = [contourTrace(loss, xRange, yRange, options), ...trajectories.map(pathTrace)];
  const [p1, p2] = options.parameters ?? ['w₁', 'w₂'];
  const layout = baseLayout('Loss contours and optimizer paths', `parameter ${p1}`, `parameter ${p2}`, data.length, options);
  layout.showlegend = trajectories.length > 0;
  (layout.xaxis as Record<string, unknown>).range = xRange;
  (layout.yaxis as Record<string, unknown>).range = yRange;
  return displayable({ data, layout });
}
