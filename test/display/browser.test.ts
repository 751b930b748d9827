/**
 * The html fallback in a real browser: headless Debian Chromium (playwright-core) opens pages
 * that hold figures' `text/html` outputs, from file://, and checks that every figure drew (an
 * SVG with the expected traces), that the console stayed clean and that no request left the page.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { plots } from '../../src';
import { figureHtml } from '../../src/display';
import { sampleFigures } from '../plots/figures.fixture';

const CHROMIUM = '/usr/bin/chromium';
let browser: Browser;
let dir: string;

before(async () => {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`browser test: Debian chromium not found at ${CHROMIUM}; run scripts/setup.sh (apt-get install chromium)`);
  }
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'losslab-browser-'));
});

after(async () => {
  await browser?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Write a page: `head` (e.g. a fake RequireJS), then the outputs as Jupyter would stack them. */
function writePage(name: string, outputs: string[], head = ''): string {
  const file = path.join(dir, `${name}.html`);
  const body = outputs.map((html) => `<div class="output">${html}</div>`).join('\n');
  fs.writeFileSync(file, `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`);
  return `file://${file}`;
}

interface Watch { errors: string[]; external: string[] }

function watch(page: Page): Watch {
  const seen: Watch = { errors: [], external: [] };
  page.on('console', (msg) => { if (msg.type() === 'error') seen.errors.push(msg.text()); });
  page.on('pageerror', (err) => seen.errors.push(String(err)));
  page.on('request', (req) => { if (!/^(file|data|blob|about):/.test(req.url())) seen.external.push(req.url()); });
  return seen;
}

/** For each figure div: drawn?, full traces, scatter traces in the SVG. */
async function drawn(page: Page, ids: string[]) {
  await page.waitForFunction((all) => all.every((id) => document.getElementById(id)?.querySelector('.main-svg')), ids, { timeout: 30000 });
  return page.evaluate((all) => all.map((id) => {
    const el = document.getElementById(id) as (HTMLElement & { _fullData?: unknown[] }) | null;
    return {
      id,
      fullData: el?._fullData?.length ?? -1,
      scatter: el?.querySelectorAll('.scatterlayer .trace').length ?? -1,
      staticLeft: el?.querySelectorAll('.losslab-static').length ?? -1,
    };
  }), ids);
}

async function checkPage(url: string, figures: ReturnType<typeof sampleFigures>, ids: string[]): Promise<Page> {
  const page = await browser.newPage();
  const seen = watch(page);
  await page.goto(url);
  const results = await drawn(page, ids);
  results.forEach((r, i) => {
    assert.equal(r.fullData, figures[i].figure.data.length, `${figures[i].name}: traces in the plot`);
    assert.equal(r.scatter, figures[i].scatterTraces, `${figures[i].name}: scatter traces in the SVG`);
    assert.equal(r.staticLeft, 0, `${figures[i].name}: the static preview is replaced`);
  });
  assert.deepEqual(seen.errors, [], 'console errors');
  assert.deepEqual(seen.external, [], 'requests that left the page');
  return page;
}

test('every figure draws from its html fallback; plotly.js comes with the first one', async () => {
  const figures = sampleFigures();
  const ids = figures.map((f) => `fig-${f.name}`);
  const outputs = figures.map((f, i) => figureHtml(f.figure, { id: ids[i], includePlotly: i === 0 }));
  const page = await checkPage(writePage('plain', outputs), figures, ids);
  assert.equal(await page.locator('script#losslab-plotly-js').count(), 1, 'plotly.js is on the page once');
  await page.close();
});

test('figures placed before the output carrying plotly.js wait for it', async () => {
  const figures = sampleFigures().slice(0, 3);
  const ids = figures.map((f) => `late-${f.name}`);
  const outputs = figures.map((f, i) => figureHtml(f.figure, { id: ids[i], includePlotly: i === figures.length - 1 }));
  await (await checkPage(writePage('queued', outputs), figures, ids)).close();
});

test('a RequireJS page (define.amd, as nbconvert and nbviewer load) does not capture plotly.js', async () => {
  const fakeRequire = `<script>window.amdCalls=[];window.define=function(){window.amdCalls.push(arguments.length);};window.define.amd={};</script>`;
  const figures = sampleFigures().slice(3, 6);
  const ids = figures.map((f) => `amd-${f.name}`);
  const outputs = figures.map((f, i) => figureHtml(f.figure, { id: ids[i], includePlotly: i === 0 }));
  const page = await checkPage(writePage('requirejs', outputs, fakeRequire), figures, ids);
  assert.deepEqual(await page.evaluate(() => (window as unknown as { amdCalls: number[] }).amdCalls), []);
  await page.close();
});

test('with the real RequireJS (as Debian nbconvert pages load it), a 3-D surface and a contour draw', async (t) => {
  const requireJs = '/usr/share/javascript/requirejs/require.min.js';
  if (!fs.existsSync(requireJs)) return t.skip(`no ${requireJs} (Debian libjs-requirejs)`);
  const surface = plots.lossSurface3d((a, b) => a * a + 5 * b * b, [-3, 3], [-2, 2], [{ name: 'adam', points: [[-2.5, 1.5], [-1, 0.5], [0, 0]] }]);
  const figures = [{ name: 'lossSurface3d', figure: surface, scatterTraces: 0 }, ...sampleFigures().filter((f) => f.name === 'lossContour')];
  const ids = ['surface', 'contour'];
  const outputs = figures.map((f, i) => figureHtml(f.figure, { id: ids[i], includePlotly: i === 0 }));
  const page = await checkPage(writePage('real-requirejs', outputs, `<script src="file://${requireJs}"></script>`), figures, ids);
  assert.equal(await page.evaluate(() => typeof (window as unknown as { define?: unknown }).define), 'function');
  await page.close();
});

test('the race animates: frames are registered and the play button advances the slider', async () => {
  const race = sampleFigures().filter((f) => f.name === 'optimizerRace');
  const page = await checkPage(writePage('race', [figureHtml(race[0].figure, { id: 'race', includePlotly: true })]), race, ['race']);
  const frames = await page.evaluate(() => (document.getElementById('race') as HTMLElement & { _transitionData: { _frames: unknown[] } })._transitionData._frames.length);
  assert.equal(frames, race[0].figure.frames?.length);
  await page.locator('.updatemenu-button').first().click();
  await page.waitForFunction(() => Number((document.getElementById('race') as HTMLElement & { layout: { sliders: { active: number }[] } }).layout.sliders[0].active) > 3, undefined, { timeout: 10000 });
  await page.close();
});

test('without scripts (an untrusted notebook) the static preview shows', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const figures = sampleFigures();
  await page.goto(writePage('static', figures.map((f, i) => figureHtml(f.figure, { id: `s${i}`, includePlotly: false }))));
  assert.equal(await page.locator('.losslab-static').count(), figures.length);
  // Line figures get an SVG preview; the heatmap-only confusion matrix gets the note alone.
  assert.equal(await page.locator('svg.losslab-static-svg').count(), figures.filter((f) => f.scatterTraces > 0).length);
  await context.close();
});
