/** A confusion matrix as an annotated heatmap: true class down, predicted class across. */
import { baseLayout, type FigureOptions } from './layout';
import type { PlotlyFigure } from './types';
import { displayable } from '../display/displayable';

/** Options of {@link confusionMatrix}. */
export interface ConfusionMatrixOptions extends FigureOptions {
  /** Class names; default `'0'`, `'1'`, ... */
  labels?: string[];
  /** Show each row as fractions of its true class (recall per class). Default false. */
  normalise?: boolean;
}

/**
 * Count `counts[t][p]` = number of samples of true class `t` predicted as `p`.
 * @param yTrue, yPred class indices, same length. @param classCount default: 1 + the largest index.
 */
export function confusionCounts(yTrue: number[], yPred: number[], classCount?: number): number[][] {
  if (yTrue.length !== yPred.length) {
    throw new Error(`confusionCounts: yTrue and yPred must have the same length; got ${yTrue.length} and ${yPred.length}`);
  }
  const k = classCount ?? 1 + Math.max(0, ...yTrue, ...yPred);
  const counts = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  yTrue.forEach((t, i) => { counts[t][yPred[i]] += 1; });
  return counts;
}

/**
 * The confusion matrix as a heatmap with the count (or fraction) written in each cell.
 *
 * @param counts `counts[t][p]`, e.g. from {@link confusionCounts}.
 * @returns a figure with one `heatmap` trace; the first row (true class 0) is at the top.
 */
export function confusionMatrix(counts: number[][], options: ConfusionMatrixOptions = {}): PlotlyFigure {
  const k = counts.length;
  if (k === 0 || counts.some((row) => row.length !== k)) {
    throw new Error(`confusionMatrix: counts must be a square k x k array; got ${JSON.stringify(counts.map((r) => r.length))}`);
  }
  const labels = options.labels ?? counts.map((_, i) => String(i));
  const z = options.normalise
    ? counts.map((row) => { const total = row.reduce((a, b) => a + b, 0) || 1; return row.map((v) => v / total); })
    : counts;
  const text = z.map((row) => row.map((v) => (options.normalise ? v.toFixed(2) : String(v))));
  const layout = baseLayout('Confusion matrix', 'predicted class', 'true class', 1, options);
  (layout.yaxis as Record<string, unknown>).autorange = 'reversed';
  (layout.xaxis as Record<string, unknown>).side = 'bottom';
  return displayable({
    data: [{
      type: 'heatmap', name: 'confusion', x: labels, y: labels, z, text, texttemplate: '%{text}', colorscale: 'Blues', reversescale: true,
      hovertemplate: 'true %{y}, predicted %{x}: %{text}<extra></extra>',
      colorbar: { title: { text: options.normalise ? 'fraction of true class' : 'samples' } },
    }],
    layout,
  });
}
