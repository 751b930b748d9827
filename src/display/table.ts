/** Readable tables: `text/html` with a `text/plain` fallback, for tensors, logs and records. */
import { sendBundle, type MimeBundle } from './channel';
import { escapeHtml } from './escape';
import { formatNumber } from './logs';
import { toTable, type TableData, type Tabular } from './table-rows';

/** Options of {@link table}. */
export interface TableOptions {
  /** Caption above the table (a tensor's dtype and shape by default). */
  caption?: string;
  /** Significant digits of non-integers. Default 4. */
  digits?: number;
  /** Most rows shown; the rest are summarised as "… n more rows". Default 50. */
  maxRows?: number;
}

function cell(value: unknown, digits: number): string {
  if (typeof value === 'number') return formatNumber(value, digits);
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function shown(data: TableData, maxRows: number): { rows: unknown[][]; hidden: number } {
  return { rows: data.rows.slice(0, maxRows), hidden: Math.max(0, data.rows.length - maxRows) };
}

/** The html table (numbers right-aligned, monospace). */
export function tableHtml(data: TableData, options: TableOptions = {}): string {
  const digits = options.digits ?? 4;
  const { rows, hidden } = shown(data, options.maxRows ?? 50);
  const caption = options.caption ?? data.caption;
  const head = data.columns.map((c) => `<th style="text-align:right;padding:2px 8px">${escapeHtml(c)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((v) => `<td style="text-align:${typeof v === 'number' ? 'right' : 'left'};padding:2px 8px;font-family:monospace">${escapeHtml(cell(v, digits))}</td>`).join('')}</tr>`).join('');
  const more = hidden ? `<tr><td colspan="${data.columns.length}" style="color:#888">… ${hidden} more rows</td></tr>` : '';
  return (
    `<table class="losslab-table" style="border-collapse:collapse">` +
    (caption ? `<caption style="text-align:left;font-weight:bold">${escapeHtml(caption)}</caption>` : '') +
    `<thead><tr>${head}</tr></thead><tbody>${body}${more}</tbody></table>`
  );
}

/** The same table as aligned plain text. */
export function tableText(data: TableData, options: TableOptions = {}): string {
  const digits = options.digits ?? 4;
  const { rows, hidden } = shown(data, options.maxRows ?? 50);
  const grid = [data.columns, ...rows.map((r) => r.map((v) => cell(v, digits)))];
  const widths = data.columns.map((_, j) => Math.max(...grid.map((r) => String(r[j] ?? '').length)));
  const lines = grid.map((r) => r.map((v, j) => String(v ?? '').padStart(widths[j])).join('  '));
  const caption = options.caption ?? data.caption;
  return [...(caption ? [caption] : []), ...lines, ...(hidden ? [`… ${hidden} more rows`] : [])].join('\n');
}

/** The bundle `{ 'text/html', 'text/plain' }` of a table. */
export function tableBundle(x: Tabular, options: TableOptions = {}): MimeBundle {
  const data = toTable(x);
  return { 'text/html': tableHtml(data, options), 'text/plain': tableText(data, options) };
}

/**
 * Show a readable table: an array of records, per-epoch logs, a number array or a tensor.
 * @example
 * display.table(history.history);            // epoch | loss | val_loss
 * display.table(tf.tensor2d([[1, 2], [3, 4]]));
 */
export function table(x: Tabular, options: TableOptions = {}): void {
  sendBundle(tableBundle(x, options));
}
