/** In a real browser (headless Chromium), moving a slider figure's slider swaps in that frame's path. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser } from 'playwright-core';
import { figureHtml } from '../../src/display/figure-html';
import { sampleFigures } from './figures.fixture';

const CHROMIUM = process.env.LOSSLAB_CHROMIUM || '/usr/bin/chromium';
let browser: Browser;
before(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`slider browser test: chromium not found at ${CHROMIUM}; run scripts/setup.sh test`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});
after(async () => browser?.close());

for (const name of ['learningRateSlider', 'batchSizeSlider']) {
  test(`${name}: each slider step, as Plotly runs it, draws its own frame`, async () => {
    const { figure } = sampleFigures().find((f) => f.name === name)!;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'losslab-slider-')), 'page.html');
    fs.writeFileSync(file, `<!doctype html><meta charset="utf-8"><body>${figureHtml(figure, { id: 'fig', includePlotly: true })}</body>`);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`file://${file}`);
    await page.waitForFunction(() => (document.getElementById('fig') as unknown as { _fullData?: unknown[] })?._fullData !== undefined);
    const steps = (figure.layout.sliders as { steps: { args: unknown[] }[] }[])[0].steps;
    for (const [i, step] of steps.entries()) {
      const xs = await page.evaluate(async (args) => {
        const el = document.getElementById('fig') as unknown as { data: { x: number[] }[]; layout: { title: { text: string } } };
        await (window as unknown as { Plotly: { animate: (...a: unknown[]) => Promise<void> } }).Plotly.animate(el, ...args);
        return { x: el.data[1].x, title: el.layout.title.text };
      }, step.args);
      assert.deepEqual(xs.x, figure.frames![i].data[0].x, `slider step ${i}`);
      const title = figure.frames![i].layout?.title?.text;
      if (title !== undefined) assert.equal(xs.title, title, `slider step ${i}: the title follows`);
    }
    assert.deepEqual(errors, []);
    await page.close();
  });
}
