/**
 * Finds a lesson's worked examples: each run of `<!-- check: ... -->` lines (see exporter/check.ts)
 * with the `$$ ... $$` display math directly above it. Whatever would let a check go untested or
 * float free of its math is a problem: a ```check fence (the old format), a malformed or inline
 * check comment, a check comment with no math block right before it.
 */
import { isCheckComment, parseCheckComment, type CheckCase } from '../../exporter/check';

export interface WorkedExample {
  /** Line (from 1) of the first check comment. */
  line: number;
  /** The TeX between the `$$`. */
  math: string;
  cases: CheckCase[];
}

/** The display math block whose last line is `lines[end]`, or `undefined` when it is not one. */
function mathEndingAt(lines: string[], end: number): string | undefined {
  const last = lines[end]?.trim() ?? '';
  if (!last.endsWith('$$')) return undefined;
  if (last.startsWith('$$') && last.length > 4) return last.slice(2, -2);
  for (let i = end - 1; i >= 0 && lines[i].trim() !== ''; i--) {
    if (lines[i].trim().startsWith('$$')) return lines.slice(i, end + 1).join('\n').trim().slice(2, -2);
  }
  return undefined;
}

function fenceInfo(line: string): string | undefined {
  return /^\s{0,3}(```|~~~)\s*(\S*)/.exec(line)?.[2];
}

/** The worked examples of `markdown`, and what is wrong with its check comments. */
export function lessonChecks(markdown: string): { examples: WorkedExample[]; problems: string[] } {
  const lines = markdown.split('\n');
  const examples: WorkedExample[] = [];
  const problems: string[] = [];
  let fenced = false;
  /** The example the previous line's check belongs to; `null` after a check with no math. */
  let run: WorkedExample | null | undefined;
  lines.forEach((text, i) => {
    const info = fenceInfo(text);
    const inRun = run;
    run = undefined;
    if (info !== undefined) {
      if (!fenced && info === 'check') problems.push(`line ${i + 1}: \`\`\`check blocks are no longer read; write the math and <!-- check: ... --> comments (CONTRIBUTING.md)`);
      fenced = !fenced;
      return;
    }
    if (fenced) return;
    if (!isCheckComment(text)) {
      if (/<!--\s*check\b/.test(text)) problems.push(`line ${i + 1}: a check comment must be a line of its own`);
      return;
    }
    if (inRun === undefined) {
      const math = mathEndingAt(lines, i - 1);
      if (math === undefined) problems.push(`line ${i + 1}: a check comment must come right under the $$ math block it checks`);
      run = math === undefined ? null : { line: i + 1, math, cases: [] };
      if (run) examples.push(run);
    } else run = inRun;
    try {
      run?.cases.push(parseCheckComment(text));
    } catch (error) {
      problems.push(`line ${i + 1}: ${(error as Error).message}`);
    }
  });
  return { examples, problems };
}

/**
 * What GitHub's markdown would do to `tex` before MathJax sees it: a backslash before ASCII
 * punctuation is a markdown escape there (`\,` becomes a comma, `\{` a bare brace, `\\` one
 * backslash), a `*` or a `_` after a closing bracket (`}_{`) may start emphasis, and a line of a
 * multi-line block that starts like a list item, quote or heading (`- `, `1. `, `> `, `# `) or is
 * all `=` or `-` breaks the block up. Write `\enspace`, `\lbrace`, `\cr`, `\ast`,
 * `\mathrm{GCE_q}` instead, and start no line with those.
 */
export function markdownTraps(tex: string): string[] {
  const inline = [...tex.matchAll(/\\[!-/:-@[-`{-~]|\*|[)\]}'|]_/g)].map((m) => m[0]);
  const lines = tex.split('\n').filter((line) => /^\s*([-+*>#]\s|\d+[.)]\s|[=-]+\s*$)/.test(line));
  return [...inline, ...lines.map((line) => `a line starting "${line.trim().slice(0, 12)}"`)];
}
