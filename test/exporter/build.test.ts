import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, test } from 'node:test';
import { woff2OnlyKatexCss } from '../../exporter/assets';
import { buildSite } from '../../exporter/build';
import { formatStats, type SiteStats } from '../../exporter/stats';
import { executable } from './helpers';

const FIXTURES = join(__dirname, 'fixtures');
const work = mkdtempSync(join(tmpdir(), 'losslab-build-'));
after(() => rmSync(work, { recursive: true, force: true }));

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? (e as unknown as { path: string }).path, e.name)).split('\\').join('/'))
    .sort();
}

async function buildCourse(name: string): Promise<{ out: string; warnings: string[]; stats: SiteStats }> {
  const out = join(work, name);
  const course = join(FIXTURES, 'course');
  const warnings: string[] = [];
  const stats = await buildSite({
    notebooks: join(course, 'executed'), sources: join(course, 'notebooks'), lessons: join(course, 'lessons'),
    out, trusted: true, warn: (m) => warnings.push(m),
  });
  return { out, warnings, stats };
}

const OUR_SCRIPTS = /^<script( src="(\.\.\/)?assets\/(site|keyboard|plotly\.min|search)\.js"( data-plotly-config="[^"<>]*")? defer| type="application\/json" id="figure-\d+")>$/;

test('the site mirrors the course: index, lesson and notebook pages, downloads, shared assets', async () => {
  const { out } = await buildCourse('layout');
  const all = files(out);
  for (const f of ['index.html', 'lessons/01-first-steps.html', 'lessons/02-second-steps.html', 'notebooks/01-first-steps.html',
    'notebooks/01-first-steps.ipynb', 'notebooks/02-second-steps.html', 'lessons/img/diagram.svg',
    'assets/plotly.min.js', 'assets/site.css', 'assets/site.js', 'assets/keyboard.js', 'assets/hljs.css', 'assets/katex/katex.min.css']) {
    assert.ok(all.includes(f), `${f} is in the site`);
  }
  assert.deepEqual(all.filter((f) => f.includes('fonts/')).filter((f) => !f.endsWith('.woff2')), []);
  assert.equal(all.filter((f) => /plotly/.test(f)).length, 1, 'plotly.js is shipped once');
});

test('pages are small, link nothing outside the site and never carry an inlined plotly.js', async () => {
  const { out } = await buildCourse('small');
  for (const f of files(out).filter((f) => /\.(html|ipynb|css)$/.test(f) && !f.startsWith('assets/katex'))) {
    const text = readFileSync(join(out, f), 'utf8');
    assert.doesNotMatch(text, /__inlinedPlotly/, `${f} has no inlined plotly.js`);
    assert.doesNotMatch(text, /(src|href)="(https?:)?\/\//, `${f} loads nothing from outside`);
    assert.doesNotMatch(text, /url\((['"])?(https?:)?\/\//, `${f} has no external CSS url()`);
    // The loss guide carries every loss's formula (KaTeX HTML + MathML) and a chart per task (25 losses, 9 tasks).
    const limit = f === 'guide.html' ? 200 * 1024 : 64 * 1024;
    if (f.endsWith('.html')) assert.ok(statSync(join(out, f)).size < limit, `${f} is small`);
  }
  const nb = JSON.parse(readFileSync(join(out, 'notebooks/01-first-steps.ipynb'), 'utf8'));
  assert.equal(nb.cells.length, 10, 'the download keeps every cell');
});

test('a notebook page has its figures, outputs, execution counts and download link', async () => {
  const { out } = await buildCourse('notebook');
  const html = readFileSync(join(out, 'notebooks/01-first-steps.html'), 'utf8');
  assert.equal((html.match(/class="plotly-figure"/g) ?? []).length, 2);
  assert.match(html, /<script src="..\/assets\/plotly.min.js" defer><\/script>/);
  assert.match(html, /In \[3\]:/);
  assert.match(html, /class="output stream stderr"/);
  assert.match(html, /<table class="losses">/);
  assert.match(html, /class="output error"/);
  assert.match(html, /<a class="button" href="01-first-steps.ipynb" download>/);
  assert.match(html, /<img src="01-first-steps.files\/[0-9a-f]{16}.png" alt="attached"/);
  assert.match(html, /Exercise 01-1/);
  assert.doesNotMatch(readFileSync(join(out, 'lessons/01-first-steps.html'), 'utf8'), /plotly.min.js/, 'pages without figures skip plotly.js');
});

test('a missing executed notebook falls back to the committed one, with a warning and a notice', async () => {
  const { out, warnings } = await buildCourse('fallback');
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /no executed copy of 02-second-steps.ipynb/);
  assert.match(readFileSync(join(out, 'notebooks/02-second-steps.html'), 'utf8'), /was not executed when the site was built/);
  assert.doesNotMatch(readFileSync(join(out, 'notebooks/01-first-steps.html'), 'utf8'), /was not executed/);
});

test('the index lists the sequence with titles from the lessons and says how to run locally', async () => {
  const { out } = await buildCourse('index');
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  assert.match(html, /<span class="step-num">01<\/span><div><h3><a href="lessons\/01-first-steps.html">First steps<\/a><\/h3>/);
  assert.match(html, /<a href="notebooks\/02-second-steps.html">Notebook<\/a>/);
  assert.match(html, /npm start/);
  assert.ok(html.indexOf('First steps') < html.indexOf('Second steps'));
});

test('stats: total size, largest page, build time', async () => {
  const { stats } = await buildCourse('stats');
  assert.equal(stats.pages, 6, 'index, 2 lessons, 2 notebooks, the loss guide');
  assert.ok(stats.totalBytes > stats.assetBytes && stats.assetBytes > 4e6);
  assert.match(stats.largestPage.path, /\.html$/);
  assert.ok(stats.largestPage.bytes > 1000 && stats.buildMs > 0);
  assert.match(formatStats(stats), /largest page: .*\.html/);
});

test('an untrusted hostile notebook and lesson leave nothing executable in the site', async () => {
  const out = join(work, 'hostile');
  const hostile = join(FIXTURES, 'hostile');
  await buildSite({ notebooks: join(hostile, 'notebooks'), lessons: join(hostile, 'lessons'), out, trusted: false });
  for (const f of files(out).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(out, f), 'utf8');
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    assert.ok(main.length > 100, `${f} has content`);
    const left = executable(main).filter((tag) => !OUR_SCRIPTS.test(tag));
    assert.deepEqual(executable(html.slice(0, html.indexOf('<main'))).filter((t) => !/^<(meta|link)\b/.test(t) && !OUR_SCRIPTS.test(t)), []);
    assert.deepEqual(left, [], `${f} has nothing executable`);
  }
  const notebook = readFileSync(join(out, 'notebooks/01-hostile.html'), 'utf8');
  assert.match(notebook, /<b>bold<\/b>/, 'safe HTML survives');
  assert.match(notebook, /&lt;script&gt;window.__pwned/, 'stdout shows the text, escaped');
  assert.doesNotMatch(notebook, /assets\/run\//, 'untrusted notebooks do not get the in-browser kernel');
  assert.equal(existsSync(join(out, 'assets', 'run')), false, 'nor does an untrusted site carry it');
  assert.doesNotMatch(readFileSync(join(out, 'index.html'), 'utf8'), /Run it in your browser/);
});

test('the output folder is replaced only when it holds a previous site', async () => {
  const out = join(work, 'precious');
  mkdirSync(out);
  writeFileSync(join(out, 'thesis.tex'), 'keep me');
  const course = join(FIXTURES, 'course');
  await assert.rejects(() => buildSite({ notebooks: join(course, 'executed'), lessons: join(course, 'lessons'), out, trusted: true }), /not empty/);
  assert.ok(existsSync(join(out, 'thesis.tex')));
});

test('KaTeX CSS keeps only the WOFF2 fonts', () => {
  const css = '@font-face{src:url(fonts/A.woff2) format("woff2"),url(fonts/A.woff) format("woff"),url(fonts/A.ttf) format("truetype")}';
  assert.equal(woff2OnlyKatexCss(css), '@font-face{src:url(fonts/A.woff2) format("woff2")}');
});

test('front door: favicon on every page, no placeholder, the course title once, guide.css only on the guide', async () => {
  const { out } = await buildCourse('front-door');
  assert.ok(existsSync(join(out, 'assets', 'favicon.svg')), 'the favicon is in the assets');
  for (const page of files(out).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(out, page), 'utf8');
    const prefix = page.includes('/') ? '../' : '';
    assert.ok(html.includes(`<link rel="icon" href="${prefix}assets/favicon.svg" type="image/svg+xml">`), `${page}: favicon link`);
    assert.equal(html.includes('assets/guide.css'), page === 'guide.html', `${page}: guide.css only on the guide`);
    const main = html.slice(html.indexOf('<main'));
    const shell = html.replace(/<title>.*<\/title>/, '');
    assert.equal((shell.match(/>losslab</g) ?? []).length - (main.match(/>losslab</g) ?? []).length, 1, `${page}: "losslab" once outside the content`);
  }
  const index = readFileSync(join(out, 'index.html'), 'utf8');
  assert.doesNotMatch(index, /this repository&gt;|<this repository>|git clone/, 'no placeholder clone command');
  const withRepo = join(work, 'front-door-repo');
  const course = join(FIXTURES, 'course');
  await buildSite({ notebooks: join(course, 'executed'), lessons: join(course, 'lessons'), out: withRepo, trusted: true, repository: 'https://example.org/losslab.git' });
  assert.match(readFileSync(join(withRepo, 'index.html'), 'utf8').replace(/<[^>]+>/g, ''), /git clone https:\/\/example.org\/losslab.git losslab/);
  assert.match(index, /npm start/);
  assert.match(index, /npm test/);
  assert.match(index, /npm run export/, 'how to publish the site');
  assert.match(index, /Run it in your browser/, 'the trusted course says its notebooks run in the browser');
  assert.match(readFileSync(join(out, 'notebooks', '01-first-steps.html'), 'utf8'), /assets\/run\/notebook\.js/, 'notebook pages load the in-browser kernel');
  assert.doesNotMatch(index, /The hands-on part is the notebook/, 'lesson summaries do not repeat the notebook pointer');
  assert.doesNotMatch(index, /notebooks\/01-[\w-]+\.ipynb<\/code>/, 'Jupyter opens at notebooks/, so the path is the file name');
});
