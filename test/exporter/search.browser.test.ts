/**
 * The site's search in a real browser (Debian chromium, from file://, offline): on the real
 * course the obvious queries land on the obvious sections, a result opens its page at the
 * heading, the keyboard alone is enough, it fits a phone in dark mode, nothing leaves the site
 * and nothing is logged as an error; on a hostile course, a heading's markup shows as text.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { buildSite } from '../../exporter/build';
import { missingChromium, useOfflineChromium } from './chromium';
import { buildRealCourse, hasRealCourse } from './real-course';
import { writeHostileCourse } from './hostile-course';

const work = mkdtempSync(join(tmpdir(), 'losslab-search-browser-'));
const chromium = useOfflineChromium(work);


interface Hit { href: string; page: string; title: string; snippet: string }

/** A tab whose errors (console, page, missing files, dialogs) are collected. */
async function openTab(context: BrowserContext = chromium.context): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => { if (r.failure()?.errorText !== 'net::ERR_ABORTED') errors.push(`failed: ${r.url()}`); });
  page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); void d.dismiss(); });
  return { page, errors };
}

/** Press `/`, type `query`, wait for the results and read them. */
async function search(page: Page, query: string): Promise<Hit[]> {
  await page.keyboard.press('/');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(query);
  await page.waitForFunction(() => {
    const panel = document.querySelector('.search-panel') as HTMLElement;
    return !panel.hidden && (panel.querySelector('.search-hit') || !(panel.querySelector('.search-empty') as HTMLElement).hidden);
  });
  return page.$$eval('.search-hit', (links) => links.map((a) => ({
    href: (a as HTMLAnchorElement).href,
    page: a.querySelector('.search-page')?.textContent ?? '',
    title: a.querySelector('.search-title')?.textContent ?? '',
    snippet: a.querySelector('.search-snippet')?.textContent ?? '',
  })));
}

/**
 * The element the location's hash names, its tag, and the text of its section: the heading and
 * what follows it up to the next heading of its level or above (a guide card is its own section).
 */
async function target(page: Page): Promise<{ id: string; tag: string; heading: string; text: string } | undefined> {
  return page.evaluate(() => {
    const id = decodeURIComponent(location.hash.slice(1));
    const el = document.getElementById(id);
    if (!el) return undefined;
    const level = /^H([1-6])$/.exec(el.tagName)?.[1];
    let text = el.textContent ?? '';
    for (let next = el.nextElementSibling; level && next; next = next.nextElementSibling) {
      const other = /^H([1-6])$/.exec(next.tagName)?.[1];
      if (other && other <= level) break;
      text += ` ${next.textContent ?? ''}`;
    }
    return { id, tag: el.tagName, heading: el.textContent ?? '', text };
  });
}

describe('site search in chromium', { skip: missingChromium }, () => {
  const out = join(work, 'real');
  before(async () => {
    if (hasRealCourse) await buildRealCourse(out);
  });
  const home = (): string => pathToFileURL(join(out, 'index.html')).href;

  test('the real course: the obvious queries find the obvious sections', { skip: !hasRealCourse && 'no course' }, async () => {
    const { page, errors } = await openTab();
    await page.goto(home());
    const expect: Array<[string, RegExp, RegExp]> = [
      ['huber', /\/(lessons\/04-regression-losses|guide)\.html#/, /Huber/],
      ['bias correction', /\/lessons\/10-adaptive-optimizers\.html#/, /Adam/],
      ['patience', /\/lessons\/11-early-stopping\.html#/, /./],
      ['adam', /\/lessons\/10-adaptive-optimizers\.html#/, /Adam/],
    ];
    const section = await chromium.context.newPage();
    for (const [query, href, title] of expect) {
      const hits = await search(page, query);
      assert.ok(hits.length > 0, `${query}: no result`);
      assert.match(hits[0].href, href, `${query}: first result ${hits[0].href}`);
      assert.match(hits[0].title, title, `${query}: first result's title`);
      await section.goto(hits[0].href);
      const opened = await target(section);
      assert.ok(opened, `${hits[0].href}: the heading exists`);
      assert.equal(opened.heading.replace(/^#/, '').trim().startsWith(hits[0].title.slice(0, 12)), true, `${query}: opens "${hits[0].title}"`);
      for (const word of query.split(' ')) assert.match(opened.text, new RegExp(word, 'i'), `${query}: the section says "${word}"`);
    }
    await section.close();
    assert.ok((await search(page, 'hubr')).some((h) => /Huber/.test(h.title)), 'a typo still finds Huber');
    await page.close();
    assert.deepEqual(errors, []);
    assert.deepEqual(chromium.external, [], 'no request left file://');
  });

  test('the keyboard alone: / focuses, arrows and Tab move, Escape closes, Enter opens the section', { skip: !hasRealCourse && 'no course' }, async () => {
    const { page, errors } = await openTab();
    await page.goto(home());
    const focused = (): Promise<string> => page.evaluate(() => (document.activeElement as HTMLElement).className);
    const hits = await search(page, 'bias correction');
    assert.equal(await focused(), 'search-input');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href), hits[0].href);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href), hits[1].href, 'Tab moves to the next result');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    assert.equal(await focused(), 'search-input', 'up from the first result is back in the box');
    await page.keyboard.press('Escape');
    assert.equal(await page.isHidden('.search-panel'), true, 'Escape closes the results');
    await page.keyboard.press('ArrowDown');
    await page.waitForSelector('.search-hit', { state: 'visible' });
    assert.equal(await focused(), 'search-input', 'Down reopens the closed results first');
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(/#/), page.keyboard.press('Enter')]);
    const section = await target(page);
    assert.ok(section, `the heading ${page.url()} names exists`);
    assert.equal(page.url(), hits[0].href);
    assert.match(section.tag, /^H[1-6]$/);
    assert.match(section.text, /Adam/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a click on a result opens its page at the heading; Enter in the box opens the first', { skip: !hasRealCourse && 'no course' }, async () => {
    const { page, errors } = await openTab();
    await page.goto(pathToFileURL(join(out, 'notebooks', '04-regression-losses.html')).href);
    const hits = await search(page, 'patience');
    await Promise.all([page.waitForURL(hits[1].href), page.click(`.search-hit >> nth=1`)]);
    assert.ok(await target(page), `${hits[1].href}: its heading exists`);
    const again = await search(page, 'huber');
    await Promise.all([page.waitForURL(again[0].href), page.keyboard.press('Enter')]);
    assert.ok(await target(page), `${again[0].href}: its heading exists`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a phone in dark mode: the results fit 390 px, on a dark panel', { skip: !hasRealCourse && 'no course' }, async () => {
    const context = await chromium.context.browser()!.newContext({ colorScheme: 'dark', viewport: { width: 390, height: 844 } });
    const { page, errors } = await openTab(context);
    await page.goto(pathToFileURL(join(out, 'lessons', '10-adaptive-optimizers.html')).href);
    await search(page, 'learning rate schedule');
    const seen = await page.evaluate(() => {
      const box = (document.querySelector('.search-panel') as HTMLElement).getBoundingClientRect();
      const [r, g, b] = (getComputedStyle(document.querySelector('.search-panel') as Element).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
      return { scroll: document.documentElement.scrollWidth, left: box.left, right: box.right, luminance: (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 };
    });
    assert.ok(seen.scroll <= 390 && seen.left >= 0 && seen.right <= 390, `fits: ${JSON.stringify(seen)}`);
    assert.ok(seen.luminance < 0.2, `dark panel: ${seen.luminance}`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a hostile course, untrusted: a heading\'s markup shows as text in the results and never runs', async () => {
    const course = writeHostileCourse(join(work, 'hostile'), join(__dirname, 'fixtures'), 30_000);
    const site = join(work, 'hostile-site');
    await buildSite({ notebooks: course.notebooks, lessons: course.lessons, out: site, trusted: false });
    const { page, errors } = await openTab();
    await page.goto(pathToFileURL(join(site, 'index.html')).href);
    const escaped = await search(page, 'escaped heading');
    // As the page shows the heading: markdown's typographer curls its quotes.
    assert.match(escaped[0]?.title ?? '', /^<img src=x onerror=.*pwned.*> escaped heading$/);
    assert.equal((await search(page, 'raw heading'))[0]?.title, 'raw heading');
    await page.waitForTimeout(300);
    assert.equal(await page.locator('.search-panel img, .search-panel script').count(), 0, 'no element from the index');
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined, 'no payload ran');
    await Promise.all([page.waitForURL(/#user-content-/), page.keyboard.press('Enter')]);
    assert.ok(await target(page), 'the result opens the (prefixed) heading of the hostile notebook');
    assert.deepEqual(errors.filter((e) => !/\/x$/.test(e)), [], 'only the sanitised <img src=x> of the page itself fails to load');
    await page.close();
  });
});
