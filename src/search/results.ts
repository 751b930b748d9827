/**
 * The table a search returns: one row per configuration with its score on each fold, their mean
 * and standard deviation, and the time it took; sortable, printable, and flat records for plots.
 */
import type { HyperValue, SearchConfig } from './space';

/** One configuration's outcome. Scores are in the order of the folds. */
export interface SearchRow {
  /** Position in the order the configurations were tried (0-based). */
  trial: number;
  config: SearchConfig;
  scores: number[];
  /** $\bar s = \frac1k\sum_i s_i$; `NaN` if any fold gave a non-finite score (a diverged run). */
  mean: number;
  /** $\sqrt{\frac1k\sum_i (s_i - \bar s)^2}$ (population std, as scikit-learn's `std_test_score`). */
  std: number;
  /** Wall time of all folds, in milliseconds (the one column that differs between runs). */
  timeMs: number;
}

/** A flat row for tables and `plots.searchResults`: the config's keys (booleans as text), then the numbers. */
export type SearchRecord = { [key: string]: number | string } & { trial: number; score: number; scoreStd: number; timeMs: number };

export function summarise(trial: number, config: SearchConfig, scores: number[], timeMs: number): SearchRow {
  const k = scores.length;
  const allFinite = scores.every(Number.isFinite);
  const mean = allFinite ? scores.reduce((a, b) => a + b, 0) / k : NaN;
  const std = allFinite ? Math.sqrt(scores.reduce((a, s) => a + (s - mean) ** 2, 0) / k) : NaN;
  return { trial, config, scores, mean, std, timeMs };
}

export type SortKey = 'score' | 'time' | 'trial' | string;

function formatValue(value: HyperValue | number): string {
  if (typeof value !== 'number') return String(value);
  if (Number.isNaN(value)) return 'NaN';
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) >= 1e-3 && Math.abs(value) < 1e4 ? value.toPrecision(4) : value.toExponential(2);
}

/** Results of a grid or random search. `rows` are ranked best first; non-finite scores rank last. */
export class SearchResults {
  readonly rows: SearchRow[];

  constructor(
    rows: SearchRow[],
    /** Whether a lower (`'min'`, a loss) or higher (`'max'`, an accuracy) score is better. */
    readonly direction: 'min' | 'max',
  ) {
    this.rows = this.sortBy('score', rows);
  }

  /** The best row (ties: the earlier trial). */
  get best(): SearchRow {
    return this.rows[0];
  }

  /** The best configuration. */
  get bestConfig(): SearchConfig {
    return { ...this.best.config };
  }

  /**
   * The rows sorted by `'score'` (best first), `'time'`, `'trial'`, or a hyperparameter name.
   * @param rows rows to sort (default: this table's). Sorting is stable.
   */
  sortBy(key: SortKey, rows: readonly SearchRow[] = this.rows, order: 'asc' | 'desc' = 'asc'): SearchRow[] {
    const sign = order === 'asc' ? 1 : -1;
    const value = (row: SearchRow): HyperValue => {
      if (key === 'score') return this.direction === 'min' ? row.mean : -row.mean;
      if (key === 'time') return row.timeMs;
      if (key === 'trial') return row.trial;
      if (!(key in row.config)) throw new Error(`SearchResults.sortBy: no column '${key}'; got ${Object.keys(row.config).join(', ')}`);
      return row.config[key];
    };
    return [...rows].sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      const xBad = typeof x === 'number' && Number.isNaN(x);
      const yBad = typeof y === 'number' && Number.isNaN(y);
      if (xBad || yBad) return xBad === yBad ? a.trial - b.trial : xBad ? 1 : -1;
      const cmp = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return cmp !== 0 ? sign * cmp : a.trial - b.trial;
    });
  }

  /** Flat rows `{ ...config, trial, score, scoreStd, timeMs }`, ranked best first. */
  toRecords(): SearchRecord[] {
    return this.rows.map((r) => {
      const config = Object.fromEntries(Object.entries(r.config).map(([key, value]) => [key, typeof value === 'boolean' ? String(value) : value]));
      return { ...config, trial: r.trial, score: r.mean, scoreStd: r.std, timeMs: r.timeMs };
    });
  }

  /** A fixed-width text table (rank, hyperparameters, mean ± std, time); `limit` rows at most. */
  toString(limit = this.rows.length): string {
    const keys = Object.keys(this.rows[0]?.config ?? {});
    const header = ['rank', ...keys, 'score', '± std', 'time (ms)'];
    const lines = this.rows.slice(0, limit).map((r, i) => [
      String(i + 1), ...keys.map((k) => formatValue(r.config[k])), formatValue(r.mean), formatValue(r.std), String(Math.round(r.timeMs)),
    ]);
    const widths = header.map((h, c) => Math.max(h.length, ...lines.map((l) => l[c].length)));
    const pad = (cells: string[]): string => cells.map((cell, c) => cell.padStart(widths[c])).join('  ');
    return [pad(header), ...lines.map(pad)].join('\n');
  }
}
