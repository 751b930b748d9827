/**
 * The decision boundary of a 2-D classifier over its feature plane, the data on top.
 *
 * Binary: the predicted probability of class 1 as a heatmap and the line where it crosses the
 * threshold. Multi-class: each point of the plane coloured by its predicted class, and a boundary
 * line around every class's region, so the border between any two classes is drawn wherever
 * they meet (not only the border of class 0, as a single threshold line would give).
 */
import { FALLBACK_COLOURS } from './palette';
import { baseLayout, linspace, type FigureOptions } from './layout';
import type { PlotlyFigure, PlotlyTrace, Range } from './types';
import { displayable } from '../display/displayable';

/** Options of {@link decisionBoundary}. */
export interface DecisionBoundaryOptions extends FigureOptions {
  /** Range of the first feature; default: the data's, widened by 10%. */
  xRange?: Range;
  /** Range of the second feature; default: the data's, widened by 10%. */
  yRange?: Range;
  /** Grid points per axis. Default 80. */
  resolution?: number;
  /** Probability drawn as the boundary line (binary only). Default 0.5. */
  threshold?: number;
  /** Feature names for the axis titles. Default `['x₁', 'x₂']`. */
  features?: [string, string];
  /** Class names for the legend. Default `'class 0'`, `'class 1'`, ... */
  classNames?: string[];
}

function widen(values: number[]): Range {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo || 1) * 0.1;
  return [lo - pad, hi + pad];
}

const classColour = (k: number): string => FALLBACK_COLOURS[k % FALLBACK_COLOURS.length];

/** Binary: white at probability 0.5, the class colours at 0 and 1. */
const BINARY_SCALE: [number, string][] = [[0, classColour(0)], [0.5, '#ffffff'], [1, classColour(1)]];

/** Multi-class: a stepped scale, so class k's region is exactly class k's colour (no blends). */
function steppedScale(classCount: number): [number, string][] {
  return Array.from({ length: classCount }, (_, k): [number, string][] => [
    [k / classCount, classColour(k)], [(k + 1) / classCount, classColour(k)],
  ]).flat();
}

const boundaryLine = { color: '#000', width: 2 };

/** The line where the probability `z` crosses `threshold`. */
function thresholdContour(gx: number[], gy: number[], z: number[][], threshold: number): PlotlyTrace {
  return {
    type: 'contour', name: `boundary (${threshold})`, x: gx, y: gy, z, showscale: false, showlegend: false, hoverinfo: 'skip',
    contours: { coloring: 'none', start: threshold, end: threshold, size: 1 }, line: boundaryLine,
  };
}

/** The outline of class k's region: the 0.5 level of the indicator "predicted class = k". */
function regionContour(gx: number[], gy: number[], z: number[][], k: number): PlotlyTrace {
  return {
    type: 'contour', name: `boundary of class ${k}`, x: gx, y: gy, z: z.map((row) => row.map((c) => (c === k ? 1 : 0))),
    showscale: false, showlegend: false, hoverinfo: 'skip', contours: { coloring: 'none', start: 0.5, end: 0.5, size: 1 }, line: boundaryLine,
  };
}

/**
 * Predicted class (or probability) over the feature plane as a heatmap, the boundaries between the
 * predicted regions as black lines, and the labelled points.
 *
 * @param predict scores a batch of points `[x₁, x₂][]`, returning one number per point: the
 *   probability of class 1 (binary) or the predicted class index (multi-class, e.g. the argmax of
 *   the logits). One call for the whole grid, so a tfjs model runs one batch:
 *   `(pts) => tf.tidy(() => model.predict(tf.tensor2d(pts)).argMax(-1).dataSync())`.
 * @param points the data, `[x₁, x₂][]`; @param labels their classes (0, 1, ...).
 *   With more than two classes (in the labels, the predictions or `classNames`) the plot is
 *   multi-class: one boundary contour per class region; otherwise one contour at `threshold`.
 * @returns a figure: heatmap, boundary contour(s), then one scatter per class.
 */
export function decisionBoundary(
  predict: (points: [number, number][]) => ArrayLike<number>,
  points: [number, number][], labels: number[], options: DecisionBoundaryOptions = {},
): PlotlyFigure {
  if (points.length !== labels.length) {
    throw new Error(`decisionBoundary: points and labels must have the same length; got ${points.length} and ${labels.length}`);
  }
  const xRange = options.xRange ?? widen(points.map((p) => p[0]));
  const yRange = options.yRange ?? widen(points.map((p) => p[1]));
  const n = options.resolution ?? 80;
  const gx = linspace(xRange[0], xRange[1], n);
  const gy = linspace(yRange[0], yRange[1], n);
  const scores = Array.from(predict(gy.flatMap((y) => gx.map((x) => [x, y] as [number, number]))));
  if (scores.length !== n * n) throw new Error(`decisionBoundary: predict must return one score per point; got ${scores.length} for ${n * n}`);
  const z = gy.map((_, i) => scores.slice(i * n, (i + 1) * n));
  const classes = Array.from(new Set(labels)).sort((a, b) => a - b);
  const largest = [...labels, ...scores].reduce((max, c) => Math.max(max, Math.round(c)), 0);
  const classCount = Math.max(largest + 1, options.classNames?.length ?? 0);
  const multiClass = classCount > 2;
  const heatmap: PlotlyTrace = multiClass
    ? { type: 'heatmap', name: 'predicted class', x: gx, y: gy, z, colorscale: steppedScale(classCount), zmin: -0.5, zmax: classCount - 0.5, opacity: 0.35, showscale: false, showlegend: false }
    : { type: 'heatmap', name: 'prediction', x: gx, y: gy, z, colorscale: BINARY_SCALE, zmin: 0, zmax: 1, opacity: 0.45, showlegend: false, colorbar: { title: { text: 'P(class 1)' } } };
  const boundaries = multiClass
    ? Array.from({ length: classCount }, (_, k) => k).filter((k) => scores.includes(k)).map((k) => regionContour(gx, gy, z, k))
    : [thresholdContour(gx, gy, z, options.threshold ?? 0.5)];
  const scatters = classes.map((c): PlotlyTrace => {
    const mine = points.filter((_, i) => labels[i] === c);
    return {
      type: 'scatter', mode: 'markers', name: options.classNames?.[c] ?? `class ${c}`, x: mine.map((p) => p[0]), y: mine.map((p) => p[1]),
      marker: { color: classColour(c), size: 7, line: { color: '#fff', width: 1 } },
    };
  });
  const [f1, f2] = options.features ?? ['x₁', 'x₂'];
  const layout = baseLayout('Decision boundary', `feature ${f1}`, `feature ${f2}`, scatters.length + 1, options);
  return displayable({ data: [heatmap, ...boundaries, ...scatters], layout });
}
