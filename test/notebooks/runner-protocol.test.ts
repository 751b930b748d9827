/**
 * The runner with a kernel that sends proper Jupyter `error` outputs (ename, evalue, traceback) and
 * `execute_result`s, as the project's tslab wrapper does, instead of tslab 1.0.22's stderr and stdout:
 * an error is reported as `ename: evalue` with the traceback line naming the cell, and exercise
 * verdicts shown as execute_result count like printed ones. The kernel is a stand-in
 * (fixtures/protocol_kernel.py) registered as `tslab` in a scratch Jupyter path.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inScratch, notebook, run } from './runner-helpers';

const PYTHON = process.env.LOSSLAB_PYTHON ?? '/usr/bin/python3';

function registerKernel(dir: string): string {
  const jupyterPath = join(dir, 'jupyter');
  mkdirSync(join(jupyterPath, 'kernels', 'tslab'), { recursive: true });
  const argv = [PYTHON, join(__dirname, 'fixtures', 'protocol_kernel.py'), '-f', '{connection_file}'];
  writeFileSync(join(jupyterPath, 'kernels', 'tslab', 'kernel.json'),
    JSON.stringify({ argv, display_name: 'TypeScript', language: 'typescript' }));
  return jupyterPath;
}

test('an error output fails the cell as "ename: evalue" with the traceback line naming the cell', () => {
  inScratch((dir) => {
    writeFileSync(join(dir, 'error.ipynb'), notebook([
      { source: 'set x 1' },
      { source: 'throw RangeError: the learning rate is negative' },
      { source: 'set never 1' },
    ]));
    const { status, output } = run(dir, 'error.ipynb', registerKernel(dir));
    assert.equal(status, 1, output);
    assert.match(output, /FAIL\s+\S*error\.ipynb: cell 1 \(`throw RangeError/, output);
    assert.match(output, /failed:\n\s+RangeError: the learning rate is negative\n\s+at cell 2, line 1\n/, output);
  });
});

test('exercise verdicts sent as execute_result are checked both ways', () => {
  inScratch((dir) => {
    const jupyterPath = registerKernel(dir);
    writeFileSync(join(dir, 'ex.ipynb'), notebook([
      { source: 'set answer 0', tags: ['exercise:p-1'] },
      { source: 'check answer 42', tags: ['check:p-1'] },
    ]));
    mkdirSync(join(dir, 'solutions'));
    writeFileSync(join(dir, 'solutions', 'ex.ipynb'), notebook([{ source: 'set answer 42', tags: ['exercise:p-1'] }]));
    const solved = run(dir, 'ex.ipynb', jupyterPath);
    assert.equal(solved.status, 0, solved.output);
    assert.match(solved.output, /1 passed, 0 failed/);

    writeFileSync(join(dir, 'solutions', 'ex.ipynb'), notebook([{ source: 'set answer 41', tags: ['exercise:p-1'] }]));
    const wrong = run(dir, 'ex.ipynb', jupyterPath);
    assert.equal(wrong.status, 1, wrong.output);
    assert.match(wrong.output, /exercise p-1 \(cell 1\) should say '✅ Correct', but shows: ❌ Not yet: try again/);
  });
});
