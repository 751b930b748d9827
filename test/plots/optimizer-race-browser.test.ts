/**
 * The optimizer race in a real browser (headless Debian Chromium): it keeps its contours and its
 * height while it plays, and its title, toolbar, legend, buttons and slider label never overlap.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { plots, descent } from '../../src';
import { figureHtml } from '../../src/display';
import { useFigureBrowser } from './figure-browser';

const figures = useFigureBrowser('race');

/** A race of three fake optimizers on Rosenbrock (paths made by hand: no training needed). */
function race(): plots.PlotlyFigure {
  const r = descent.rosenbrock;
  const path = (dx: number): [number, number][] => Array.from({ length: 50 }, (_, i) => [-1.5 + i * (0.05 + dx), 2 - i * 0.02]);
  const runs = ['momentum', 'adam', 'cosine-decayed momentum', 'rmsprop', 'adagrad', 'adadelta', 'adamax', 'nadam']
    .map((name, k) => ({ name: `${name} (η = 0.${k + 1})`, points: path(k * 0.002) }));
  return plots.optimizerRace((x, y) => r.value([x, y]), r.xRange, r.yRange, runs, { logZ: true, maxFrames: 25, frameDuration: 80, minima: r.minima, title: 'Rosenbrock race, each at its best η' });
}

async function open(width: number): Promise<Page> {
  const file = path.join(figures.dir, `race-${width}.html`);
  fs.writeFileSync(file, `<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0">${figureHtml(race(), { id: 'fig', includePlotly: true })}</body></html>`);
  const page = await figures.browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`file://${file}`);
  await page.waitForSelector('#fig .main-svg', { timeout: 30000 });
  return page;
}

/** Lines drawn in the plot area (contours and trails), and the figure's height. */
const picture = (page: Page) => page.evaluate(() => ({
  lines: Array.from(document.querySelectorAll('#fig .scatterlayer .trace path.js-line, #fig .contourlayer path')).filter((p) => (p.getAttribute('d') ?? '').length > 20).length,
  height: Math.round(document.querySelector('#fig .main-svg')!.getBoundingClientRect().height),
}));

type Box = { left: number; right: number; top: number; bottom: number };
const boxes = (page: Page, selector: string) => page.evaluate((sel) => Array.from(document.querySelectorAll(sel)).map((el) => {
  const r = el.getBoundingClientRect();
  return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
}), selector);
const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

for (const width of [900, 390]) {
  test(`race at ${width} px: contours and height stay while it plays`, async () => {
    const page = await open(width);
    const before = await picture(page);
    assert.ok(before.lines >= 20, `contour lines drawn before playing: ${before.lines}`);
    await page.locator('#fig .updatemenu-button').first().click();
    await page.waitForTimeout(700);
    const during = await picture(page);
    assert.ok(during.lines >= before.lines, `contour lines while playing: ${during.lines} (before: ${before.lines})`);
    assert.equal(during.height, before.height, 'the figure keeps its height');
    await page.close();
  });

  test(`race at ${width} px: title, toolbar, legend, buttons and slider label do not overlap`, async () => {
    const page = await open(width);
    await page.hover('#fig .main-svg'); // shows the toolbar
    const [title] = await boxes(page, '#fig .gtitle');
    const [toolbar] = await boxes(page, '#fig .modebar');
    const [legend] = await boxes(page, '#fig .legend');
    const [label] = await page.evaluate(() => Array.from(document.querySelectorAll('#fig .slider-container text'))
      .filter((t) => /^step /.test(t.textContent ?? '')).map((el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }));
    assert.ok(label, 'the slider shows the current step');
    const buttons = await boxes(page, '#fig .updatemenu-button');
    const ticks = await boxes(page, '#fig .slider-container .slider-label');
    const [plot] = await boxes(page, '#fig .nsewdrag');
    assert.ok(!overlap(title, toolbar), 'toolbar over the title');
    assert.ok(!overlap(title, legend), 'the legend runs into the title');
    const [slider] = await boxes(page, '#fig .slider-container');
    assert.ok(!overlap(legend, slider), 'the legend sits on the slider');
    buttons.forEach((b) => assert.ok(!overlap(b, label), 'the step label hides behind a button'));
    ticks.forEach((t) => assert.ok(!overlap(legend, t), 'the legend sits on the slider ticks'));
    assert.ok(!overlap(legend, plot), 'the legend covers the plot');
    await page.close();
  });
}

test('race: the minimum is marked', () => {
  const fig = race();
  const star = fig.data.find((t) => t.name === 'minimum');
  assert.deepEqual([star?.x, star?.y], [[1], [1]]);
});
