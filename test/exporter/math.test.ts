import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderMarkdown } from '../../exporter/markdown';
import { renderMath } from '../../exporter/math';
import { envFor } from './helpers';

const md = (source: string): string => renderMarkdown(source, envFor(true));
const count = (html: string, needle: RegExp): number => (html.match(needle) ?? []).length;

test('inline $...$ is typeset by KaTeX at build time', () => {
  const html = md('A loss $L(w) = (w - 3)^2$ here.');
  assert.equal(count(html, /class="katex"/g), 1);
  assert.match(html, /<annotation encoding="application\/x-tex">L\(w\) = \(w - 3\)\^2<\/annotation>/);
  assert.doesNotMatch(html, /\$/);
});

test('$$...$$ blocks spanning lines and on one line are display math', () => {
  const html = md('$$\n\\frac{1}{n}\n\\sum_i x_i\n$$\n\nand\n\n$$ x^2 $$\n');
  assert.equal(count(html, /class="katex-display"/g), 2);
  assert.equal(count(html, /class="math-display"/g), 2);
  assert.doesNotMatch(html, /\$\$/);
});

test('$$...$$ inside a paragraph is display math in place', () => {
  const html = md('so $$a^2 + b^2$$ holds');
  assert.equal(count(html, /katex-display/g), 1);
  assert.match(html, /^<p>so /);
});

test('prices and escaped dollars stay text (Pandoc rules)', () => {
  assert.equal(md('It costs $5 and $10.'), '<p>It costs $5 and $10.</p>\n');
  assert.equal(md('\\$x$ is not math'), '<p>$x$ is not math</p>\n');
  assert.equal(md('a $ b $ c'), '<p>a $ b $ c</p>\n');
});

test('dollars in code spans and fences are left alone', () => {
  assert.match(md('`$x$`'), /<code>\$x\$<\/code>/);
  assert.doesNotMatch(md('```ts\nconst s = `$${a}$`;\n```'), /katex/);
});

test('invalid TeX shows as an error span instead of failing the build', () => {
  assert.match(renderMath('\\frac{1}{', false), /katex-error/);
});

test('untrusted pages keep KaTeX intact through the sanitiser', () => {
  const trusted = renderMarkdown('$\\hat y$', envFor(true));
  const untrusted = renderMarkdown('$\\hat y$', envFor(false));
  assert.equal(untrusted, trusted);
  assert.match(untrusted, /style="/);
});
