/**
 * Where a position in the JavaScript tslab ran came from in the learner's TypeScript.
 *
 * tslab compiles a cell twice (TypeScript -> ES module -> CommonJS) without source maps, and the
 * compiler re-prints the code: types vanish, `if (a) throw e;` splits into two lines, a call spread
 * over three lines joins into one, names of earlier cells become `exports.name`. The tokens that
 * remain keep their order, so the longest common subsequence of the two token streams pairs each
 * JavaScript token with the TypeScript token it was printed from.
 */
import * as ts from '@tslab/typescript-for-tslab';

interface Token {
  text: string;
  pos: number;
}

/** Most token pairs compared before falling back to matching lines by their position. */
const MAX_CELLS = 4_000_000;

function tokens(text: string): Token[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  const out: Token[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    out.push({ text: scanner.getTokenText(), pos: scanner.getTokenPos() });
  }
  return out;
}

/** Pairs each token of `from` with a token of `to` (or -1), by longest common subsequence. */
function lcsPairs(from: Token[], to: Token[]): Int32Array {
  const n = from.length;
  const m = to.length;
  const pairs = new Int32Array(n).fill(-1);
  const table = new Int32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[at(i, j)] = from[i].text === to[j].text ? table[at(i + 1, j + 1)] + 1 : Math.max(table[at(i + 1, j)], table[at(i, j + 1)]);
    }
  }
  for (let i = 0, j = 0; i < n && j < m;) {
    if (from[i].text === to[j].text) pairs[i++] = j++;
    else if (table[at(i + 1, j)] >= table[at(i, j + 1)]) i++;
    else j++;
  }
  return pairs;
}

/** Maps offsets of a compiled text back to offsets of its source. */
export class SourceAligner {
  private readonly fromTokens: Token[];
  private readonly toTokens: Token[];
  private pairs: Int32Array | null = null;

  constructor(private readonly compiled: string, private readonly source: string) {
    this.fromTokens = tokens(compiled);
    this.toTokens = tokens(source);
  }

  /** The offset in the source that produced the compiled code at `offset`. */
  sourceOffset(offset: number): number {
    const from = this.fromTokens;
    if (from.length * this.toTokens.length > MAX_CELLS) return this.byLine(offset);
    this.pairs ??= lcsPairs(from, this.toTokens);
    let index = from.findIndex((t) => t.pos + t.text.length > offset);
    if (index < 0) index = from.length - 1;
    const lineEnd = this.compiled.indexOf('\n', offset) < 0 ? this.compiled.length : this.compiled.indexOf('\n', offset);
    for (let i = index; i < from.length && from[i].pos < lineEnd; i++) if (this.pairs[i] >= 0) return this.toTokens[this.pairs[i]].pos;
    for (let i = index - 1; i >= 0; i--) if (this.pairs[i] >= 0) return this.toTokens[this.pairs[i]].pos;
    return 0;
  }

  private byLine(offset: number): number {
    const line = this.compiled.slice(0, offset).split('\n').length - 1;
    const lines = this.source.split('\n');
    const target = Math.min(lines.length - 1, line);
    return lines.slice(0, target).reduce((sum, l) => sum + l.length + 1, 0);
  }
}
