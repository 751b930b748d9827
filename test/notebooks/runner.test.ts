/**
 * The notebook runner (scripts/run_notebooks.py) must fail loudly: a broken cell names the notebook,
 * the cell and the real error; an exercise check that passes on the placeholder, or fails on the
 * solution, fails the run. These tests drive the real runner on the real tslab kernel.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { notebook, run, scratch } from './runner-helpers';

const IMPORT = "import { exercises } from 'losslab';";
const EXERCISE = [
  { source: 'const answer: number = 0; // your answer', tags: ['exercise:t-1'] },
  { source: `${IMPORT}\nexercises.checkAll('t-1', [[answer === 42, 'the answer is not 42']], 'that is 42')`, tags: ['check:t-1'] },
];

function withSolution(dir: string, name: string, solution: string): void {
  mkdirSync(join(dir, 'solutions'), { recursive: true });
  writeFileSync(join(dir, 'solutions', name), notebook([{ source: solution, tags: ['exercise:t-1'] }]));
}

test('a throwing cell fails the run, naming the notebook, the cell and the real message', () => {
  const dir = scratch();
  try {
    writeFileSync(join(dir, 'broken.ipynb'), notebook([
      { source: '# A notebook', markdown: true },
      { source: 'const x = 1;' },
      { source: "throw new Error('the learning rate is negative');" },
      { source: 'console.log("never reached");' },
    ]));
    const { status, output } = run(dir, 'broken.ipynb');
    assert.equal(status, 1, output);
    assert.match(output, /FAIL\s+\S*broken\.ipynb/);
    assert.match(output, /cell 2 .*failed/);
    assert.match(output, /the learning rate is negative/);
    assert.match(output, /0 passed, 1 failed/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a type error fails the run with the compiler message', () => {
  const dir = scratch();
  try {
    writeFileSync(join(dir, 'typed.ipynb'), notebook([{ source: "const n: number = 'not a number';" }]));
    const { status, output } = run(dir, 'typed.ipynb');
    assert.equal(status, 1, output);
    assert.match(output, /not assignable to type 'number'/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('exercises pass: "Not yet" as shipped, "Correct" with the solution swapped in', () => {
  const dir = scratch();
  try {
    writeFileSync(join(dir, 'ex.ipynb'), notebook(EXERCISE));
    withSolution(dir, 'ex.ipynb', 'const answer: number = 42;');
    const { status, output } = run(dir, 'ex.ipynb');
    assert.equal(status, 0, output);
    assert.match(output, /1 passed, 0 failed/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a check that cannot fail, or a solution that does not pass, fails the run', () => {
  const dir = scratch();
  try {
    writeFileSync(join(dir, 'ex.ipynb'), notebook(EXERCISE));
    withSolution(dir, 'ex.ipynb', 'const answer: number = 41;');
    const wrongSolution = run(dir, 'ex.ipynb');
    assert.equal(wrongSolution.status, 1, wrongSolution.output);
    assert.match(wrongSolution.output, /exercise t-1 .*should say '✅ Correct'/);

    writeFileSync(join(dir, 'ex.ipynb'), notebook([{ ...EXERCISE[0], source: 'const answer: number = 42;' }, EXERCISE[1]]));
    const cannotFail = run(dir, 'ex.ipynb');
    assert.equal(cannotFail.status, 1, cannotFail.output);
    assert.match(cannotFail.output, /exercise t-1 .*should say '❌ Not yet'/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a notebook with exercises but no solutions notebook fails', () => {
  const dir = scratch();
  try {
    writeFileSync(join(dir, 'ex.ipynb'), notebook(EXERCISE));
    const { status, output } = run(dir, 'ex.ipynb');
    assert.equal(status, 1, output);
    assert.match(output, /no solutions notebook/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('output on stderr is noise and fails the run', () => {
  const dir = scratch();
  try {
    writeFileSync(join(dir, 'noisy.ipynb'), notebook([{ source: "console.warn('a warning nobody asked for');" }]));
    const { status, output } = run(dir, 'noisy.ipynb');
    assert.equal(status, 1, output);
    assert.match(output, /cell 0 wrote to stderr/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('unseeded randomness before the first exercise fails the run: outputs must be reproducible', () => {
  const dir = scratch();
  try {
    writeFileSync(join(dir, 'random.ipynb'), notebook([
      { source: 'console.log(`draw ${process.hrtime.bigint() % 1000003n}`);' },
      ...EXERCISE,
    ]));
    withSolution(dir, 'random.ipynb', 'const answer: number = 42;');
    const { status, output } = run(dir, 'random.ipynb');
    assert.equal(status, 1, output);
    assert.match(output, /cell 0 shows different output in two runs/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
