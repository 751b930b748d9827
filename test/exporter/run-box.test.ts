/**
 * Every lesson and notebook page carries a "run this" box: how to run the notebook (the two commands,
 * and the in-browser runner when the site has it), a link to the page's source file, and when the
 * notebook was executed.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { buildSite } from '../../exporter/build';
import { executedOn } from '../../exporter/sources';
import type { Notebook } from '../../exporter/ipynb';

const COURSE = join(__dirname, 'fixtures', 'course');
const work = mkdtempSync(join(tmpdir(), 'losslab-run-box-'));
after(() => rmSync(work, { recursive: true, force: true }));

async function build(name: string, trusted: boolean): Promise<string> {
  const out = join(work, name);
  await buildSite({
    notebooks: join(COURSE, 'executed'), sources: join(COURSE, 'notebooks'), lessons: join(COURSE, 'lessons'),
    out, trusted, warn: () => undefined,
  });
  return out;
}

function runBox(html: string): string {
  const box = /<aside class="run-box"[\s\S]*?<\/aside>/.exec(html);
  assert.ok(box, 'the page has a run box');
  return box[0];
}

test('a lesson page: its notebook (run in the browser in a trusted site), the two commands, its source, the run date', async () => {
  const out = await build('trusted', true);
  const box = runBox(readFileSync(join(out, 'lessons/01-first-steps.html'), 'utf8'));
  assert.match(box, /<a class="button" href="..\/notebooks\/01-first-steps.html">Run notebook 01 in your browser<\/a>/);
  assert.match(box, /npm start/);
  assert.match(box, /npm test/);
  assert.match(box, /<a href="01-first-steps.md">lesson source<\/a>/);
  assert.equal(readFileSync(join(out, 'lessons/01-first-steps.md'), 'utf8'), readFileSync(join(COURSE, 'lessons/01-first-steps.md'), 'utf8'));
  assert.match(box, /Notebook executed on \d{4}-\d\d-\d\d\./);
  // Lesson 02's notebook has no executed copy: the box says so instead of giving a date.
  const second = runBox(readFileSync(join(out, 'lessons/02-second-steps.html'), 'utf8'));
  assert.match(second, /not executed when this site was built/);
  assert.doesNotMatch(second, /executed on/);
});

test('a built notebook page: its box (see exercises.test.ts) with the run date, and the in-browser runner under it', async () => {
  const out = await build('notebook', true);
  const html = readFileSync(join(out, 'notebooks/01-first-steps.html'), 'utf8');
  assert.match(html, /<script src="..\/assets\/run\/notebook.js" defer><\/script>/, 'the runner adds its toolbar under the box');
  const box = runBox(html);
  assert.match(box, /Executed on \d{4}-\d\d-\d\d\./);
});

test('an untrusted site has no runner: the lesson links its notebook page, without a run button', async () => {
  const out = await build('untrusted', false);
  const box = runBox(readFileSync(join(out, 'lessons/01-first-steps.html'), 'utf8'));
  assert.match(box, /<a class="button" href="..\/notebooks\/01-first-steps.html">Open notebook 01<\/a>/);
  assert.doesNotMatch(box, /in your browser/);
});

test('executedOn: the last cell that finished, from the metadata the runner records; the file time otherwise', () => {
  const cell = (idle: unknown) => ({ cell_type: 'code', source: '', outputs: [], metadata: { execution: { 'iopub.status.idle': idle } } });
  const nb = (cells: unknown[]) => ({ cells, metadata: {}, nbformat: 4, nbformat_minor: 5 }) as unknown as Notebook;
  const fileTime = new Date('2020-01-02T03:04:05Z');
  const ran = executedOn(nb([cell('2026-11-29T05:38:45.769000Z'), cell('2026-11-29T05:39:01.000000Z'), { cell_type: 'markdown', source: '' }]), fileTime);
  assert.equal(ran.toISOString(), '2026-11-29T05:39:01.000Z');
  assert.equal(executedOn(nb([cell('<script>'), cell(42), cell(null)]), fileTime), fileTime, 'hostile or missing times are ignored');
  assert.equal(executedOn(nb([]), fileTime), fileTime);
});
