/**
 * Malformed notebooks: each unreadable .ipynb (invalid JSON, another nbformat, malformed cells or
 * outputs, a broken solutions notebook) is reported as that notebook failed, with what is wrong; the
 * notebooks after it still run, the summary is printed and the exit status is non-zero.
 * One runner call over the whole table, so a notebook that aborted the run would fail every row.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inScratch, notebook, run } from './runner-helpers';

const GOOD = JSON.parse(notebook([{ source: 'const x = 1;' }]));

/** A good notebook with one change made by `edit`. */
function edited(edit: (nb: any) => void): string {
  const nb = structuredClone(GOOD);
  edit(nb);
  return JSON.stringify(nb);
}

const ROWS: { name: string; text: string; words: RegExp }[] = [
  { name: 'truncated-json', text: notebook([{ source: '1' }]).slice(0, 40), words: /is not valid JSON: .* line 1, column \d+/ },
  { name: 'empty-file', text: '', words: /is not valid JSON/ },
  { name: 'json-array', text: '[1, 2]', words: /a notebook must be a JSON object; got list/ },
  { name: 'nbformat-3', text: edited((nb) => { nb.nbformat = 3; }), words: /only nbformat 4 notebooks can be run; this one says nbformat 3/ },
  { name: 'nbformat-text', text: edited((nb) => { nb.nbformat = '4'; }), words: /says nbformat "4"/ },
  { name: 'no-cells', text: edited((nb) => { delete nb.cells; }), words: /cells must be a list; got null/ },
  { name: 'null-cell', text: edited((nb) => { nb.cells.push(null); }), words: /cell 1: a cell must be an object; got null/ },
  { name: 'number-source', text: edited((nb) => { nb.cells[0].source = 5; }), words: /cell 0: source must be text .*got 5/ },
  { name: 'unknown-cell-type', text: edited((nb) => { nb.cells[0].cell_type = 'sql'; }), words: /cell 0: cell_type must be code, markdown or raw; got "sql"/ },
  { name: 'outputs-object', text: edited((nb) => { nb.cells[0].outputs = {}; }), words: /cell 0: outputs must be a list; got \{\}/ },
  { name: 'string-traceback', text: edited((nb) => { nb.cells[0].outputs = [{ output_type: 'error', ename: 'E', evalue: 'v', traceback: 'boom' }]; }), words: /cell 0: an error output's traceback must be a list of strings; got "boom"/ },
  { name: 'tags-string', text: edited((nb) => { nb.cells[0].metadata = { tags: 'exercise:1' }; }), words: /cell 0: metadata.tags must be a list of strings/ },
  { name: 'count-text', text: edited((nb) => { nb.cells[0].execution_count = 'x'; }), words: /cell 0: execution_count must be null or an integer; got "x"/ },
  { name: 'unknown-cell-field', text: edited((nb) => { nb.cells[0].surprise = 1; }), words: /cell 0: a code cell has no field "surprise" in nbformat 4/ },
  { name: 'schema-fallback', text: edited((nb) => { nb.cells[0].outputs = [{ output_type: 'stream', name: 5, text: 'x' }]; }), words: /is not a valid nbformat 4 notebook: data\.cells\[0\]/ },
];

test('each malformed notebook fails alone with what is wrong; the rest run; the summary prints', () => {
  inScratch((dir) => {
    for (const row of ROWS) writeFileSync(join(dir, `${row.name}.ipynb`), row.text);
    // An exercise notebook whose solutions notebook is unreadable.
    writeFileSync(join(dir, 'broken-solutions.ipynb'), notebook([
      { source: 'const answer: number = 0;', tags: ['exercise:t-1'] },
      { source: "import { exercises } from 'losslab';\nexercises.checkAll('t-1', [[answer === 42, 'not 42']], 'is 42')", tags: ['check:t-1'] },
    ]));
    mkdirSync(join(dir, 'solutions'));
    writeFileSync(join(dir, 'solutions', 'broken-solutions.ipynb'), '{"nbformat": 4, "cells": [');
    writeFileSync(join(dir, 'zz-good.ipynb'), notebook([{ source: 'const fine = 1;' }]));

    const names = [...ROWS.map((row) => `${row.name}.ipynb`), 'broken-solutions.ipynb', 'zz-good.ipynb'];
    const { status, output } = run(dir, names);
    assert.equal(status, 1, output);
    assert.doesNotMatch(output, /Traceback \(most recent call last\)/, output);
    for (const row of ROWS) {
      const line = output.split('\n').find((l) => l.includes(`${row.name}.ipynb`)) ?? '';
      assert.match(line, /^FAIL\s/, `${row.name}: ${line}\n${output}`);
      assert.match(line, row.words, `${row.name}: ${line}`);
    }
    assert.match(output, /FAIL\s+\S*broken-solutions\.ipynb: \S*solutions\/broken-solutions\.ipynb is not valid JSON/);
    assert.match(output, /^ok\s+\S*zz-good\.ipynb/m);
    assert.match(output, new RegExp(`notebooks: 1 passed, ${ROWS.length + 1} failed`));
  });
});
