/**
 * Every formula of every lesson reads the same on GitHub as on the site. GitHub runs its markdown
 * over `$...$` and `$$...$$` before MathJax sees them (a backslash before punctuation is eaten,
 * `}_` may start emphasis), so the lessons avoid those spellings (see `markdownTraps`). The math is
 * found with the site's own parser, so both read the same spans.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import MarkdownIt = require('markdown-it');
import { mathPlugin } from '../../exporter/math';
import { markdownTraps } from './lesson-checks';

const LESSONS = join(__dirname, '..', '..', 'lessons');
const MATH = new Set(['math_inline', 'math_display', 'math_block']);

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

/** Every formula of `markdown` with its line, as the site's markdown parser reads it. */
function formulas(markdown: string): { line: number; tex: string }[] {
  const md = new MarkdownIt({ html: true });
  md.use(mathPlugin);
  const found: { line: number; tex: string }[] = [];
  const walk = (tokens: Token[], line: number): void => {
    for (const t of tokens) {
      const at = t.map ? t.map[0] + 1 : line;
      if (MATH.has(t.type)) found.push({ line: at, tex: t.content });
      if (t.children) walk(t.children, at);
    }
  };
  walk(md.parse(markdown, {}), 1);
  return found;
}

test('the parser finds inline, in-paragraph display and block math', () => {
  const found = formulas('Take $a\\,b$ and $$c$$ here.\n\n$$\n\\{x\\}\n$$\n');
  assert.deepEqual(found.map((f) => f.tex.trim()), ['a\\,b', 'c', '\\{x\\}']);
  assert.deepEqual(found.map((f) => f.line), [1, 1, 3]);
});

for (const file of readdirSync(LESSONS).filter((f) => /^\d\d-.*\.md$/.test(f)).sort()) {
  test(`${file}: every formula survives GitHub's markdown`, () => {
    const markdown = readFileSync(join(LESSONS, file), 'utf8');
    const eaten = formulas(markdown).flatMap(({ line, tex }) => markdownTraps(tex).map((e) => `line ${line}: ${e}`));
    assert.deepEqual(eaten, []);
  });
}
