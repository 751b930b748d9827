/**
 * The nbformat 4 shape, checked before a notebook is rendered, so a malformed one is reported
 * with the place and what is wrong (`cells[3].outputs: expected an array; got an object`)
 * instead of crashing the build. Only what the exporter reads is checked; unknown keys pass.
 */
import { PLOTLY_MIME } from '../src/display/bundle';
import type { Notebook } from './ipynb';

const OUTPUT_TYPES = ['stream', 'display_data', 'execute_result', 'error'];
const CELL_TYPES = ['code', 'markdown', 'raw'];

/** `null`, `an array`, `a string`, ... for messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isMultiline = (v: unknown): boolean => typeof v === 'string' || (Array.isArray(v) && v.every((s) => typeof s === 'string'));
const isCount = (v: unknown): boolean => v === null || v === undefined || (Number.isInteger(v) && (v as number) >= 0);
const key = (k: string): string => `[${JSON.stringify(k)}]`;

class Checker {
  readonly problems: string[] = [];

  fail(path: string, expected: string, got: unknown): false {
    this.problems.push(`${path}: expected ${expected}; got ${typeof got === 'string' && expected.startsWith('one of') ? JSON.stringify(got) : describe(got)}`);
    return false;
  }

  object(path: string, v: unknown, what = 'an object'): v is Record<string, unknown> {
    return isObject(v) || this.fail(path, what, v);
  }

  multiline(path: string, v: unknown): boolean {
    if (Array.isArray(v)) {
      const at = v.findIndex((s) => typeof s !== 'string');
      return at === -1 || this.fail(`${path}[${at}]`, 'a string', v[at]);
    }
    return typeof v === 'string' || this.fail(path, 'a string or an array of strings', v);
  }

  string(path: string, v: unknown): boolean {
    return typeof v === 'string' || this.fail(path, 'a string', v);
  }

  strings(path: string, v: unknown): boolean {
    return (Array.isArray(v) && v.every((s) => typeof s === 'string')) || this.fail(path, 'an array of strings', v);
  }

  oneOf(path: string, v: unknown, allowed: string[]): boolean {
    return (typeof v === 'string' && allowed.includes(v)) || this.fail(path, `one of ${allowed.join(', ')}`, v);
  }
}

function checkPlotly(c: Checker, path: string, v: unknown): void {
  let figure = v;
  if (typeof v === 'string') {
    try {
      figure = JSON.parse(v);
    } catch (error) {
      c.problems.push(`${path}: a Plotly figure given as a string that is not valid JSON (${(error as Error).message})`);
      return;
    }
  }
  if (!isObject(figure)) c.fail(path, 'a figure object ({ data, layout })', figure);
  else if (figure.data !== undefined && !Array.isArray(figure.data)) c.fail(`${path}.data`, 'an array of traces', figure.data);
}

function checkData(c: Checker, path: string, data: unknown): void {
  if (!c.object(path, data)) return;
  for (const [mime, value] of Object.entries(data)) {
    const at = `${path}${key(mime)}`;
    if (mime === PLOTLY_MIME) checkPlotly(c, at, value);
    else if (/^image\/(png|jpeg|gif|webp)$/.test(mime)) c.string(at, value);
    else if (/^(text\/|image\/svg\+xml$)/.test(mime)) c.multiline(at, value);
  }
}

function checkOutput(c: Checker, path: string, o: unknown): void {
  if (!c.object(path, o, 'an output object')) return;
  if (!c.oneOf(`${path}.output_type`, o.output_type, OUTPUT_TYPES)) return;
  if (o.output_type === 'stream') {
    c.string(`${path}.name`, o.name);
    c.multiline(`${path}.text`, o.text);
  } else if (o.output_type === 'error') {
    c.string(`${path}.ename`, o.ename);
    c.string(`${path}.evalue`, o.evalue);
    c.strings(`${path}.traceback`, o.traceback);
  } else {
    checkData(c, `${path}.data`, o.data);
    if (o.metadata !== undefined) c.object(`${path}.metadata`, o.metadata);
    if (!isCount(o.execution_count)) c.fail(`${path}.execution_count`, 'a non-negative integer or null', o.execution_count);
  }
}

function checkAttachments(c: Checker, path: string, attachments: unknown): void {
  if (attachments === undefined || !c.object(path, attachments)) return;
  for (const [name, bundle] of Object.entries(attachments)) {
    if (!c.object(`${path}${key(name)}`, bundle)) continue;
    for (const [mime, value] of Object.entries(bundle)) c.multiline(`${path}${key(name)}${key(mime)}`, value);
  }
}

/** `attachment:` links whose name cannot be decoded. */
function checkAttachmentLinks(c: Checker, path: string, source: string): void {
  for (const match of source.matchAll(/attachment:([^\s)"'>]*)/g)) {
    try {
      decodeURIComponent(match[1]);
    } catch {
      c.problems.push(`${path}: the link ${match[0]} is not valid percent-encoding`);
    }
  }
}

function checkCell(c: Checker, path: string, cell: unknown): void {
  if (!c.object(path, cell, 'a cell object')) return;
  if (!c.oneOf(`${path}.cell_type`, cell.cell_type, CELL_TYPES)) return;
  const sourceOk = c.multiline(`${path}.source`, cell.source);
  if (cell.metadata !== undefined && c.object(`${path}.metadata`, cell.metadata) && cell.metadata.tags !== undefined) {
    c.strings(`${path}.metadata.tags`, cell.metadata.tags);
  }
  if (cell.cell_type === 'markdown') {
    checkAttachments(c, `${path}.attachments`, cell.attachments);
    if (sourceOk) checkAttachmentLinks(c, path, ([] as string[]).concat(cell.source as string | string[]).join(''));
  }
  if (cell.cell_type !== 'code') return;
  if (!isCount(cell.execution_count)) c.fail(`${path}.execution_count`, 'a non-negative integer or null', cell.execution_count);
  if (cell.outputs === undefined) return;
  if (Array.isArray(cell.outputs)) cell.outputs.forEach((o, i) => checkOutput(c, `${path}.outputs[${i}]`, o));
  else c.fail(`${path}.outputs`, 'an array', cell.outputs);
}

/** Everything wrong with `value` as an nbformat 4 notebook; empty when it can be rendered. */
export function notebookProblems(value: unknown): string[] {
  const c = new Checker();
  if (!c.object('notebook', value, 'a notebook object')) return c.problems;
  if (value.nbformat !== 4) return [`notebook: expected nbformat 4; got ${JSON.stringify(value.nbformat) ?? 'none'}`];
  if (value.metadata !== undefined) c.object('metadata', value.metadata);
  if (!Array.isArray(value.cells)) c.fail('cells', 'an array', value.cells);
  else value.cells.forEach((cell, i) => checkCell(c, `cells[${i}]`, cell));
  return c.problems;
}

/** Parse and check notebook JSON; throws one error listing every problem, prefixed by `name`. */
export function parseValidNotebook(json: string, name: string): Notebook {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new Error(`${name}: not valid JSON (${(error as Error).message})`);
  }
  const problems = notebookProblems(value);
  if (problems.length > 0) throw new Error(`${name}: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? `; and ${problems.length - 5} more` : ''}`);
  return value as Notebook;
}
