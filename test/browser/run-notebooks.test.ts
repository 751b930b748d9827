/**
 * The course in the browser: the exported site, served statically, runs every course notebook with
 * Run all in headless Chromium (`?backend=wasm`, the kernel's backend), every cell ends `done`, and
 * each cell shows the text the Jupyter kernel showed for it (`build/notebooks/`, executed by
 * `npm run notebooks` just before); errors typed into a cell read as in the kernel; an exercise's
 * solution turns its verdict to Correct; no request leaves the site.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildRealCourse, REAL_COURSE } from '../exporter/real-course';
import type { Notebook, Output } from '../../exporter/ipynb';
import { joinSource } from '../../exporter/html';
import { serveStatic, type StaticSite } from '../../browser/serve';

const ROOT = join(__dirname, '..', '..');
const EXECUTED = REAL_COURSE.notebooks;
const STEMS = existsSync(EXECUTED)
  ? readdirSync(EXECUTED).filter((f) => /^\d\d-.*\.ipynb$/.test(f)).map((f) => f.replace(/\.ipynb$/, '')).sort()
  : [];
const DURATION = /\d+(?:\.\d+)?\s*(?:s|ms|µs)\b/g;

/** What a cell shows as text: streams, the text/plain of values and displays, errors; durations masked. */
function shownText(outputs: Output[] | undefined): string {
  return (outputs ?? [])
    .map((o) => {
      if (o.output_type === 'stream') return joinSource(o.text);
      if (o.output_type === 'error') return `${o.ename}: ${o.evalue}\n`;
      const plain = o.data['text/plain'];
      return plain === undefined ? '' : `${joinSource(plain as string | string[]).replace(/\n?$/, '\n')}`;
    })
    .join('')
    .replace(DURATION, '<time>')
    .replace(/[ \t]+$/gm, '')
    .trimEnd();
}

function codeCells(nb: Notebook): Notebook['cells'] {
  return nb.cells.filter((c) => c.cell_type === 'code');
}

let browser: Browser;
let site: StaticSite;
const work = mkdtempSync(join(tmpdir(), 'losslab-run-'));
const external: string[] = [];

before(async () => {
  if (STEMS.length === 0) return;
  await buildRealCourse(join(work, 'site'));
  site = await serveStatic(join(work, 'site'));
  browser = await chromium.launch({ executablePath: process.env.LOSSLAB_CHROMIUM || '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
});

/** A fresh profile (empty storage) that lets no request leave the site. */
async function newContext(): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(site.url) || /^(blob|data|file):/.test(url)) return route.continue();
    external.push(url);
    return route.abort();
  });
  return context;
}

after(async () => {
  await browser?.close();
  await site?.close();
  rmSync(work, { recursive: true, force: true });
});

async function openNotebook(stem: string, context?: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await (context ?? (await newContext())).newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  await page.goto(`${site.url}notebooks/${stem}.html?backend=wasm`);
  await page.waitForFunction(() => 'losslabNotebook' in window, undefined, { timeout: 30_000 });
  return { page, errors };
}

/** Waits until no cell is queued or running; returns every cell's state. */
async function settled(page: Page, timeout = 240_000): Promise<string[]> {
  await page.waitForFunction(
    () => !document.querySelector('[data-cell-state="queued"], [data-cell-state="running"]'),
    undefined, { timeout, polling: 250 },
  );
  return page.$$eval('[data-cell-state]', (els) => els.map((e) => e.getAttribute('data-cell-state') ?? ''));
}

async function snapshot(page: Page): Promise<Notebook> {
  return page.evaluate(() => (window as unknown as { losslabNotebook: { snapshot(): Notebook } }).losslabNotebook.snapshot());
}

/** Replaces the source of code cell `index` by typing into its editor, then runs it with Shift-Enter. */
async function typeAndRun(page: Page, index: number, source: string): Promise<string> {
  const cell = page.locator('section.code-cell').nth(index);
  await cell.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(source);
  await page.keyboard.press('Shift+Enter');
  await settled(page, 60_000);
  return (await cell.getAttribute('data-cell-state')) ?? '';
}

describe('the course runs in the browser', { skip: STEMS.length === 0 && 'no executed notebooks in build/notebooks (npm run notebooks first)' }, () => {
  for (const stem of STEMS) {
    test(`${stem}: Run all shows what the kernel showed`, { timeout: 300_000 }, async () => {
      const { page, errors } = await openNotebook(stem);
      const before = external.length;
      await page.getByRole('button', { name: 'Run all' }).click();
      const states = await settled(page);
      const kernel = codeCells(JSON.parse(readFileSync(join(EXECUTED, `${stem}.ipynb`), 'utf8')) as Notebook);
      const mine = codeCells(await snapshot(page));
      const failed = states.map((s, i) => (s === 'done' ? '' : `cell ${i}: ${s}: ${shownText(mine[i]?.outputs).slice(0, 300)}`)).filter(Boolean);
      assert.deepEqual(failed, [], `${stem}: cells that did not end 'done'`);
      kernel.forEach((cell, i) => {
        assert.equal(shownText(mine[i]?.outputs), shownText(cell.outputs), `${stem}, code cell ${i}: the browser shows other text than the kernel`);
      });
      assert.deepEqual(errors, [], `${stem}: errors in the page`);
      assert.deepEqual(external.slice(before), [], `${stem}: requests left the site`);
      await page.context().close();
    });
  }

  test('a runtime error names the error and the line of the cell', { timeout: 120_000 }, async () => {
    const { page } = await openNotebook(STEMS[0]);
    const state = await typeAndRun(page, 0, "const answer = 42;\nconst missing: any = null;\nmissing.value;\n");
    assert.equal(state, 'error');
    const error = codeCells(await snapshot(page))[0].outputs?.find((o) => o.output_type === 'error');
    assert.ok(error && error.output_type === 'error', 'an error output');
    assert.equal(error.ename, 'TypeError');
    assert.match(error.evalue, /Cannot read properties of null \(reading 'value'\)/);
    assert.match(error.traceback.join('\n'), /line 3\b/);
    assert.doesNotMatch(error.traceback.join('\n'), /kernel\.js|assets\/run/);
    await page.context().close();
  });

  test('a type error is reported as line:col - message and the cell does not run', { timeout: 120_000 }, async () => {
    const { page } = await openNotebook(STEMS[0]);
    const state = await typeAndRun(page, 0, "console.log('ran');\nconst rate: number = 'fast';\n");
    assert.equal(state, 'error');
    const outputs = codeCells(await snapshot(page))[0].outputs ?? [];
    assert.ok(!outputs.some((o) => o.output_type === 'stream' && /ran/.test(joinSource(o.text))), 'the cell must not run');
    assert.match(shownText(outputs), /2:7 - Type 'string' is not assignable to type 'number'/);
    await page.context().close();
  });

  test("the editor completes the library's names from its type declarations", { timeout: 120_000 }, async () => {
    const { page } = await openNotebook(STEMS[0]);
    await page.locator('section.code-cell').nth(0).locator('.run-button').click();
    await settled(page);
    const cell = page.locator('section.code-cell').nth(1);
    await cell.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('descent.');
    await page.keyboard.type('tr');
    const menu = page.locator('.cm-tooltip-autocomplete');
    await menu.waitFor({ timeout: 30_000 });
    assert.match(await menu.innerText(), /\btrain\b/);
    await page.context().close();
  });

  test('Interrupt stops a runaway cell and leaves a kernel that runs the next cell', { timeout: 120_000 }, async () => {
    const { page } = await openNotebook(STEMS[0]);
    const cell = page.locator('section.code-cell').nth(0);
    await cell.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('let spins = 0;\nwhile (true) spins += 1;\n');
    await page.keyboard.press('Shift+Enter');
    await page.waitForSelector('section.code-cell[data-cell-state="running"]', { timeout: 60_000 });
    await page.waitForTimeout(500);
    await page.getByRole('button', { name: 'Interrupt' }).click();
    assert.equal(await cell.getAttribute('data-cell-state'), 'error');
    assert.match(shownText(codeCells(await snapshot(page))[0].outputs), /Interrupted/);
    assert.equal(await typeAndRun(page, 1, 'console.log(6 * 7);\n'), 'done');
    assert.equal(shownText(codeCells(await snapshot(page))[1].outputs), '42');
    await page.context().close();
  });

  test('edits are kept in the browser across a reload, Download gives them with their outputs, and Reset brings back the course version', { timeout: 120_000 }, async () => {
    const context = await newContext();
    const { page } = await openNotebook(STEMS[0], context);
    assert.equal(await typeAndRun(page, 0, "console.log('my own cell');\n"), 'done');
    await page.reload();
    await page.waitForFunction(() => 'losslabNotebook' in window);
    const kept = codeCells(await snapshot(page))[0];
    assert.equal(joinSource(kept.source), "console.log('my own cell');\n");
    assert.equal(shownText(kept.outputs), 'my own cell');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download' }).click()]);
    assert.equal(download.suggestedFilename(), `${STEMS[0]}.ipynb`);
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as Notebook;
    assert.equal(saved.nbformat, 4);
    assert.equal(joinSource(codeCells(saved)[0].source), "console.log('my own cell');\n");
    assert.equal(shownText(codeCells(saved)[0].outputs), 'my own cell');
    await page.getByRole('button', { name: 'Reset' }).click();
    const shipped = codeCells(JSON.parse(readFileSync(join(ROOT, 'notebooks', `${STEMS[0]}.ipynb`), 'utf8')) as Notebook)[0];
    assert.equal(joinSource(codeCells(await snapshot(page))[0].source), joinSource(shipped.source));
    await context.close();
  });

  test('opened from file://, a notebook page says how to serve the folder instead of failing', { timeout: 60_000 }, async () => {
    const page = await (await newContext()).newPage();
    await page.goto(pathToFileURL(join(work, 'site', 'notebooks', `${STEMS[0]}.html`)).href);
    await page.waitForSelector('.run-notice');
    assert.match(await page.locator('.run-notice').innerText(), /python3 -m http\.server/);
    await page.context().close();
  });

  test("an exercise's solution typed into its cell turns the verdict to Correct", { timeout: 180_000 }, async () => {
    const stem = STEMS[0];
    const shipped = JSON.parse(readFileSync(join(ROOT, 'notebooks', `${stem}.ipynb`), 'utf8')) as Notebook;
    const solved = JSON.parse(readFileSync(join(ROOT, 'notebooks', 'solutions', `${stem}.ipynb`), 'utf8')) as Notebook;
    const cells = codeCells(shipped);
    const exercise = cells.findIndex((c) => (c.metadata?.tags ?? []).some((t) => t.startsWith('exercise:')));
    assert.ok(exercise >= 0, `${stem} has an exercise`);
    const tag = (cells[exercise].metadata?.tags ?? []).find((t) => t.startsWith('exercise:'));
    const solution = codeCells(solved).find((c) => (c.metadata?.tags ?? []).includes(tag as string));
    assert.ok(solution, `a solution for ${tag}`);
    const { page } = await openNotebook(stem);
    await page.getByRole('button', { name: 'Run all' }).click();
    await settled(page);
    assert.equal(await typeAndRun(page, exercise, joinSource(solution.source)), 'done');
    const check = cells.findIndex((c, i) => i > exercise && (c.metadata?.tags ?? []).some((t) => t.startsWith('check:')));
    await page.locator('section.code-cell').nth(check).locator('.run-button').click();
    await settled(page);
    assert.match(shownText(codeCells(await snapshot(page))[check].outputs), /Correct/);
    await page.context().close();
  });
});
