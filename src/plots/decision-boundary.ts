/** The decision boundary of a 2-D classifier: its predicted probability as a heatmap, the data on top. */
import { FALLBACK_COLOURS } from './palette';
import { baseLayout, linspace, type FigureOptions } from './layout';
import type { PlotlyFigure, PlotlyTrace, Range } from './types';

/** Options of {@link decisionBoundary}. */
export interface DecisionBoundaryOptions extends FigureOptions {
  /** Range of the first feature; default: the data's, widened by 10%. */
  xRange?: Range;
  /** Range of the second feature; default: the data's, widened by 10%. */
  yRange?: Range;
  /** Grid points per axis. Default 80. */
  resolution?: number;
  /** Probability drawn as the boundary line (binary). Default 0.5. */
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

/** The heatmap's colours run between the class colours, so a region takes its class's colour. */
function classScale(classCount: number): [number, string][] {
  if (classCount <= 2) return [[0, FALLBACK_COLOURS[0]], [0.5, '#ffffff'], [1, FALLBACK_COLOURS[1]]];
  return Array.from({ length: classCount }, (_, k) => [k / (classCount - 1), FALLBACK_COLOURS[k % FALLBACK_COLOURS.length]]);
}

/**
 * Predicted score over the feature plane (heatmap), the boundary where it crosses `threshold`
 * (contour line), and the labelled points.
 *
 * @param predict scores a batch of points `[x₁, x₂][]`, returning one number per point: the
 *   probability of class 1 (binary) or the predicted class index (multiclass). One call for the
 *   whole grid, so a tfjs model runs one batch: `(pts) => model.predict(tf.tensor2d(pts)).dataSync()`.
 * @param points the data, `[x₁, x₂][]`; @param labels their classes (0, 1, ...).
 * @returns a figure: heatmap, boundary contour, then one scatter per class.
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
  const threshold = options.threshold ?? 0.5;
  const classes = Array.from(new Set(labels)).sort((a, b) => a - b);
  const data: PlotlyTrace[] = [
    {
      type: 'heatmap', name: 'prediction', x: gx, y: gy, z, colorscale: classScale(classes.length), opacity: 0.45, showlegend: false,
      zmin: 0, zmax: Math.max(1, classes.length - 1), colorbar: { title: { text: classes.length > 2 ? 'predicted class' : 'P(class 1)' } },
    },
    { type: 'contour', name: `boundary (${threshold})`, x: gx, y: gy, z, showscale: false, showlegend: false, contours: { coloring: 'none', start: threshold, end: threshold, size: 1 }, line: { color: '#000', width: 2 } },
    ...classes.map((c, k): PlotlyTrace => {
      const mine = points.filter((_, i) => labels[i] === c);
      return {
        type: 'scatter', mode: 'markers', name: options.classNames?.[c] ?? `class ${c}`, x: mine.map((p) => p[0]), y: mine.map((p) => p[1]),
        marker: { color: FALLBACK_COLOURS[k % FALLBACK_COLOURS.length], size: 7, line: { color: '#fff', width: 1 } },
      };
    }),
  ];
  const [f1, f2] = options.features ?? ['x₁', 'x₂'];
  const layout = baseLayout('Decision boundary', `feature ${f1}`, `feature ${f2}`, classes.length + 1, options);
  return { data, layout };
}
