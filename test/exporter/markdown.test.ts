import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatValue, parseCheckComment } from '../../exporter/check';
import { renderMarkdown } from '../../exporter/markdown';
import { slugify } from '../../exporter/slug';
import { envFor, executable } from './helpers';

const md = (source: string, trusted = true): string => renderMarkdown(source, envFor(trusted));

test('headings get GitHub-style anchors, unique per page, and are recorded', () => {
  const env = envFor(true);
  const html = renderMarkdown('# 04. Regression losses\n## Huber `delta`\n## Huber `delta`', env);
  assert.match(html, /<h1 id="04-regression-losses"><a class="anchor" href="#04-regression-losses"/);
  assert.match(html, /<h2 id="huber-delta">/);
  assert.match(html, /<h2 id="huber-delta-1">/);
  assert.deepEqual(env.headings.map((h) => h.id), ['04-regression-losses', 'huber-delta', 'huber-delta-1']);
});

test('slugify follows GitHub: lower case, punctuation dropped, spaces to hyphens', () => {
  assert.equal(slugify('Mean Squared Error (MSE)'), 'mean-squared-error-mse');
  assert.equal(slugify('Log-cosh: smooth & robust'), 'log-cosh-smooth--robust');
});

test('code is highlighted at build time as TypeScript', () => {
  const html = md('```ts\nconst x: number = 1;\n```');
  assert.match(html, /<pre class="code"><code class="hljs language-typescript"><span class="hljs-keyword">const<\/span>/);
});

test('tables render and scroll on narrow screens', () => {
  const html = md('| a | b |\n|---|---|\n| 1 | $x$ |');
  assert.match(html, /^<div class="table-wrap"><table>/);
  assert.match(html, /<td>.*katex.*<\/td>/s);
});

test('links between lessons and to notebooks point at the site pages', () => {
  const html = md('[next](05-binary-classification-losses.md#huber) [nb](../notebooks/04-regression-losses.ipynb) [self](#top) [web](https://keras.io/api/losses/)');
  assert.match(html, /href="05-binary-classification-losses.html#huber"/);
  assert.match(html, /href="..\/notebooks\/04-regression-losses.html"/);
  assert.match(html, /href="#top"/);
  assert.match(html, /href="https:\/\/keras.io\/api\/losses\/"/);
});

test('a notebook cell links back to its lesson', () => {
  const html = renderMarkdown('[lesson](../lessons/04-regression-losses.md)', envFor(true, 'notebooks/04-regression-losses.ipynb'));
  assert.match(html, /href="..\/lessons\/04-regression-losses.html"/);
});

test('a link to a course file not in the site becomes plain text, not a broken link', () => {
  const html = md('See [lesson 9](09-sgd-momentum-nesterov.md) now.');
  assert.equal(html, '<p>See <span class="missing-link" title="not part of the site yet">lesson 9</span> now.</p>\n');
});

const WORKED = [
  '$$\\tfrac12 \\cdot 0.5^2 = 0.125$$',
  '<!-- check: losses.huber([[0, 1]], [[0.5, 3]], { delta: 1 }) ≈ 0.8125 ± 1e-6 -->',
  '<!-- check: [1, 2].map((x) => x > 1) ≈ [false, true] -->',
].join('\n');

test('a worked example is its math, then one collapsed "Check it in code" line for its check comments', () => {
  const html = md(WORKED);
  assert.match(html, /^<div class="math-display">.*katex.*<\/div>\n<details class="check-code"><summary>Check it in code<\/summary><pre class="code">/s);
  assert.equal(html.match(/<details/g)?.length, 1, 'consecutive check comments share one line');
  assert.match(html, /<span class="hljs-title function_">huber<\/span>/);
  assert.match(html, /<span class="hljs-comment">\/\/ → 0.8125<\/span>/);
  assert.match(html, /<span class="hljs-comment">\/\/ → \[false, true\]<\/span>/);
  assert.doesNotMatch(html, /±|1e-6|<!--/, 'no tolerance, no comment left');
});

test('other comments and a ```check fence are not worked examples', () => {
  assert.equal(md('<!-- a note -->'), '<!-- a note -->');
  assert.doesNotMatch(md('$$x$$\n<!-- check: f( ≈ 1 ± x -->'), /check-code/, 'a malformed check shows nothing, as on GitHub');
  assert.match(md('```check\n{"expr": "1", "equals": [1]}\n```'), /<pre class="code"><code class="hljs language-check">/);
});

test('check comments: value formatting', () => {
  assert.equal(formatValue(parseCheckComment('<!-- check: f() ≈ 0.8125 ± 1e-6 -->')), '0.8125');
  assert.equal(formatValue(parseCheckComment('<!-- check: f() ≈ [0.8125] -->')), '[0.8125]');
  assert.equal(formatValue({ values: [0, 0.6, true], scalar: false }), '[0, 0.6, true]');
});

test('untrusted: a hostile check comment is escaped code, and the page keeps nothing executable', () => {
  const hostile = '$$x$$\n<!-- check: </code></pre></details><script>top.__pwned=1</script><img src=x onerror="top.__pwned=1"> ≈ 1 -->';
  const html = md(hostile, false);
  assert.deepEqual(executable(html), []);
  assert.match(html.replace(/<span[^>]*>|<\/span>/g, ''), /&lt;\/code&gt;&lt;\/pre&gt;&lt;\/details&gt;&lt;script&gt;top.__pwned=1/);
  assert.equal(html.match(/<\/details>/g)?.length, 1);
});

test('trusted markdown keeps raw HTML; untrusted markdown is sanitised but keeps safe HTML', () => {
  const source = '<details><summary>Hint</summary>Use <b>MSE</b>.</details>\n\n<script>window.__pwned = 1</script>\n\n<img src="data:image/png;base64,AA" onerror="window.__pwned = 1"> [x](javascript:alert(1)) <a href="JaVaScRiPt:alert(1)">y</a> <iframe src="https://example.com"></iframe>';
  assert.match(md(source), /<script>window.__pwned = 1<\/script>/);
  const safe = md(source, false);
  assert.deepEqual(executable(safe), []);
  assert.doesNotMatch(safe, /__pwned/); // markdown-it leaves [x](javascript:...) as inert text
  assert.match(safe, /<details><summary>Hint<\/summary>Use <b>MSE<\/b>.<\/details>/);
  assert.match(safe, /<img src="data:image\/png;base64,AA" \/>/);
});
