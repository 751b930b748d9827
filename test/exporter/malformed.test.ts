/**
 * Malformed notebooks, one per row: the build still finishes, the bad page is left out and
 * reported with the file, the cell and what is wrong, and the good page is there. The CLI exits
 * non-zero for them only under --strict.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { buildSite } from '../../exporter/build';

const work = mkdtempSync(join(tmpdir(), 'losslab-malformed-'));
after(() => rmSync(work, { recursive: true, force: true }));

const PLOTLY = 'application/vnd.plotly.v1+json';
const nb = (cells: unknown, extra: object = {}): string => JSON.stringify({ cells, metadata: {}, nbformat: 4, nbformat_minor: 5, ...extra });
const code = (extra: object): object => ({ cell_type: 'code', metadata: {}, source: 'x', execution_count: 1, outputs: [], ...extra });
const md = (source: unknown, extra: object = {}): object => ({ cell_type: 'markdown', metadata: {}, source, ...extra });
const out = (o: object): object => code({ outputs: [o] });
const show = (data: unknown): object => ({ output_type: 'display_data', metadata: {}, data });

/** [what, notebook text, words the report must contain (besides the file name)]. */
const ROWS: Array<[string, string, RegExp]> = [
  ['invalid JSON', '{"cells": [', /not valid JSON/],
  ['nbformat 3', nb([], { nbformat: 3 }), /nbformat 4.*got 3/],
  ['not an object', '[1, 2]', /expected a notebook object; got an array/],
  ['cells not an array', nb({ 0: md('x') }), /cells: expected an array; got an object/],
  ['a null cell', nb([md('ok'), null]), /cells\[1\]: expected a cell object; got null/],
  ['an unknown cell type', nb([{ cell_type: 'widget', source: '' }]), /cells\[0\]\.cell_type: expected one of code, markdown, raw; got "widget"/],
  ['a number where text belongs', nb([md(42)]), /cells\[0\]\.source: expected a string or an array of strings; got a number/],
  ['source array holding a number', nb([md(['a', 7])]), /cells\[0\]\.source\[1\]: expected a string; got a number/],
  ['outputs an object', nb([code({ outputs: { 0: {} } })]), /cells\[0\]\.outputs: expected an array; got an object/],
  ['execution count a string', nb([code({ execution_count: '<img src=x onerror=alert(1)>' })]), /cells\[0\]\.execution_count: expected a non-negative integer or null; got a string/],
  ['tags a string', nb([code({ metadata: { tags: 'exercise:01-1' } })]), /cells\[0\]\.metadata\.tags: expected an array of strings; got a string/],
  ['an output that is null', nb([code({ outputs: [null] })]), /cells\[0\]\.outputs\[0\]: expected an output object; got null/],
  ['an unknown output type', nb([out({ output_type: 'widget' })]), /cells\[0\]\.outputs\[0\]\.output_type: expected one of .*; got "widget"/],
  ['traceback a string', nb([out({ output_type: 'error', ename: 'E', evalue: 'v', traceback: 'boom' })]), /cells\[0\]\.outputs\[0\]\.traceback: expected an array of strings; got a string/],
  ['ename a number', nb([out({ output_type: 'error', ename: 1, evalue: 'v', traceback: [] })]), /cells\[0\]\.outputs\[0\]\.ename: expected a string; got a number/],
  ['stream text a number', nb([out({ output_type: 'stream', name: 'stdout', text: 5 })]), /cells\[0\]\.outputs\[0\]\.text: expected a string or an array of strings; got a number/],
  ['data an array', nb([out(show([1]))]), /cells\[0\]\.outputs\[0\]\.data: expected an object; got an array/],
  ['text/html a number', nb([out(show({ 'text/html': 3 }))]), /cells\[0\]\.outputs\[0\]\.data\["text\/html"\]: expected a string or an array of strings; got a number/],
  ['image/png an object', nb([out(show({ 'image/png': {} }))]), /cells\[0\]\.outputs\[0\]\.data\["image\/png"\]: expected a string/],
  ['an unparsable Plotly string', nb([out(show({ [PLOTLY]: '{"data": [' }))]), /cells\[0\]\.outputs\[0\]\.data\["application\/vnd\.plotly\.v1\+json"\]: .*not valid JSON/],
  ['a Plotly figure that is a number', nb([out(show({ [PLOTLY]: 4 }))]), /cells\[0\]\.outputs\[0\]\.data\["application\/vnd\.plotly\.v1\+json"\]: expected a figure object/],
  ['output execution count a string', nb([out({ output_type: 'execute_result', execution_count: 'x', metadata: {}, data: {} })]), /cells\[0\]\.outputs\[0\]\.execution_count: expected a non-negative integer or null; got a string/],
  ['attachments an array', nb([md('x', { attachments: [] })]), /cells\[0\]\.attachments: expected an object; got an array/],
  ['an attachment bundle holding a number', nb([md('x', { attachments: { 'a.png': { 'image/png': 1 } } })]), /cells\[0\]\.attachments\["a\.png"\]\["image\/png"\]: expected a string/],
  ['bad percent-encoding in an attachment link', nb([md('ok'), md('![x](attachment:%E0%A4%A)')]), /cells\[1\]: the link attachment:%E0%A4%A is not valid percent-encoding/],
];

/** A course folder with one good notebook and `bad` as `02-bad.ipynb`. */
function course(name: string, bad: string): { notebooks: string; lessons: string; out: string } {
  const dir = join(work, name.replace(/\W+/g, '-'));
  mkdirSync(join(dir, 'notebooks'), { recursive: true });
  mkdirSync(join(dir, 'lessons'), { recursive: true });
  writeFileSync(join(dir, 'notebooks', '01-good.ipynb'), nb([md('# 01. Good\n\n[bad one](02-bad.ipynb)'), code({})]));
  writeFileSync(join(dir, 'notebooks', '02-bad.ipynb'), bad);
  writeFileSync(join(dir, 'lessons', '02-bad.md'), '# 02. Bad\n\n[its notebook](../notebooks/02-bad.ipynb)\n');
  return { notebooks: join(dir, 'notebooks'), lessons: join(dir, 'lessons'), out: join(dir, 'site') };
}

for (const [what, text, words] of ROWS) {
  test(`malformed notebook: ${what}`, async () => {
    const c = course(what, text);
    const stats = await buildSite({ ...c, trusted: false, warn: () => undefined });
    const report = stats.problems.join('\n');
    assert.match(report, /notebooks\/02-bad\.ipynb/, 'the report names the file');
    assert.match(report, words);
    assert.match(report, /left out/);
    assert.ok(existsSync(join(c.out, 'notebooks', '01-good.html')), 'the good notebook is published');
    assert.ok(existsSync(join(c.out, 'lessons', '02-bad.html')), 'the lesson is published');
    assert.ok(!existsSync(join(c.out, 'notebooks', '02-bad.html')), 'the bad notebook is left out');
  });
}

test('prototype keys in links, fences and attachments are plain names, not crashes', async () => {
  const c = course('proto', nb([
    md('# 02. Proto\n\n[x](../constructor/a) [y](__proto__/b) ![z](attachment:constructor) ![w](attachment:__proto__)', { attachments: { 'a.png': { 'image/png': 'AA' } } }),
    md('```constructor\ncode\n```\n\n```__proto__\ncode\n```\n\n```toString\ncode\n```'),
    out(show({ [PLOTLY]: { data: [], layout: {}, __proto__: { polluted: 1 } } })),
  ]));
  const warnings: string[] = [];
  const stats = await buildSite({ ...c, trusted: false, warn: (m) => warnings.push(m) });
  assert.deepEqual(stats.problems, []);
  assert.ok(existsSync(join(c.out, 'notebooks', '02-bad.html')));
  assert.ok(warnings.some((w) => /02-bad\.ipynb, cells\[0\] links to constructor\/a, which is not in the site/.test(w)), warnings.join('\n'));
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

test('the CLI: a bad notebook is reported; exit 0, or 1 with --strict (documented in --help)', () => {
  const c = course('cli', nb([null]));
  const cli = join(__dirname, '..', '..', 'exporter', 'cli.ts');
  const tsx = join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx');
  const run = (...extra: string[]) => spawnSync(tsx, [cli, '--notebooks', c.notebooks, '--lessons', c.lessons, '--sources', 'none', '--out', c.out, ...extra], { encoding: 'utf8' });
  const lenient = run();
  assert.equal(lenient.status, 0, lenient.stderr);
  assert.match(lenient.stderr, /02-bad\.ipynb.*cells\[0\]: expected a cell object; got null/);
  const strict = run('--strict');
  assert.equal(strict.status, 1);
  assert.match(strict.stderr, /--strict/);
  assert.match(run('--help').stdout, /--strict/);
});
