/**
 * Section: the course in the browser. The exported site is served statically to headless Chromium;
 * for each notebook, Run all on each backend the browser offers (wasm, and WebGL where it has a GPU
 * or SwiftShader), measuring the time from the click to the first output and to the end of the last
 * cell, next to the Jupyter kernel's wall time for the same notebook (`build/notebooks/timings.json`).
 * Also what a first visit downloads (every response of a fresh profile opening and running notebook 01).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildSite } from '../exporter/build';
import { serveStatic, type StaticSite } from '../browser/serve';
import { newSection, type Section } from './table';

const ROOT = path.resolve(__dirname, '..');
const EXECUTED = path.join(ROOT, 'build', 'notebooks');

interface RunTiming {
  firstOutputMs: number;
  totalMs: number;
  backend: string;
  ok: boolean;
}

async function runAll(page: Page, url: string): Promise<RunTiming> {
  await page.goto(url);
  await page.waitForFunction(() => 'losslabNotebook' in window);
  await page.evaluate(() => {
    const w = window as unknown as { benchStart: number; benchFirst?: number };
    w.benchStart = performance.now();
    new MutationObserver((_, observer) => {
      if (document.querySelector('[data-cell-outputs] .output')) {
        w.benchFirst = performance.now();
        observer.disconnect();
      }
    }).observe(document.body, { subtree: true, childList: true });
    for (const el of Array.from(document.querySelectorAll('[data-cell-outputs]'))) el.innerHTML = '';
    (document.querySelector('button[title^="Run every"]') as HTMLButtonElement).click();
  });
  await page.waitForFunction(() => !document.querySelector('[data-cell-state="queued"], [data-cell-state="running"]'), undefined, { timeout: 600_000, polling: 100 });
  return page.evaluate(() => {
    const w = window as unknown as { benchStart: number; benchFirst?: number };
    const first = document.querySelector('[data-cell-outputs] .output')?.textContent ?? '';
    return {
      firstOutputMs: (w.benchFirst ?? performance.now()) - w.benchStart,
      totalMs: performance.now() - w.benchStart,
      backend: /backend (\w+)/.exec(first)?.[1] ?? 'unknown',
      ok: !document.querySelector('[data-cell-state="error"]'),
    };
  });
}

async function firstVisitBytes(browser: Browser, site: StaticSite, stem: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let bytes = 0;
  page.on('response', (response) => void response.body().then((b) => { bytes += b.length; }, () => undefined));
  context.on('serviceworker', () => undefined);
  await runAll(page, `${site.url}notebooks/${stem}.html?backend=wasm`);
  await page.waitForTimeout(500);
  await context.close();
  return bytes;
}

export async function benchBrowser(quick: boolean): Promise<Section> {
  const section = newSection(
    'The course in the browser',
    ['notebook', 'kernel (s)', 'wasm: first output (s)', 'wasm: run all (s)', 'wasm / kernel', 'webgl: run all (s)'],
    'Run all on the exported site in headless Chromium, against the Jupyter kernel\'s wall time for the same notebook (one run each; same machine, same load).',
  );
  const stems = fs.existsSync(EXECUTED) ? fs.readdirSync(EXECUTED).filter((f) => /^\d\d-.*\.ipynb$/.test(f)).map((f) => f.slice(0, -'.ipynb'.length)).sort() : [];
  if (stems.length === 0) {
    section.skipped.push('no executed notebooks in build/notebooks (run `npm run notebooks` first)');
    return section;
  }
  const kernelTimes = JSON.parse(fs.readFileSync(path.join(EXECUTED, 'timings.json'), 'utf8')) as Record<string, { seconds?: number }>;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'losslab-bench-site-'));
  await buildSite({ notebooks: EXECUTED, sources: path.join(ROOT, 'notebooks'), lessons: path.join(ROOT, 'lessons'), out, trusted: true });
  const site = await serveStatic(out);
  const browser = await chromium.launch({ executablePath: process.env.LOSSLAB_CHROMIUM || '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--enable-unsafe-swiftshader'] });
  try {
    const picked = quick ? stems.slice(0, 3) : stems;
    const data: Record<string, unknown> = {};
    for (const stem of picked) {
      const page = await browser.newPage();
      const wasm = await runAll(page, `${site.url}notebooks/${stem}.html?backend=wasm`);
      const webgl = await runAll(page, `${site.url}notebooks/${stem}.html?backend=webgl`);
      await page.close();
      const kernel = kernelTimes[stem]?.seconds;
      const webglCell = webgl.ok && webgl.backend === 'webgl' ? (webgl.totalMs / 1000).toFixed(1) : 'not offered';
      section.rows.push([
        stem, kernel?.toFixed(1) ?? '–', (wasm.firstOutputMs / 1000).toFixed(2), (wasm.totalMs / 1000).toFixed(1),
        kernel ? `${(wasm.totalMs / 1000 / kernel).toFixed(2)}x` : '–', webglCell,
      ]);
      data[stem] = { kernelSeconds: kernel, wasm, webgl };
    }
    const bytes = await firstVisitBytes(browser, site, stems[0]);
    const assets = path.join(out, 'assets', 'run');
    const sizes = Object.fromEntries(fs.readdirSync(assets).map((f) => [f, fs.statSync(path.join(assets, f)).size]));
    section.note += `\n\nFirst visit (a fresh profile opens ${stems[0]} and runs it): ${(bytes / 2 ** 20).toFixed(2)} MiB downloaded, uncompressed; ` +
      `the in-browser kernel's files: ${Object.entries(sizes).map(([f, s]) => `${f} ${(s / 2 ** 20).toFixed(2)} MiB`).join(', ')}.`;
    section.data = { notebooks: data, firstVisitBytes: bytes, runAssets: sizes };
  } finally {
    await browser.close();
    await site.close();
    fs.rmSync(out, { recursive: true, force: true });
  }
  return section;
}
