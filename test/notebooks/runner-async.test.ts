/**
 * Asynchronous failures: a timer that throws after its cell returned, a promise nobody awaited, and
 * process.exit() must fail the notebook, with the message, blamed on the cell that caused it, even
 * when it is the last cell. Late output that is not a failure (stdout) must not fail it.
 * Drives the real runner on the real tslab kernel; each notebook is one row.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Cell, inScratch, notebook, run } from './runner-helpers';

type Row = { name: string; cells: Cell[]; fails: RegExp[] | null };

const FIRST = { source: 'const first = 1;' };

const ROWS: Row[] = [
  {
    name: 'timer-last',
    cells: [FIRST, { source: "setTimeout(() => { throw new Error('late timer boom'); }, 50);\nconst armed = 1;" }],
    fails: [/cell 1 \(`setTimeout/, /late timer boom/],
  },
  {
    name: 'rejection-last',
    cells: [FIRST, { source: "Promise.reject(new Error('nobody awaited me'));\nconst fired = 1;" }],
    fails: [/cell 1 \(`Promise\.reject/, /nobody awaited me/],
  },
  {
    name: 'rejection-middle',
    cells: [FIRST, { source: "Promise.reject(new Error('lost between cells'));\nconst fired = 1;" }, { source: 'const after = 2;' }],
    fails: [/lost between cells/],
  },
  {
    name: 'timer-during-next-cell',
    cells: [
      FIRST,
      { source: "setTimeout(() => { throw new Error('thrown while the next cell ran'); }, 100);\nconst armed = 1;" },
      { source: 'await new Promise<void>((resolve) => setTimeout(resolve, 1500));' },
    ],
    fails: [/thrown while the next cell ran/, /cell [12] \(`(setTimeout|await)/],
  },
  {
    name: 'exit-middle',
    cells: [FIRST, { source: 'const second = 2;' }, { source: 'process.exit(0);' }, { source: 'const never = 3;' }],
    fails: [/kernel died while running cell 2 \(`process\.exit\(0\);`\)/],
  },
  {
    name: 'exit-late',
    cells: [FIRST, { source: 'setTimeout(() => process.exit(0), 50);\nconst armed = 1;' }],
    fails: [/kernel died .*after the last cell/, /last cell: cell 1 \(`setTimeout/],
  },
  {
    name: 'late-stdout-and-slow-timer',
    cells: [FIRST, { source: "setTimeout(() => console.log('printed later'), 300);\nconst armed = 1;" }],
    fails: null,
  },
];

/** The runner's report for one notebook: its FAIL/ok line and the indented lines under it. */
function reportOf(output: string, name: string): string {
  const lines = output.split('\n');
  const start = lines.findIndex((line) => /^(ok|FAIL)\s/.test(line) && line.includes(`${name}.ipynb`));
  assert.notEqual(start, -1, `no report for ${name} in:\n${output}`);
  const rest = lines.slice(start + 1).findIndex((line) => !line.startsWith('    '));
  return lines.slice(start, rest === -1 ? undefined : start + 1 + rest).join('\n');
}

test('asynchronous failures fail the notebook and name the cell; late stdout does not', () => {
  inScratch((dir) => {
    for (const row of ROWS) writeFileSync(join(dir, `${row.name}.ipynb`), notebook(row.cells));
    const { status, output } = run(dir, ROWS.map((row) => `${row.name}.ipynb`));
    assert.equal(status, 1, output);
    for (const row of ROWS) {
      const report = reportOf(output, row.name);
      if (row.fails === null) {
        assert.match(report, /^ok\s/, report);
        continue;
      }
      assert.match(report, /^FAIL\s/, `${row.name} should fail:\n${report}`);
      for (const words of row.fails) assert.match(report, words, `${row.name}:\n${report}`);
    }
    const failing = ROWS.filter((row) => row.fails !== null).length;
    assert.match(output, new RegExp(`${ROWS.length - failing} passed, ${failing} failed`));
  });
});
