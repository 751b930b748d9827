/**
 * The slider figures in a real browser (headless Debian Chromium, from file://, offline): the frames
 * are registered, and dragging the slider to its last step shows the last frame's traces and title.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';

import { plots } from '../../src';
import { figureHtml } from '../../src/display';
import { useFigureBrowser } from './figure-browser';
import type { PlotlyFigure } from '../../src/plots';

const figures = useFigureBrowser('sliders');

type Live = HTMLElement & { data: { y: number[] }[]; layout: { title: { text: string }; sliders: { active: number }[] }; _transitionData: { _frames: unknown[] } };

async function slideToEnd(name: string, figure: PlotlyFigure): Promise<{ frames: number; active: number; title: string; lastY: number[] }> {
  const file = path.join(figures.dir, `${name}.html`);
  fs.writeFileSync(file, `<!doctype html><html><head><meta charset="utf-8"></head><body style="width:900px">${figureHtml(figure, { id: name, includePlotly: true })}</body></html>`);
  const page = await figures.browser.newPage({ viewport: { width: 1000, height: 900 } });
  const external: string[] = [];
  page.on('request', (req) => { if (!/^(file|data|blob|about):/.test(req.url())) external.push(req.url()); });
  await page.goto(`file://${file}`);
  await page.waitForFunction((id) => document.getElementById(id)?.querySelector('.slider-container'), name, { timeout: 30000 });
  const rail = page.locator(`#${name} .slider-rail-touch-rect`).first();
  const box = await rail.boundingBox();
  assert.ok(box, 'the slider rail is drawn');
  const before = await page.evaluate((id) => (document.getElementById(id) as Live).layout.title.text, name);
  await page.mouse.click(box.x + box.width - 2, box.y + box.height / 2);
  // The slider moves first and the frame is drawn after it: wait for the frame's title (a loaded machine is slow).
  await page.waitForFunction(([id, title]) => {
    const el = document.getElementById(id) as Live;
    return el.layout.sliders[0].active > 0 && el.layout.title.text !== title;
  }, [name, before] as const, { timeout: 10000 });
  const state = await page.evaluate((id) => {
    const el = document.getElementById(id) as Live;
    return { frames: el._transitionData._frames.length, active: Number(el.layout.sliders[0].active), title: el.layout.title.text, lastY: el.data[el.data.length - 1].y };
  }, name);
  assert.deepEqual(external, [], 'requests that left the page');
  await page.close();
  return state;
}

test("huberDeltaSlider: moving the slider to the end shows the last δ's line", async () => {
  const fits = [{ delta: 0.5, b: 1, w1: 2 }, { delta: 2, b: 0.9, w1: 2.1 }, { delta: 16, b: 0.6, w1: 2.6 }];
  const figure = plots.huberDeltaSlider([0, 1, 2, 4], [1, 3, 5, 30], fits);
  const state = await slideToEnd('huber', figure);
  assert.equal(state.frames, 3);
  assert.equal(state.active, 2);
  assert.match(state.title, /δ = 16/);
  assert.deepEqual(state.lastY, [0.6, 0.6 + 2.6 * 4]); // the Huber line of δ = 16 across x in [0, 4]
});

test('focalGammaSlider: moving the slider to the end shows the last γ', async () => {
  const ce = { x: [0.1, 0.5, 0.9], y: [2.302585, 0.693147, 0.105361] };
  const curves = [0, 2].map((gamma) => ({ gamma: gamma, x: ce.x, y: ce.y.map((v, i) => v * (1 - ce.x[i]) ** gamma) }));
  const state = await slideToEnd('focal', plots.focalGammaSlider(curves, ce));
  assert.equal(state.active, 1);
  assert.match(state.title, /γ = 2/);
  state.lastY.forEach((v, i) => assert.ok(Math.abs(v - [0.81, 0.25, 0.01][i]) < 1e-6, `share kept ${v}`));
});
