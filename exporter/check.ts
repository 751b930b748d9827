/**
 * Worked examples in the lessons are display math (`$$ ... $$`) that the reader sees, followed
 * directly by one hidden HTML comment per check that a test evaluates against the library:
 *
 *     $$\tfrac12 \cdot 0.5^2 + \dots = 0.8125$$
 *     <!-- check: losses.huber([[0, 1]], [[0.5, 3]], { delta: 1 }) ≈ 0.8125 ± 1e-6 -->
 *
 * `EXPR ≈ VALUE [± TOL] [(shown: LIST)]`: VALUE is a number, `true`/`false`, or a flat JSON array
 * of them; TOL (default 1e-6) is relative for values larger than 1; LIST (`first, last, 3`, counted
 * from 1) names the elements of a long array that the math shows. GitHub hides the comments; the
 * site shows them as a collapsed "Check it in code" line under the math (expression and value,
 * no tolerance). test/lessons/worked-examples.test.ts runs them and ties them to the math.
 */
import MarkdownIt = require('markdown-it');
import { asRenderEnv } from './env';
import { hold } from './fragments';
import { codeBlock } from './highlight';

export type CheckValue = number | boolean;

export interface CheckCase {
  expr: string;
  /** The expected values, flattened; a scalar is a one-element list. */
  values: CheckValue[];
  /** Written as a bare value rather than an array. */
  scalar: boolean;
  tol?: number;
  /** Indices (from 0) of the values the math must show; `undefined`: all of them. */
  shown?: number[];
}

/** A line that opens a check comment (well-formed or not). */
export function isCheckComment(line: string): boolean {
  return /^<!--\s*check\b/.test(line.trim());
}

const COMMENT = /^<!--\s*check:\s*(.*?)\s*-->$/;
const TAIL = /^(\[[^\]]*\]|[^\s(]+)(?:\s*±\s*([^\s(]+))?(?:\s*\(shown:([^)]*)\))?$/;

function parseValues(text: string): { values: CheckValue[]; scalar: boolean } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`the value must be a number, true/false or a flat array of them; got ${text}`);
  }
  const values = Array.isArray(parsed) ? parsed : [parsed];
  if (values.length === 0 || values.some((v) => typeof v !== 'boolean' && (typeof v !== 'number' || !Number.isFinite(v)))) {
    throw new Error(`the value must be a number, true/false or a flat array of them; got ${text}`);
  }
  return { values: values as CheckValue[], scalar: !Array.isArray(parsed) };
}

function parseShown(text: string, count: number): number[] {
  const indices = text.split(',').map((word) => {
    const w = word.trim();
    const index = w === 'first' ? 0 : w === 'last' ? count - 1 : /^[1-9]\d*$/.test(w) ? Number(w) - 1 : -1;
    if (index < 0 || index >= count) throw new Error(`shown: takes first, last or positions 1 to ${count}; got "${w}"`);
    return index;
  });
  return [...new Set(indices)].sort((a, b) => a - b);
}

/** Parse one check comment line; throws an error saying what is wrong with it. */
export function parseCheckComment(line: string): CheckCase {
  const match = COMMENT.exec(line.trim());
  if (!match) throw new Error('a check comment is one line: <!-- check: EXPR ≈ VALUE ± TOL -->');
  if (match[1].includes('-->')) throw new Error('a check comment ends at its first -->, as in HTML');
  const at = match[1].lastIndexOf(' ≈ ');
  if (at <= 0) throw new Error(`expected "EXPR ≈ VALUE"; got ${match[1]}`);
  const expr = match[1].slice(0, at).trim();
  const tail = TAIL.exec(match[1].slice(at + 3).trim());
  if (!tail) throw new Error(`expected "VALUE ± TOL (shown: ...)" after ≈; got ${match[1].slice(at + 3)}`);
  const { values, scalar } = parseValues(tail[1]);
  const tol = tail[2] === undefined ? undefined : Number(tail[2]);
  if (tol !== undefined && !(tol >= 0)) throw new Error(`the tolerance must be a number >= 0; got ${tail[2]}`);
  const shown = tail[3] === undefined ? undefined : parseShown(tail[3], values.length);
  return { expr, values, scalar, tol, shown };
}

/** `0.8125`, `true`, `[0, 0.6, 1.08]`: the value as the reader sees it. */
export function formatValue(c: Pick<CheckCase, 'values' | 'scalar'>): string {
  const text = c.values.map(String);
  return c.scalar ? text[0] : `[${text.join(', ')}]`;
}

/** The collapsed "Check it in code" line: each expression, then what it gives, as TypeScript. */
export function renderCheckCode(cases: CheckCase[]): string {
  const code = cases.map((c) => `${c.expr}\n// → ${formatValue(c)}`).join('\n\n');
  return `<details class="check-code"><summary>Check it in code</summary>${codeBlock(code, 'typescript')}</details>\n`;
}

type Token = MarkdownIt.Token;

/** The cases a `check_code` token holds (markdown-it types `meta` as a loose record). */
function casesOf(token: Token): CheckCase[] {
  return (token.meta as { cases: CheckCase[] }).cases;
}

function checkCase(token: Token): CheckCase | undefined {
  const text = token.content.trim();
  if (token.type !== 'html_block' || text.includes('\n') || !isCheckComment(text)) return undefined;
  try {
    return parseCheckComment(text);
  } catch {
    return undefined; // the lesson test reports it; the page shows nothing, as GitHub does
  }
}

/** markdown-it plugin: each run of check comments becomes one "Check it in code" line. */
export function checkPlugin(md: InstanceType<typeof MarkdownIt>): void {
  md.core.ruler.after('block', 'check_comments', (state) => {
    const out: Token[] = [];
    for (const token of state.tokens) {
      const c = checkCase(token);
      const last = out[out.length - 1];
      if (c && last?.type === 'check_code') casesOf(last).push(c);
      else if (c) {
        const group = new state.Token('check_code', '', 0);
        group.block = true;
        group.meta = { cases: [c] };
        out.push(group);
      } else out.push(token);
    }
    state.tokens = out;
  });
  md.renderer.rules.check_code = (tokens, i, _o, env) =>
    hold(asRenderEnv(env).fragments, renderCheckCode(casesOf(tokens[i])));
}
