/**
 * Contour lines as plain line traces (marching squares), for animated figures: Plotly drops
 * `contour` and `heatmap` traces from the picture while frames play (plotly.js #4491, #4596),
 * while line traces stay.
 */
import { linspace } from './layout';
import type { Grid } from './grid';
import type { PlotlyTrace } from './types';

/** Viridis from dark purple to green (its pale yellow end is left out: it vanishes on white). */
const LINE_COLOURS = ['#440154', '#482878', '#3e4989', '#31688e', '#26828e', '#1f9e89', '#35b779', '#6ece58'];

type Corner = [number, number, number]; // x, y, z

/** Where the level crosses each edge of one grid cell, in edge order (bottom, right, top, left). */
function crossings(corners: [Corner, Corner, Corner, Corner], level: number): Array<[number, number]> {
  const points: Array<[number, number]> = [];
  for (let k = 0; k < 4; k++) {
    const [a, b] = [corners[k], corners[(k + 1) % 4]];
    if ((a[2] < level) === (b[2] < level) || !Number.isFinite(a[2]) || !Number.isFinite(b[2])) continue;
    const s = (level - a[2]) / (b[2] - a[2]);
    points.push([a[0] + s * (b[0] - a[0]), a[1] + s * (b[1] - a[1])]);
  }
  return points;
}

/** The segments of one level across the grid, as x and y arrays with a `null` between segments. */
export function levelSegments(grid: Grid, level: number): { x: Array<number | null>; y: Array<number | null> } {
  const x: Array<number | null> = [];
  const y: Array<number | null> = [];
  for (let i = 0; i + 1 < grid.y.length; i++) {
    for (let j = 0; j + 1 < grid.x.length; j++) {
      const corner = (di: number, dj: number): Corner => [grid.x[j + dj], grid.y[i + di], grid.z[i + di][j + dj]];
      const points = crossings([corner(0, 0), corner(0, 1), corner(1, 1), corner(1, 0)], level);
      for (let k = 0; k + 1 < points.length; k += 2) {
        x.push(points[k][0], points[k + 1][0], null);
        y.push(points[k][1], points[k + 1][1], null);
      }
    }
  }
  return { x, y };
}

/**
 * `count` contour lines of a sampled function, evenly spaced between its smallest and largest
 * finite values, one line trace per level, dark for low values and green for high ones.
 */
export function contourLineTraces(grid: Grid, count = 20): PlotlyTrace[] {
  const finite = grid.z.flat().filter(Number.isFinite);
  if (!finite.length) throw new Error('contourLineTraces: the grid has no finite values');
  const [low, high] = [Math.min(...finite), Math.max(...finite)];
  if (!(high > low)) return [];
  const levels = linspace(low, high, count + 2).slice(1, -1);
  return levels.map((level, k) => ({
    type: 'scatter', mode: 'lines', name: '', showlegend: false, hoverinfo: 'skip', // unnamed: text summaries list the curves, not 20 levels
    ...levelSegments(grid, level),
    line: { color: LINE_COLOURS[Math.floor((k / levels.length) * LINE_COLOURS.length)], width: 1 }, opacity: 0.55,
  }));
}
