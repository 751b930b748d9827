/** Committed notebooks carry no outputs, name the standard tslab kernel, and follow the course's numbering. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

function notebooksIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.ipynb')).map((f) => join(dir, f));
}

const ALL = [...notebooksIn(join(ROOT, 'notebooks')), ...notebooksIn(join(ROOT, 'notebooks/solutions'))];

test('there are notebooks to check', () => {
  assert.ok(ALL.length > 0, 'no notebooks found under notebooks/');
});

for (const path of ALL) {
  const name = path.slice(ROOT.length + 1);
  test(`${name} carries no outputs and names the tslab kernel`, () => {
    const nb = JSON.parse(readFileSync(path, 'utf8'));
    assert.equal(nb.metadata?.kernelspec?.name, 'tslab', 'kernelspec.name must be tslab');
    for (const [i, cell] of nb.cells.entries()) {
      if (cell.cell_type !== 'code') continue;
      assert.deepEqual(cell.outputs, [], `cell ${i} has outputs`);
      assert.equal(cell.execution_count, null, `cell ${i} has an execution count`);
    }
  });
}

test('every course notebook has a lesson of the same name, and the other way round', () => {
  const stems = (dir: string, ext: string) =>
    existsSync(join(ROOT, dir)) ? readdirSync(join(ROOT, dir)).filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length)) : [];
  const notebooks = stems('notebooks', '.ipynb').filter((s) => /^\d\d-/.test(s)).sort();
  const lessons = stems('lessons', '.md').filter((s) => /^\d\d-/.test(s)).sort();
  assert.deepEqual(notebooks, lessons);
});
