/**
 * The site's search index (exporter/search.ts, search-text.ts): one section per heading, anchored
 * on the id the page really emits (prefixed in untrusted mode), read as plain text (no KaTeX
 * visual copy, no heading `#`, no outputs), hostile markup kept as text, and a small index whose
 * sizes the build reports. The browser side is tested in search.browser.test.ts.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { runInNewContext } from 'node:vm';
import type MiniSearchType from 'minisearch';
import { buildSite } from '../../exporter/build';
import { renderGuideBody } from '../../exporter/guide';
import type { Notebook } from '../../exporter/ipynb';
import { renderMarkdown } from '../../exporter/markdown';
import { renderNotebookBody } from '../../exporter/notebook';
import type { OutputContext } from '../../exporter/outputs';
import { pageSections } from '../../exporter/search-text';
import { SEARCH_FILES, SNIPPET_CHARS, processTerm, snippet, type SearchData } from '../../exporter/search';
import { formatStats } from '../../exporter/stats';
import { envFor } from './helpers';

const work = mkdtempSync(join(tmpdir(), 'losslab-search-'));
after(() => rmSync(work, { recursive: true, force: true }));

const LESSON = `# 04. Regression losses

Intro prose.

## Huber: quadratic near zero, linear beyond $\\delta$

Inside a band of half-width $\\delta$ the **Huber** loss is squared:

$$\\ell_\\delta(e) = \\tfrac12 e^2$$

\`\`\`ts
losses.huber(yTrue, yPred, { delta: 1 })
\`\`\`

### Huber again

Same name, a second id.
`;

/** Every `id="..."` in `html`, decoded as the browser reads it. */
const idsIn = (html: string): string[] => [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));

describe('sections of a page', () => {
  test('one per heading, in order, anchored on the ids the page emits', () => {
    const env = envFor(true);
    const html = renderMarkdown(LESSON, env);
    const sections = pageSections(html);
    assert.deepEqual(sections.map((s) => s.id), env.headings.map((h) => h.id));
    for (const s of sections) assert.ok(idsIn(html).includes(s.id), `#${s.id} is on the page`);
    assert.deepEqual(sections.map((s) => s.title), ['04. Regression losses', 'Huber: quadratic near zero, linear beyond δ', 'Huber again']);
  });

  test('untrusted: the anchors carry the user-content- prefix, exactly as emitted', () => {
    const html = renderMarkdown(LESSON, envFor(false));
    const ids = pageSections(html).map((s) => s.id);
    assert.ok(ids.length === 3 && ids.every((id) => id.startsWith('user-content-')), ids.join(' '));
    for (const id of ids) assert.ok(idsIn(html).includes(id), `#${id} is on the page`);
  });

  test('plain text: math read once (no KaTeX visual copy, no display math), no heading #, code and emphasis apart', () => {
    const huber = pageSections(renderMarkdown(LESSON, envFor(true)))[1];
    assert.equal(huber.text, 'Inside a band of half-width δ the Huber loss is squared:');
    assert.equal(huber.terms, 'Huber');
    assert.match(huber.code, /losses\.\s*huber\s*\(yTrue, yPred, \{ delta\s*: 1 \}\)/);
    assert.doesNotMatch(`${huber.title} ${huber.text}`, /#|\\delta|ℓ/);
  });

  test('hostile headings: markup written as text stays text, markup itself is sanitised away', () => {
    const html = renderMarkdown('## &lt;img src=x onerror=alert(1)&gt; escaped\n\n## <img src=x onerror=alert(1)> raw\n', envFor(false));
    const titles = pageSections(html).map((s) => s.title);
    assert.deepEqual(titles, ['<img src=x onerror=alert(1)> escaped', 'raw']);
  });

  test('a notebook: every markdown cell\'s headings, code lightly, outputs and prompts left out', () => {
    const env = envFor(true, 'notebooks/04-regression-losses.ipynb');
    const outputs: OutputContext = { trusted: true, usesPlotly: false, nextFigureId: () => 'figure-1', rewriteLink: env.rewriteLink,
      markdown: (source) => renderMarkdown(source, env), writeFile: () => 'unused' };
    const nb = { nbformat: 4, metadata: {}, cells: [
      { cell_type: 'markdown', metadata: {}, source: '# 04. Losses\n\nGoals.' },
      { cell_type: 'code', metadata: {}, execution_count: 7, source: 'losses.huber(a, b)', outputs: [{ output_type: 'stream', name: 'stdout', text: 'OUTPUT-TEXT' }] },
      { cell_type: 'markdown', metadata: {}, source: '## Summary\n\nDone.' },
    ] };
    const html = renderNotebookBody(nb as Notebook, { env, outputs, executed: true, downloadUrl: 'x.ipynb' });
    const sections = pageSections(html);
    assert.deepEqual(sections.map((s) => [s.id, s.title, s.text]), [['04-losses', '04. Losses', 'Goals.'], ['summary', 'Summary', 'Done.']]);
    assert.match(sections[0].code, /losses\.\s*huber\s*\(a, b\)/);
    assert.doesNotMatch(JSON.stringify(sections), /OUTPUT-TEXT|In \[|Download/);
  });

  test('the loss guide: each card is a section anchored on its card, each task on its heading', () => {
    const sections = pageSections(renderGuideBody(new Map(), () => ''));
    assert.equal(sections[0].title, 'Choosing a loss', 'the page title, without an anchor, titles the top of the page');
    assert.equal(sections[0].id, '');
    const huber = sections.find((s) => s.id === 'huber');
    assert.equal(huber?.title, 'Huber');
    assert.match(huber?.text ?? '', /outliers/i);
    assert.match(huber?.code ?? '', /'huber_loss'/, 'Keras names are searchable, as code');
    assert.equal(sections.find((s) => s.id === 'regression')?.title, 'Regression');
  });

  test('raw-text elements are skipped whole: a "<" in a script is not a tag', () => {
    const sections = pageSections('<section><h2 id="a">A</h2><script>var end = "</section>"; code();</script><p>after</p></section><h2 id="b">B</h2><p>tail</p>');
    assert.deepEqual(sections.map((s) => [s.id, s.text]), [['a', 'after'], ['b', 'tail']]);
  });
});

describe('index terms and snippets', () => {
  test('filler words, single letters and letterless terms are dropped; names are kept', () => {
    assert.deepEqual(['The', 'of', 'x', '0.001', '=>', 'Adam', 'L2', 'huber_loss', 'Ünïcode'].map(processTerm),
      [null, null, null, null, null, 'adam', 'l2', 'huber_loss', 'ünïcode']);
  });

  test('a snippet is the start of the prose, cut at a word, with an ellipsis', () => {
    const long = 'word '.repeat(100);
    const s = snippet(long);
    assert.ok(s.length <= SNIPPET_CHARS + 1 && s.endsWith('word…'), s);
    assert.equal(snippet('short text'), 'short text');
  });
});

/** `search-index.js` and `minisearch.js` of a built site, run as a browser would (one global object). */
function loadSite(out: string): { data: SearchData; MiniSearch: typeof MiniSearchType } {
  const window: Record<string, unknown> = {};
  window.window = window;
  runInNewContext(readFileSync(join(out, SEARCH_FILES.engine), 'utf8'), window);
  runInNewContext(readFileSync(join(out, SEARCH_FILES.index), 'utf8'), window);
  return { data: window.losslabSearch as SearchData, MiniSearch: window.MiniSearch as typeof MiniSearchType };
}

test('a built site: every result lands on an id of its page, the index stores no full text, the report gives its sizes', async () => {
  const lessons = join(work, 'lessons');
  mkdirSync(lessons, { recursive: true });
  writeFileSync(join(lessons, '04-regression-losses.md'), `${LESSON}\n## Patience\n\n${'A long paragraph about nothing in particular. '.repeat(20)}UNIQUE-TAIL.\n`);
  const out = join(work, 'site');
  const report = await buildSite({ notebooks: join(work, 'notebooks'), lessons, out, trusted: false });
  const { data, MiniSearch } = loadSite(out);
  const stored = Object.values(data.index.storedFields) as Array<{ p: number; h: string; t: string; s: string }>;
  assert.ok(stored.length >= 4 + 30, 'the lesson\'s sections and the guide\'s cards are indexed');
  for (const doc of stored) {
    const page = readFileSync(join(out, decodeURIComponent(data.pages[doc.p].url)), 'utf8');
    if (doc.h !== '') assert.ok(idsIn(page).includes(doc.h), `${data.pages[doc.p].url}#${doc.h} exists`);
    assert.ok(doc.s.length <= SNIPPET_CHARS + 1, 'a snippet, not the text');
    assert.deepEqual(Object.keys(doc).sort(), ['h', 'p', 's', 't']);
  }
  assert.doesNotMatch(readFileSync(join(out, SEARCH_FILES.index), 'utf8'), /UNIQUE-TAIL/, 'the text is indexed, not stored');
  const engine = MiniSearch.loadJS(data.index, { ...data.options, processTerm });
  const first = engine.search('unique', { prefix: true })[0];
  assert.equal(first?.h, 'user-content-patience', 'yet the end of a section is found');
  assert.equal(report.search?.indexBytes, statSync(join(out, SEARCH_FILES.index)).size);
  assert.equal(report.search?.engineBytes, statSync(join(out, SEARCH_FILES.engine)).size);
  assert.ok((report.search?.engineBytes ?? 0) < 30_000, `MiniSearch ships minified (${report.search?.engineBytes} bytes)`);
  assert.match(formatStats(report), /search: \d+ sections, index [\d.]+ KiB \+ engine [\d.]+ KiB/);
});
