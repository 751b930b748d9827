/**
 * A thrown value as a Jupyter `error` (ename, evalue, traceback) in the learner's terms:
 * frames of notebook cells become "cell [5], line 2" with that line's text; frames of the
 * library's compiled `dist/*.js` become `src/*.ts` lines through the build's source maps; frames
 * of Node, of tslab and of this kernel are dropped; frames inside other packages fold into one line.
 */
import * as fs from 'fs';
import * as path from 'path';
import { SourceMap } from 'module';
import { inspect } from 'util';
import { SourceAligner } from './align';
import { originalOffset, type Insertion } from './shorthand';

/** A cell as it ran: its number, the learner's text, and the JavaScript V8 executed. */
export interface CellRecord {
  count: number;
  source: string;
  /** The text tslab compiled (shorthand expanded) and where it differs from `source`. */
  compiledFrom: string;
  insertions: Insertion[];
  /** The code handed to V8 (tslab's wrapper around its output). */
  javascript: string;
  aligner?: SourceAligner;
}

/** The content of a Jupyter `error` message. */
export interface ErrorContent {
  ename: string;
  evalue: string;
  traceback: string[];
}

interface Frame {
  name: string;
  file: string;
  line: number;
  column: number;
}

const FRAME = /^\s*at (?:async )?(?:(.*?) \()?(.+?):(\d+):(\d+)\)?$/;

function parseFrames(stack: string): Frame[] {
  const frames: Frame[] = [];
  for (const line of stack.split('\n')) {
    const m = FRAME.exec(line);
    if (m) frames.push({ name: m[1] ?? '', file: m[2], line: Number(m[3]), column: Number(m[4]) });
  }
  return frames;
}

const maps = new Map<string, SourceMap | null>();

function sourceMapOf(file: string): SourceMap | null {
  if (!maps.has(file)) {
    let map: SourceMap | null = null;
    try {
      map = new SourceMap(JSON.parse(fs.readFileSync(`${file}.map`, 'utf8')));
    } catch {
      map = null;
    }
    maps.set(file, map);
  }
  return maps.get(file) ?? null;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function textOfLine(text: string, line: number): string {
  return (text.split('\n')[line - 1] ?? '').trim();
}

function packageOf(file: string): string {
  const rest = file.slice(file.lastIndexOf('node_modules/') + 'node_modules/'.length).split('/');
  return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
}

/** Turns thrown values into error contents; knows the cells that ran and the project root. */
export class Tracebacks {
  private readonly cells = new Map<string, CellRecord>();

  /** @param root the project root (paths are shown relative to it); @param hidden folders whose frames are internals. */
  constructor(private readonly root: string, private readonly hidden: string[]) {}

  /** The V8 file name of cell `count`. */
  static fileName(count: number): string {
    return `cell[${count}]`;
  }

  remember(file: string, record: CellRecord): void {
    this.cells.set(file, record);
  }

  record(file: string): CellRecord | undefined {
    return this.cells.get(file);
  }

  /** The cell line (1-based, in the learner's text) of a position in the JavaScript that ran. */
  cellLine(record: CellRecord, line: number, column: number): number {
    const js = record.javascript;
    let offset = 0;
    for (let i = 1; i < line; i++) offset = js.indexOf('\n', offset) + 1;
    record.aligner ??= new SourceAligner(js, record.compiledFrom);
    const compiled = record.aligner.sourceOffset(offset + column - 1);
    return lineOf(record.source, originalOffset(compiled, record.insertions));
  }

  private describe(frame: Frame): string | null {
    const name = frame.name && !frame.name.includes('<anonymous>') ? `${frame.name.replace(/^(Object|Proxy)\./, '')}, ` : '';
    const cell = this.cells.get(frame.file);
    // The last line of a cell's script is tslab's call of the cell's function: not the learner's code.
    if (cell && frame.line >= cell.javascript.split('\n').length) return null;
    if (cell) {
      const line = this.cellLine(cell, frame.line, frame.column);
      return `    at ${name}cell [${cell.count}], line ${line}:  ${textOfLine(cell.source, line)}`;
    }
    if (frame.file.startsWith('node:') || !path.isAbsolute(frame.file)) return null;
    if (this.hidden.some((dir) => frame.file.startsWith(dir))) return null;
    const map = frame.file.includes('/node_modules/') ? null : sourceMapOf(frame.file);
    if (map) {
      const entry = map.findEntry(frame.line - 1, frame.column - 1) as { originalSource?: string; originalLine?: number };
      if (entry.originalSource !== undefined && entry.originalLine !== undefined) {
        const source = path.resolve(path.dirname(frame.file), entry.originalSource.replace(/^file:\/\//, ''));
        const line = entry.originalLine + 1;
        let text = '';
        try {
          text = textOfLine(fs.readFileSync(source, 'utf8'), line);
        } catch { /* the source is not shipped: the location alone */ }
        return `    at ${name}${path.relative(this.root, source)}:${line}${text ? `:  ${text}` : ''}`;
      }
    }
    return `    at ${name}${path.relative(this.root, frame.file)}:${frame.line}`;
  }

  /** The error content for a value a cell threw. */
  fromThrown(thrown: unknown): ErrorContent {
    const isError = thrown instanceof Error || (typeof thrown === 'object' && thrown !== null && 'stack' in thrown && 'message' in thrown);
    if (!isError) return { ename: 'Error', evalue: `Uncaught ${inspect(thrown)}`, traceback: [`Uncaught ${inspect(thrown)}`] };
    const error = thrown as Error;
    const ename = error.name || error.constructor?.name || 'Error';
    const evalue = String(error.message ?? '');
    const lines: string[] = [];
    let folded: { pkg: string; count: number } | null = null;
    const flush = () => {
      if (folded) lines.push(`    ... ${folded.count} frame${folded.count > 1 ? 's' : ''} inside ${folded.pkg}`);
      folded = null;
    };
    for (const frame of parseFrames(String(error.stack ?? ''))) {
      if (frame.file.includes('/node_modules/') && !this.hidden.some((dir) => frame.file.startsWith(dir))) {
        const pkg = packageOf(frame.file);
        if (folded && folded.pkg === pkg) folded.count++;
        else { flush(); folded = { pkg, count: 1 }; }
        continue;
      }
      const text = this.describe(frame);
      if (text === null) continue;
      flush();
      lines.push(text);
    }
    flush();
    return { ename, evalue, traceback: [`${ename}: ${evalue}`, ...lines] };
  }
}
