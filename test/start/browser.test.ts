/**
 * The kernel in the served classic Notebook, driven by Chromium as a learner clicks through:
 * shorthand across cells, `;`, a tensor and a figure as last values, an error's name, value and
 * line without internals, a reopened page that still draws figures, and a lesson link.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { serve } from './serve';

const CHROMIUM = process.env.LOSSLAB_CHROMIUM || '/usr/bin/chromium';
const NOTEBOOK = 'build/kernel-browser-test.ipynb';
const CELLS = [
  "import { plots, tf } from 'losslab';\nconst lr = 0.1;",
  '({ lr })',
  '6 * 7;',
  'tf.tensor([1, 2, 3]).square()',
  'plots.lossCurves({ loss: [3, 2, 1] })',
  "const k = 1;\nthrow new RangeError('too big: ' + k);",
];

type Output = { output_type: string; text?: string; data?: Record<string, string>; ename?: string; evalue?: string; traceback?: string[] };
declare const Jupyter: {
  notebook: { kernel: { is_connected(): boolean }; execute_cells(i: number[]): void; get_cell(i: number): { output_area: { outputs: Output[] } } };
};

/** The execute_result among a cell's outputs (tfjs may print its banner first). */
function result(outputs: Output[]): Output | undefined {
  return outputs.find((o) => o.output_type === 'execute_result');
}

async function open(page: Page, base: string, token: string): Promise<void> {
  await page.goto(`${base}/notebooks/${NOTEBOOK}?token=${token}`);
  await page.waitForFunction(() => typeof Jupyter !== 'undefined' && Jupyter.notebook?.kernel?.is_connected(), null, { timeout: 120_000 });
}

async function runCells(page: Page, cells: number[], last: number): Promise<Output[][]> {
  await page.evaluate((i) => Jupyter.notebook.execute_cells(i), cells);
  await page.waitForFunction((n) => Jupyter.notebook.get_cell(n).output_area.outputs.length > 0, last, { timeout: 180_000 });
  return page.evaluate((n) => Array.from({ length: n + 1 }, (_, i) => Jupyter.notebook.get_cell(i).output_area.outputs), last);
}

test('the served Notebook shows values, tensors, figures and errors as the kernel sends them, also after reopening', { timeout: 420_000 }, async (t) => {
  if (!fs.existsSync(CHROMIUM)) return t.skip(`no Chromium at ${CHROMIUM}`);
  const served = await serve();
  const base = `http://127.0.0.1:${served.port}`;
  const headers = { Authorization: `token ${served.token}`, 'Content-Type': 'application/json' };
  const content = { cells: CELLS.map((source) => ({ cell_type: 'code', source, metadata: {}, outputs: [], execution_count: null })), metadata: { kernelspec: { name: 'tslab', display_name: 'TypeScript', language: 'typescript' } }, nbformat: 4, nbformat_minor: 5 };
  await fetch(`${base}/api/contents/build`, { method: 'PUT', headers, body: JSON.stringify({ type: 'directory' }) });
  const put = await fetch(`${base}/api/contents/${NOTEBOOK}`, { method: 'PUT', headers, body: JSON.stringify({ type: 'notebook', content }) });
  assert.ok(put.ok, `create ${NOTEBOOK}: ${put.status}`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    let page = await browser.newPage();
    await open(page, base, served.token);
    const outputs = await runCells(page, CELLS.map((_, i) => i), CELLS.length - 1);
    assert.equal(result(outputs[1])?.data?.['text/plain'], '{ lr: 0.1 }');
    assert.deepEqual(outputs[2], [], '`;` hides the value');
    assert.match(result(outputs[3])?.data?.['text/plain'] ?? '', /dtype: float32[\s\S]*shape: \[3\][\s\S]*\[1, 4, 9\]/);
    assert.ok(result(outputs[4])?.data?.['application/vnd.plotly.v1+json'], 'the figure is an execute_result with Plotly JSON');
    const error = outputs[5].find((o) => o.output_type === 'error') ?? ({} as Output);
    assert.equal(`${error.ename}: ${error.evalue}`, 'RangeError: too big: 1');
    assert.match(error.traceback?.join('\n') ?? '', /cell \[6\], line 2/);
    assert.doesNotMatch(error.traceback?.join('\n') ?? '', /node:|evalmachine|tslab\/dist/);
    await page.waitForSelector('.cell:nth-child(5) .js-plotly-plot', { timeout: 60_000 });
    assert.match(await page.locator('.cell:nth-child(6) .output_error, .cell:nth-child(6) .output_subarea').first().innerText(), /RangeError: too big: 1/);
    // Close the tab and reopen the notebook while its kernel runs: a figure still draws.
    await page.close();
    page = await browser.newPage();
    await open(page, base, served.token);
    await runCells(page, [4], 4);
    await page.waitForSelector('.cell:nth-child(5) .js-plotly-plot', { timeout: 60_000 });
    // A lesson link as a notebook's markdown writes it (build/ sits beside notebooks/), resolved by the page.
    const lesson = await page.evaluate(async () => (await fetch(new URL('../lessons/01-reducing-loss.md', location.href).href)).status);
    assert.equal(lesson, 200);
  } finally {
    await browser.close();
    await fetch(`${base}/api/contents/${NOTEBOOK}`, { method: 'DELETE', headers }).catch(() => undefined);
    served.stop();
  }
});
