/**
 * The real course site, built trusted, checked for accessibility in chromium: axe-core's WCAG 2.x
 * A/AA rules in the light and the dark theme (no serious or critical violation), headings in
 * order, a text alternative for every figure, and the keyboard: Tab reaches the menu and every
 * figure control, each shows a focus ring, and a figure's slider moves with the arrow keys.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { serveStatic, type StaticSite } from '../../browser/serve';
import { assertRingsShow, axeViolations, headingProblems, openPage, tabWalk, textAlternativeProblems, type Theme } from './a11y-page';
import { missingChromium, useOfflineChromium } from './chromium';
import { buildRealCourse, hasRealCourse, htmlPages } from './real-course';

const work = mkdtempSync(join(tmpdir(), 'losslab-a11y-'));
const site = join(work, 'site');
// tsx names the functions it compiles with a helper `__name`, which page.evaluate's copies need too.
const chromium = useOfflineChromium(work, 'globalThis.__name = (f) => f;');
/** A notebook with a slider and Play/Pause (the optimizers' race on the Rosenbrock function). */
const SLIDER_PAGE = 'notebooks/10-adaptive-optimizers.html';

function sitePages(): string[] {
  return htmlPages(site).map((file) => relative(site, file));
}

async function withPage<T>(use: (page: Page) => Promise<T>, width = 1280): Promise<T> {
  const page = await chromium.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  try {
    return await use(page);
  } finally {
    await page.close();
  }
}

const url = (rel: string) => pathToFileURL(join(site, rel)).href;

describe('accessibility of the real course site', { skip: missingChromium || (!hasRealCourse && 'no course yet') }, () => {
  before(async () => {
    if (missingChromium || !hasRealCourse) return;
    await buildRealCourse(site);
  });

  // axe takes about 2.5 s a page (measured: 28 pages, 65 s light, 75 s dark), so the light theme is
  // checked on every page and the dark one on a page of each kind, which together use every colour
  // of the site (code of both languages, worked examples, math, tables, figures' controls, the guide);
  // A11Y_ALL_PAGES=1 checks every page in both.
  const DARK_PAGES = ['index.html', 'guide.html', 'lessons/10-adaptive-optimizers.html', SLIDER_PAGE, 'notebooks/08-custom-and-combined-losses.html'];
  for (const theme of ['light', 'dark'] as Theme[]) {
    const some = theme === 'dark' && !process.env.A11Y_ALL_PAGES;
    test(`axe, WCAG 2.1 A and AA, ${theme} theme: no serious or critical violation on ${some ? 'a page of each kind' : 'any page'}`, async () => {
      const t0 = Date.now();
      const pages = some ? DARK_PAGES : sitePages();
      const found = await withPage(async (page) => {
        const all: string[] = [];
        for (const rel of pages) {
          await openPage(page, url(rel), theme);
          all.push(...await axeViolations(page, `${rel} [${theme}]`));
        }
        return all;
      });
      if (process.env.A11Y_TIMING) console.log(`axe ${theme}: ${pages.length} pages in ${Date.now() - t0} ms`);
      assert.deepEqual(found, [], `axe found ${found.length} serious or critical violations:\n${found.join('\n')}`);
    });
  }

  test('runnable notebook pages (the in-browser kernel, served over http): no serious or critical violation', async () => {
    const served: StaticSite = await serveStatic(site);
    try {
      const found = await withPage(async (page) => {
        await page.route(`${served.url}**`, (route) => route.continue());
        const all: string[] = [];
        for (const theme of ['light', 'dark'] as Theme[]) {
          await openPage(page, `${served.url}${SLIDER_PAGE}`, theme);
          await page.waitForSelector('.run-toolbar', { timeout: 15000 });
          all.push(...await axeViolations(page, `${SLIDER_PAGE} over http, runnable [${theme}]`));
        }
        return all;
      });
      assert.deepEqual(found, [], found.join('\n'));
    } finally {
      await served.close();
    }
  });

  test('every page: one h1 and no heading level skipped; every figure has a text alternative', async () => {
    const found = await withPage(async (page) => {
      const all: string[] = [];
      for (const rel of sitePages()) {
        await openPage(page, url(rel), 'light');
        all.push(...(await headingProblems(page)).map((p) => `${rel}: ${p}`));
        all.push(...(await textAlternativeProblems(page)).map((p) => `${rel}: ${p}`));
      }
      return all;
    });
    assert.deepEqual(found, [], found.join('\n'));
  });

  test('keyboard: Tab reaches the menu and every figure control, each with a focus ring', async () => {
    await withPage(async (page) => {
      await openPage(page, url(SLIDER_PAGE), 'light');
      const stops = await tabWalk(page);
      assert.ok(stops.some((s) => s.inMenu), 'Tab reaches the course outline');
      const controls = await page.evaluate(() => document.querySelectorAll('.plotly-figure .slider-group, .plotly-figure .updatemenu-button').length);
      assert.ok(controls >= 3, `the page has a slider and Play/Pause (found ${controls} controls)`);
      assert.equal(stops.filter((s) => s.figureControl).length, controls, 'every figure control is a Tab stop');
      assert.deepEqual(stops.filter((s) => !s.ring).map((s) => s.key), [], 'Tab stops without a focus ring');
      assert.deepEqual(stops.filter((s) => !s.visible).map((s) => s.key), [], 'Tab stops that cannot be seen');
      await assertRingsShow(page);
    });
  });

  test('keyboard: a figure\'s slider moves with the arrow keys, Home and End; Play and Pause answer Enter', async () => {
    await withPage(async (page) => {
      await openPage(page, url(SLIDER_PAGE), 'light');
      const slider = page.locator('.plotly-figure .slider-group').first();
      const state = () => slider.evaluate((el) => ({
        now: el.getAttribute('aria-valuenow'),
        active: (el.closest('.plotly-figure') as unknown as { _fullLayout: { sliders: Array<{ active: number }> } })._fullLayout.sliders[0].active,
      }));
      await slider.focus();
      assert.equal(await slider.evaluate((el) => el.getAttribute('role')), 'slider');
      const start = await state();
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((a) => {
        const figure = document.querySelector('.plotly-figure .slider-group')?.closest('.plotly-figure');
        return (figure as unknown as { _fullLayout: { sliders: Array<{ active: number }> } })._fullLayout.sliders[0].active !== a;
      }, start.active, { timeout: 5000 });
      const moved = await state();
      assert.equal(moved.active, start.active + 1, 'ArrowRight moves one step');
      assert.equal(Number(moved.now), moved.active, 'aria-valuenow follows');
      await page.keyboard.press('End');
      await page.waitForFunction(() => { const s = document.querySelector('.plotly-figure .slider-group'); return s?.getAttribute('aria-valuenow') === s?.getAttribute('aria-valuemax'); }, undefined, { timeout: 5000 });
      await page.keyboard.press('Home');
      await page.waitForFunction(() => document.querySelector('.plotly-figure .slider-group')?.getAttribute('aria-valuenow') === '0', undefined, { timeout: 5000 });
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('role')), 'slider', 'the slider keeps focus as it redraws');
      const play = page.locator('.plotly-figure .updatemenu-button').first();
      await play.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => Number(document.querySelector('.plotly-figure .slider-group')?.getAttribute('aria-valuenow')) > 2, undefined, { timeout: 10000 });
      await page.locator('.plotly-figure .updatemenu-button').nth(1).focus();
      await page.keyboard.press(' ');
      const paused = await slider.getAttribute('aria-valuenow');
      await page.waitForTimeout(600);
      assert.equal(await slider.getAttribute('aria-valuenow'), paused, 'Pause (Space) stops the animation');
    });
  });

  test('a figure whose frames retitle it (the learning-rate slider of notebook 02) is renamed as its slider moves', async () => {
    await withPage(async (page) => {
      await openPage(page, url('notebooks/02-gradient-descent.html'), 'light');
      const figure = page.locator('.plotly-figure', { has: page.locator('.slider-group') }).first();
      const before = await figure.getAttribute('aria-label');
      await figure.locator('.slider-group').focus();
      await page.keyboard.press('End');
      await page.waitForFunction((b) => document.activeElement?.closest('.plotly-figure')?.getAttribute('aria-label') !== b, before, { timeout: 5000 });
      const title = await figure.evaluate((d) => (d as unknown as { _fullLayout: { title: { text: string } } })._fullLayout.title.text);
      assert.equal(await figure.getAttribute('aria-label'), title.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim());
    });
  });

  test('the checks catch what they look for: a skipped level, two h1, unnamed figures', async () => {
    await withPage(async (page) => {
      await page.setContent('<h2>a</h2><h1>b</h1><h3>c</h3><h1>d</h1><img src="x.png"><svg><rect/></svg><div class="plotly-figure" role="img"></div>');
      assert.deepEqual(await headingProblems(page), ['2 h1 headings', 'the first heading is h2: "a"', 'h1 then h3: "c"']);
      assert.deepEqual(await textAlternativeProblems(page), ['Plotly figure 1: named "", its title is ""', '<img src="x.png"> has no alt text', 'an <svg> in BODY is neither hidden nor named']);
    });
  });

  test('keyboard on a phone: Tab reaches the menu button, Enter opens the outline, Escape closes it', async () => {
    await withPage(async (page) => {
      await openPage(page, url('lessons/02-gradient-descent.html'), 'light');
      const toggle = page.locator('.nav-toggle');
      for (let i = 0; i < 5 && !(await toggle.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
      assert.ok(await toggle.evaluate((el) => el === document.activeElement), 'the menu button is among the first Tab stops');
      await page.keyboard.press('Enter');
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      // The top bar's own stops (title, search box) come first, then the outline.
      for (let i = 0; i < 4 && await page.evaluate(() => !!document.activeElement?.closest('.topbar')); i++) await page.keyboard.press('Tab');
      assert.ok(await page.evaluate(() => !!document.activeElement?.closest('.sidebar')), 'Tab goes on from the top bar into the open outline');
      await page.keyboard.press('Escape');
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      assert.ok(await toggle.evaluate((el) => el === document.activeElement), 'focus returns to the menu button');
    }, 390);
  });
});
