/**
 * Turning what the course wants to tabulate into columns and rows: arrays of records (search
 * results, the loss catalogue), per-epoch logs `{ loss: [...], val_loss: [...] }`, 1-D/2-D
 * number arrays, and tensors (anything with `shape`, `dtype` and `arraySync()`).
 */

import { tableHtml, tableText } from './table';

/** A table: column names, and rows of cells in that order. */
export interface TableData {
  columns: string[];
  rows: unknown[][];
  caption?: string;
}

/** The duck type of a tfjs tensor (no tfjs import needed to display one). */
export interface TensorLike {
  shape: number[];
  dtype: string;
  arraySync(): unknown;
}

/** Anything {@link toTable} accepts. */
export type Tabular = Record<string, unknown>[] | Record<string, unknown[] | undefined> | unknown[][] | number[] | TensorLike;

function isTensor(x: unknown): x is TensorLike {
  return typeof x === 'object' && x !== null && Array.isArray((x as TensorLike).shape) && typeof (x as TensorLike).arraySync === 'function';
}

function fromMatrix(matrix: unknown[][], caption?: string): TableData {
  const width = Math.max(0, ...matrix.map((r) => r.length));
  return { columns: ['', ...Array.from({ length: width }, (_, j) => String(j))], rows: matrix.map((r, i) => [i, ...r]), caption };
}

function fromTensor(t: TensorLike): TableData {
  const caption = `Tensor ${t.dtype} [${t.shape.join(', ')}]`;
  const values = t.arraySync();
  if (t.shape.length === 0) return { columns: ['value'], rows: [[values]], caption };
  if (t.shape.length === 1) return { columns: ['', 'value'], rows: (values as unknown[]).map((v, i) => [i, v]), caption };
  if (t.shape.length === 2) return fromMatrix(values as unknown[][], caption);
  // Higher ranks: one row per leading index, the rest as nested text.
  return { columns: ['', 'values'], rows: (values as unknown[]).map((v, i) => [i, JSON.stringify(v)]), caption };
}

function fromRecords(records: Record<string, unknown>[]): TableData {
  const columns: string[] = [];
  for (const r of records) for (const k of Object.keys(r)) if (!columns.includes(k)) columns.push(k);
  return { columns, rows: records.map((r) => columns.map((c) => r[c])) };
}

function fromLogs(logs: Record<string, unknown[] | undefined>): TableData {
  const keys = Object.keys(logs).filter((k) => Array.isArray(logs[k]));
  const length = Math.max(0, ...keys.map((k) => logs[k]!.length));
  return { columns: ['epoch', ...keys], rows: Array.from({ length }, (_, i) => [i + 1, ...keys.map((k) => logs[k]![i])]) };
}

/** Normalise any {@link Tabular} into columns and rows. */
export function toTable(x: Tabular): TableData {
  const data = tableDataOf(x);
  // Left as a cell's last value, a table shows as display.table shows it (Deno's Jupyter.display convention).
  Object.defineProperty(data, Symbol.for('Jupyter.display'), {
    value: () => ({ 'text/html': tableHtml(data), 'text/plain': tableText(data) }),
    enumerable: false, configurable: true, writable: true,
  });
  return data;
}

function tableDataOf(x: Tabular): TableData {
  if (isTensor(x)) return fromTensor(x);
  if (Array.isArray(x)) {
    const items: unknown[] = x;
    if (items.length === 0) return { columns: [], rows: [] };
    if (items.every((r) => Array.isArray(r))) return fromMatrix(items as unknown[][]);
    if (items.every((r) => typeof r === 'object' && r !== null)) return fromRecords(items as Record<string, unknown>[]);
    return { columns: ['', 'value'], rows: items.map((v, i) => [i, v]) };
  }
  if (typeof x === 'object' && x !== null && Object.values(x).every((v) => v === undefined || Array.isArray(v))) {
    return fromLogs(x as Record<string, unknown[] | undefined>);
  }
  throw new Error(`toTable: expected an array of records, per-epoch logs, a number array or a tensor; got ${typeof x}`);
}
