/** Hyperparameter search results: one hyperparameter against a score, one line per group. */
import { colourFor } from './palette';
import { baseLayout, type FigureOptions } from './layout';
import type { PlotlyFigure, PlotlyTrace } from './types';
import { displayable } from '../display/displayable';

/** A search result: any record of numbers and strings, e.g. `{ optimizer: 'adam', learningRate: 0.01, valLoss: 0.3 }`. */
export type SearchRecord = Record<string, number | string | undefined>;

/** Options of {@link searchResults}. */
export interface SearchResultsOptions extends FigureOptions {
  /** Field on the x-axis. Default `'learningRate'`. */
  x?: string;
  /** Field on the y-axis. Default `'valLoss'`. */
  y?: string;
  /** Field that splits the results into lines (coloured by value). Default `'optimizer'`. */
  group?: string;
  /** Log x-axis (learning rates span decades). Default true. */
  logX?: boolean;
  /** Log y-axis. Default false. */
  logY?: boolean;
  /** Which end of y is best (starred): `'min'` for losses, `'max'` for accuracies. Default `'min'`. */
  best?: 'min' | 'max';
}

/**
 * Results of a search as lines+markers, one per group, sorted by x; the best result (lowest y, or
 * highest with `best: 'max'`) is starred.
 *
 * @returns a figure with one trace per group, plus the `best` marker.
 */
export function searchResults(results: SearchRecord[], options: SearchResultsOptions = {}): PlotlyFigure {
  const xKey = options.x ?? 'learningRate';
  const yKey = options.y ?? 'valLoss';
  const gKey = options.group ?? 'optimizer';
  const usable = results.filter((r) => typeof r[xKey] === 'number' && typeof r[yKey] === 'number' && Number.isFinite(r[yKey] as number));
  if (usable.length === 0) throw new Error(`searchResults: no result has numeric '${xKey}' and '${yKey}'; got ${results.length} results`);
  const groups = new Map<string, SearchRecord[]>();
  for (const r of usable) {
    const key = String(r[gKey] ?? 'all');
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const data: PlotlyTrace[] = [...groups].map(([name, rows]) => {
    const sorted = [...rows].sort((a, b) => (a[xKey] as number) - (b[xKey] as number));
    return { type: 'scatter', mode: 'lines+markers', name, x: sorted.map((r) => r[xKey]), y: sorted.map((r) => r[yKey]), line: { color: colourFor(name) }, marker: { color: colourFor(name), size: 7 } };
  });
  const sign = options.best === 'max' ? -1 : 1;
  const best = usable.reduce((a, b) => (sign * (b[yKey] as number) < sign * (a[yKey] as number) ? b : a));
  data.push({
    type: 'scatter', mode: 'markers', name: `best: ${String(best[gKey] ?? '')} ${xKey}=${best[xKey]}`.replace('  ', ' '),
    x: [best[xKey]], y: [best[yKey]], marker: { symbol: 'star', size: 16, color: '#000' },
  });
  const layout = baseLayout(`Search: ${yKey} against ${xKey}`, `${xKey}${options.logX !== false ? ' (log scale)' : ''}`, yKey, data.length, options);
  (layout.xaxis as Record<string, unknown>).type = options.logX === false ? 'linear' : 'log';
  (layout.yaxis as Record<string, unknown>).type = options.logY ? 'log' : 'linear';
  return displayable({ data, layout });
}
