/**
 * The hostile course (see hostile-course.ts) exported untrusted, then EVERY produced file opened
 * in headless Chromium (pages, SVGs, figure scripts, downloads): no payload runs (no sentinel, no
 * dialog, no "pwned" on the console), no request leaves the site, no handler or javascript: URL
 * is left in any DOM, content ids cannot clobber the page's, nothing outside the inputs is read.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { buildSite } from '../../exporter/build';
import { missingChromium, useOfflineChromium } from './chromium';
import { HOSTILE_SVG, writeHostileCourse } from './hostile-course';

const work = mkdtempSync(join(tmpdir(), 'losslab-hostile-'));
const missing = missingChromium;

/** Installed in every document before its own scripts: records every way a payload shows itself. */
const HOOKS = `(() => {
  const hits = [];
  Object.defineProperty(window, '__hits', { value: hits });
  for (const name of ['alert', 'confirm', 'prompt', 'print']) window[name] = (...a) => hits.push(name + ': ' + a.join(' '));
})();`;

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? (e as unknown as { path: string }).path, e.name)))
    .sort();
}

interface Seen { hits: string[]; pwned: unknown; bad: string[]; links: string[]; ids: string[] }

/** What the document shows after load: leftovers that could run on a click, and its links. */
const inspect = (): Seen => {
  const bad: string[] = [];
  const ours = /^(assets\/|\.\.\/assets\/|[^/]*\.files\/[0-9a-f]{16}\.js$)/;
  for (const el of Array.from(document.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) bad.push(`${el.tagName} ${attr.name}`);
      if (/^\s*(javascript|vbscript|data:text)/i.test(attr.value.replace(/[\u0000-\u0020]/g, '')) && /href|src|action|data|to|values/i.test(attr.name)) bad.push(`${el.tagName} ${attr.name}=${attr.value}`);
    }
    const tag = el.tagName.toLowerCase();
    const oursToo = (tag === 'link' && ['stylesheet', 'icon'].includes(el.getAttribute('rel') ?? '') && ours.test(el.getAttribute('href') ?? '') && el.closest('head'))
      || (tag === 'style' && el.closest('head, .plotly-figure')); // plotly.js adds its own styles
    if (['iframe', 'frame', 'object', 'embed', 'base', 'form', 'foreignobject', 'animate', 'set', 'handler', 'style', 'link'].includes(tag) && !oursToo) bad.push(tag);
    if (tag === 'meta' && el.hasAttribute('http-equiv')) bad.push('meta http-equiv');
    if (tag === 'script' && !(el.getAttribute('type') === 'application/json' || ours.test(el.getAttribute('src') ?? ''))) bad.push(`script ${el.outerHTML.slice(0, 80)}`);
  }
  const w = window as unknown as { losslabFigures?: unknown; __hits?: string[]; __pwned?: unknown };
  if (w.losslabFigures instanceof Element || w.losslabFigures instanceof HTMLCollection) bad.push('window.losslabFigures is clobbered');
  for (const id of ['content', 'sidebar']) if (document.querySelectorAll(`[id="${id}"]`).length > 1) bad.push(`duplicate #${id}`);
  document.querySelectorAll('[id^="figure-"]').forEach((e) => { if (!e.matches('script')) bad.push(`#${e.id} is not a figure's data`); });
  const links = Array.from(document.querySelectorAll('a[href], img[src]')).map((e) => (e as HTMLAnchorElement).href || (e as HTMLImageElement).src);
  return { hits: w.__hits ?? [], pwned: w.__pwned, bad, links, ids: Array.from(document.querySelectorAll('[id]')).map((e) => e.id) };
};

const chromium = useOfflineChromium(work, HOOKS);
const external = chromium.external;

/** Open `file` in a fresh tab; downloads (a `.ipynb`) count as "nothing ran". */
async function open(file: string): Promise<{ seen?: Seen; errors: string[]; external: string[] }> {
  const page: Page = await chromium.context.newPage();
  const errors: string[] = [];
  const before = external.length;
  page.on('console', (m) => { if (/pwned/.test(m.text())) errors.push(`console: ${m.text()}`); });
  page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); void d.dismiss(); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  let seen: Seen | undefined;
  try {
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.waitForTimeout(file.endsWith('.html') ? 300 : 50);
    seen = await page.evaluate(inspect);
  } catch (error) {
    if (!/Download is starting|ERR_ABORTED/.test((error as Error).message)) throw error;
  }
  await page.close();
  return { seen, errors, external: external.slice(before) };
}

describe('hostile course exported untrusted, every file opened in chromium', { skip: missing }, () => {
  const dir = join(work, 'course');
  const out = join(work, 'site');
  const warnings: string[] = [];
  let problems: string[] = [];

  before(async () => {
    const course = writeHostileCourse(dir, join(__dirname, 'fixtures'));
    const stats = await buildSite({ notebooks: course.notebooks, lessons: course.lessons, out, trusted: false, warn: (m) => warnings.push(m) });
    problems = stats.problems;
  });

  test('no payload runs, nothing is fetched, nothing executable is left, in any page or file', async () => {
    const files = allFiles(out).filter((f) => !f.startsWith('assets/'));
    assert.ok(files.filter((f) => f.endsWith('.svg')).length >= 3, 'the SVG output, attachment and lesson file are published');
    for (const rel of files) {
      const r = await open(join(out, rel));
      assert.deepEqual(r.errors, [], `${rel}: a payload showed itself`);
      assert.deepEqual(r.external, [], `${rel}: requests left the site`);
      if (/\.(html|svg)$/.test(rel)) assert.ok(r.seen, `${rel} was opened`);
      if (!r.seen) continue;
      assert.equal(r.seen.pwned, undefined, `${rel}: a payload ran`);
      assert.deepEqual(r.seen.hits, [], `${rel}: a payload called a hooked function`);
      assert.deepEqual(r.seen.bad, [], `${rel}: executable leftovers`);
      if (!rel.endsWith('.html')) continue;
      const ids = new Set(r.seen.ids);
      for (const url of r.seen.links.filter((u) => u.startsWith('file:'))) {
        const [path, hash] = url.split('#');
        assert.ok(existsSync(fileURLToPath(path)), `${rel}: broken link ${url}`);
        if (hash && path === pathToFileURL(join(out, rel)).href) assert.ok(ids.has(decodeURIComponent(hash)), `${rel}: broken anchor #${hash}`);
      }
    }
  });

  test('nothing outside the input folders is read or published, and the report says so', () => {
    for (const rel of allFiles(out)) assert.doesNotMatch(readFileSync(join(out, rel), 'latin1'), /SECRET-OUTSIDE-THE-INPUTS/, `${rel} leaks`);
    for (const name of ['secret.txt', 'linked/secret.txt', '03-stolen.md', '03-stolen.ipynb']) {
      assert.ok(problems.some((p) => p.includes(name) && /outside the input folders/.test(p)), `the report names ${name}`);
    }
    assert.ok(problems.some((p) => /evil\.html/.test(p) && /not published/.test(p)), 'a linked HTML file is not published untrusted');
  });

  test('a hostile check comment in a lesson is shown as escaped code under its math, once', () => {
    const html = readFileSync(join(out, 'lessons', '02-vectors.html'), 'utf8');
    assert.equal(html.match(/<details class="check-code">/g)?.length, 1, 'the malformed comments show nothing');
    assert.match(html.replace(/<span[^>]*>|<\/span>/g, ''), /&lt;\/code&gt;&lt;\/pre&gt;&lt;\/details&gt;&lt;script&gt;top.__pwned/);
  });

  test('odd file names are published under percent-encoded URLs', () => {
    const all = allFiles(out);
    for (const f of ['lessons/04-with space.html', 'lessons/05-ünïcode.html', 'notebooks/07-a&b #1?.html', 'lessons/odd <name> ü.png']) assert.ok(all.includes(f), `${f} is published`);
    assert.ok(all.some((f) => /^lessons\/06-<img/.test(f)), 'the lesson named like a tag is published');
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    assert.match(index, /href="lessons\/04-with%20space.html"/);
    assert.match(index, /href="notebooks\/07-a%26b%20%231%3F.html"/);
    assert.doesNotMatch(index, /<img src=x/);
  });

  test('very large outputs are cut on the page, with a note; the download keeps them', () => {
    const page = readFileSync(join(out, 'notebooks', '02-vectors.html'), 'utf8');
    assert.ok(page.length < 1_500_000, `the page is ${page.length} characters`);
    assert.match(page, /Output truncated/);
    assert.match(page, /downloadable \.ipynb/);
    assert.ok(readFileSync(join(out, 'notebooks', '02-vectors.ipynb'), 'utf8').length > 5_000_000);
  });

  test('control: the hostile SVG published verbatim does run in chromium, so the checks above can fail', async () => {
    const raw = join(work, 'raw.svg');
    writeFileSync(raw, HOSTILE_SVG);
    const r = await open(raw);
    assert.ok(r.seen?.pwned === 1 || (r.seen?.hits.length ?? 0) > 0, 'the raw SVG runs its script');
    assert.ok((r.seen?.bad.length ?? 0) > 0);
  });
});
