/**
 * The exported site in a real browser (Debian chromium via playwright-core, from file://):
 * no console error, every Plotly figure drew, math rendered, every internal link and anchor
 * resolves, no request leaves the site, and a hostile notebook's code never runs.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { buildSite } from '../../exporter/build';
import { missingChromium, useOfflineChromium } from './chromium';
import { buildRealCourse, hasRealCourse, htmlPages } from './real-course';

const FIXTURES = join(__dirname, 'fixtures');
const work = mkdtempSync(join(tmpdir(), 'losslab-site-'));

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  return ids.get(file) as Set<string>;
}

interface PageReport {
  errors: string[];
  external: string[];
  figures: number;
  katex: number;
  rawMath: string[];
  /** Figure toolbar buttons that would send a chart off the site (plotly.js 3's "Share chart..."). */
  cloudButtons: number;
  /** Tick labels with an SI prefix (`10n`, `100p`) instead of a power of ten. */
  siTicks: string[];
  links: string[];
  pwned: unknown;
  title: string;
}

const chromium = useOfflineChromium(work);
const external = chromium.external;

/** One tab, reused for every page: its listeners report into `current`. */
async function openTab(): Promise<{ page: Page; current: { errors: string[] } }> {
  const page = await chromium.context.newPage();
  const current = { errors: [] as string[] };
  page.on('console', (m) => { if (m.type() === 'error' || /pwned/.test(m.text())) current.errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => current.errors.push(`pageerror: ${e.message}`));
  // A file that exists but whose load was cut short by the next navigation (the favicon, typically) is not missing.
  page.on('requestfailed', (r) => {
    if (!r.url().startsWith('file:')) return;
    const aborted = r.failure()?.errorText === 'net::ERR_ABORTED' && existsSync(fileURLToPath(r.url().split('#')[0]));
    if (!aborted) current.errors.push(`missing: ${r.url()}`);
  });
  page.on('dialog', (d) => { current.errors.push(`dialog: ${d.message()}`); void d.dismiss(); });
  return { page, current };
}

async function visit(tab: { page: Page; current: { errors: string[] } }, file: string): Promise<PageReport> {
  const { page } = tab;
  const errors: string[] = [];
  tab.current.errors = errors;
  const before = external.length;
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  await page.waitForFunction(
    () => Array.from(document.querySelectorAll('.plotly-figure')).every((d) => d.querySelector('.main-svg')),
    undefined, { timeout: 15000 },
  ).catch(() => errors.push('a Plotly figure did not draw'));
  const report = await page.evaluate(() => {
    const rawMath: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const inCode = n.parentElement?.closest('pre, code, .katex, script');
      if (!inCode && /\$\$|\\frac|\\sum/.test(n.textContent ?? '')) rawMath.push(n.textContent ?? '');
    }
    const urls = Array.from(document.querySelectorAll('a[href], img[src], link[href], script[src]'))
      .map((e) => (e as HTMLAnchorElement).href || (e as HTMLImageElement).src);
    return {
      figures: document.querySelectorAll('.plotly-figure').length,
      drawn: document.querySelectorAll('.plotly-figure .main-svg').length,
      katex: document.querySelectorAll('.katex').length,
      cloudButtons: document.querySelectorAll('.plotly-figure .modebar-btn[data-title^="Share chart"]').length,
      rawMath, links: urls,
      siTicks: Array.from(document.querySelectorAll('.plotly-figure .xtick text, .plotly-figure .ytick text'))
        .map((t) => t.textContent ?? '').filter((t) => /^[−-]?\d+(\.\d+)?[yzafpnµumkMGTPEZY]$/.test(t.trim())),
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      title: document.title,
    };
  });
  return { ...report, errors, external: external.slice(before) };
}

function checkLinks(report: PageReport): string[] {
  const broken: string[] = [];
  for (const url of report.links) {
    if (!url.startsWith('file:')) continue;
    const [path, hash] = url.split('#');
    const file = fileURLToPath(path);
    if (!existsSync(file)) broken.push(url);
    else if (hash && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(hash))) broken.push(url);
  }
  return broken;
}

async function checkSite(site: string, expect: (rel: string, r: PageReport) => void, ignore?: RegExp): Promise<void> {
  const tab = await openTab();
  for (const file of htmlPages(site)) {
    const rel = relative(site, file);
    const t0 = Date.now();
    const r = await visit(tab, file);
    if (process.env.SITE_TEST_TIMING) console.log(rel, Date.now() - t0, 'ms');
    const errors = ignore && r.errors.some((e) => ignore.test(e))
      ? r.errors.filter((e) => !ignore.test(e) && !/Failed to load resource/.test(e)) : r.errors;
    assert.deepEqual(errors, [], `${rel}: errors in the browser`);
    assert.deepEqual(r.external, [], `${rel}: requests left the site`);
    assert.deepEqual(checkLinks(r), [], `${rel}: broken internal links`);
    assert.deepEqual(r.rawMath, [], `${rel}: math left untypeset`);
    assert.deepEqual(r.siTicks, [], `${rel}: log axes print SI prefixes instead of powers of ten`);
    assert.equal(r.cloudButtons, 0, `${rel}: a figure's toolbar offers to upload it to Plotly's cloud`);
    expect(rel, r);
  }
  await tab.page.close();
}

// Without chromium the browser tests are skipped locally, but fail in CI (CI must install it).
const missing = missingChromium;

describe('exported site in chromium', { skip: missing }, () => {
  test('fixture course: figures, math, links, offline', async () => {
    const out = join(work, 'course');
    const course = join(FIXTURES, 'course');
    await buildSite({ notebooks: join(course, 'executed'), sources: join(course, 'notebooks'), lessons: join(course, 'lessons'), out, trusted: true });
    const seen = new Map<string, PageReport>();
    await checkSite(out, (rel, r) => seen.set(rel, r));
    assert.equal(seen.size, 6, 'index, 2 lessons, 2 notebooks and the loss guide');
    assert.equal(seen.get('guide.html')?.figures, 9, 'the guide draws one chart per task');
    assert.ok((seen.get('guide.html')?.katex ?? 0) >= 36, 'the guide typesets every formula and range');
    assert.equal(seen.get('notebooks/01-first-steps.html')?.figures, 2, 'both Plotly figures are on the page');
    assert.ok((seen.get('lessons/01-first-steps.html')?.katex ?? 0) >= 5, 'lesson math is typeset');
    assert.ok((seen.get('notebooks/01-first-steps.html')?.katex ?? 0) >= 2, 'notebook math is typeset');
  });

  test('hostile notebook and lesson: nothing runs', async () => {
    const out = join(work, 'hostile');
    const hostile = join(FIXTURES, 'hostile');
    await buildSite({ notebooks: join(hostile, 'notebooks'), lessons: join(hostile, 'lessons'), out, trusted: false });
    await checkSite(out, (rel, r) => {
      assert.equal(r.pwned, undefined, `${rel}: hostile code ran`);
      assert.doesNotMatch(r.title, /pwned/, `${rel}: hostile code changed the title`);
    }, /^missing: .*\/x$/); // the planted <img src=x onerror=...> fails to load, harmlessly
  });

  test('control: the same notebook exported as trusted does run, so the checks above can fail', async () => {
    const out = join(work, 'control');
    const hostile = join(FIXTURES, 'hostile');
    await buildSite({ notebooks: join(hostile, 'notebooks'), lessons: join(FIXTURES, 'none'), out, trusted: true });
    const tab = await openTab();
    const r = await visit(tab, join(out, 'notebooks', '01-hostile.html'));
    await tab.page.close();
    assert.equal(r.pwned, true);
    assert.ok(r.errors.some((e) => /pwned/.test(e)));
  });

  test('a heading whose anchor is a figure\'s id ("Figure 1") does not stand in for the figure\'s data', async () => {
    const dir = join(work, 'figure-heading');
    mkdirSync(join(dir, 'notebooks'), { recursive: true });
    const figure = { data: [{ type: 'bar', x: ['a'], y: [1] }], layout: { height: 200 } };
    writeFileSync(join(dir, 'notebooks', '01-figures.ipynb'), JSON.stringify({ nbformat: 4, metadata: {}, cells: [
      { cell_type: 'markdown', metadata: {}, source: '# Figure 1' },
      { cell_type: 'code', metadata: {}, source: 'show()', execution_count: 1, outputs: [
        { output_type: 'display_data', metadata: {}, data: { 'application/vnd.plotly.v1+json': figure } }] },
    ] }));
    const out = join(dir, 'site');
    await buildSite({ notebooks: join(dir, 'notebooks'), lessons: join(dir, 'lessons'), out, trusted: true });
    const tab = await openTab();
    const r = await visit(tab, join(out, 'notebooks', '01-figures.html'));
    await tab.page.close();
    assert.deepEqual(r.errors, []);
    assert.equal(r.figures, 1);
  });

  test('figures follow the dark theme, and switch back with the page', async () => {
    const out = join(work, 'dark');
    const course = join(FIXTURES, 'course');
    await buildSite({ notebooks: join(course, 'executed'), sources: join(course, 'notebooks'), lessons: join(course, 'lessons'), out, trusted: true });
    const dark = await chromium.context.browser()!.newContext({ colorScheme: 'dark' });
    const page = await dark.newPage();
    await page.goto(pathToFileURL(join(out, 'notebooks', '01-first-steps.html')).href, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelectorAll('.plotly-figure .main-svg').length >= 2, undefined, { timeout: 15000 });
    // Relative luminance of each figure's paper (the first svg's background) and of its tick text.
    const lum = (css: string): number => {
      const [r, g, b] = (css.match(/[\d.]+/g) ?? []).map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    };
    const colours = async () => (await page.evaluate(() => Array.from(document.querySelectorAll('.plotly-figure')).map((div) => {
      const paper = div.querySelector('.main-svg') as Element; // Plotly paints the paper as its background
      const tick = div.querySelector('.xtick text');
      return { paper: getComputedStyle(paper).backgroundColor, text: tick ? getComputedStyle(tick).fill : 'rgb(255, 255, 255)' };
    }))).map((c) => ({ paper: lum(c.paper), text: lum(c.text) }));
    for (const c of await colours() as Array<{ paper: number; text: number }>) {
      assert.ok(c.paper < 0.2, `dark mode: figure paper luminance ${c.paper.toFixed(2)} should be dark`);
      assert.ok(c.text > 0.6, `dark mode: tick text luminance ${c.text.toFixed(2)} should be light`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.waitForFunction(() => document.querySelectorAll('.plotly-figure .main-svg').length >= 2);
    await page.waitForTimeout(300);
    for (const c of await colours()) assert.ok(c.paper > 0.9, `light mode again: figure paper luminance ${c.paper.toFixed(2)}`);
    await dark.close();
  });

  test('the real course', { skip: !hasRealCourse && 'no lessons or notebooks yet' }, async () => {
    const out = join(work, 'real');
    await buildRealCourse(out);
    await checkSite(out, (rel, r) => {
      if (rel.startsWith('lessons/')) assert.ok(r.links.some((u) => /\/lessons\/figures\/[^/]+\.svg$/.test(u)), `${rel} shows its figures`);
    });
    await checkPhone(out);
  });
});

/** Every page at a 390 px phone width: nothing scrolls sideways (wide content scrolls in its own box). */
async function checkPhone(site: string): Promise<void> {
  const page = await chromium.context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  const wide: string[] = [];
  for (const file of htmlPages(site)) {
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.waitForFunction(
      () => Array.from(document.querySelectorAll('.plotly-figure')).every((d) => d.querySelector('.main-svg')),
      undefined, { timeout: 15000 },
    ).catch(() => undefined);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 390) wide.push(`${relative(site, file)}: ${width} px`);
  }
  await page.close();
  assert.deepEqual(wide, [], 'pages wider than a 390 px phone');
}
