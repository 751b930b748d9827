/** The knob slider in a real browser (headless Debian Chromium): moving it swaps the run and its title. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';

import { plots } from '../../src';
import { figureHtml } from '../../src/display';
import { useFigureBrowser } from './figure-browser';

const figures = useFigureBrowser('slider');

test('pathSlider: clicking a tick shows that run, its title and its slider value', async () => {
  const valley = { value: ([x, y]: readonly number[]) => 0.5 * (x * x + 20 * y * y), xRange: [-5, 5] as [number, number], yRange: [-2, 2] as [number, number], minima: [[0, 0] as const] };
  // plain descent on the valley by hand: x shrinks by (1 - η), y by (1 - 20η) per step
  const run = (eta: number) => {
    const points = Array.from({ length: 31 }, (_, t) => [-4.5 * (1 - eta) ** t, 1.5 * (1 - 20 * eta) ** t] as [number, number]);
    return { label: String(eta), points, values: points.map((p) => valley.value(p)) };
  };
  const fig = plots.pathSlider(valley, [run(0.02), run(0.09), run(0.11)], { prefix: 'η = ', title: 'Valley' });
  const file = path.join(figures.dir, 'slider.html');
  fs.writeFileSync(file, `<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0">${figureHtml(fig, { id: 'fig', includePlotly: true })}</body></html>`);
  const page = await figures.browser.newPage({ viewport: { width: 800, height: 900 } });
  await page.goto(`file://${file}`);
  await page.waitForSelector('#fig .main-svg', { timeout: 30000 });
  const title = () => page.evaluate(() => document.querySelector('#fig .gtitle')?.textContent ?? '');
  assert.match(await title(), /^Valley: 30 steps: loss/);
  await page.locator('#fig .slider-label-group').nth(2).click({ force: true });
  await page.waitForFunction(() => /diverges/.test(document.querySelector('#fig .gtitle')?.textContent ?? ''), undefined, { timeout: 10000 });
  const texts = await page.evaluate(() => Array.from(document.querySelectorAll('#fig .slider-container text')).map((t) => t.textContent));
  assert.ok(texts.includes('η = 0.11'), `slider value shown: ${texts.join(' | ')}`);
  await page.close();
});
