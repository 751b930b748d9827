/**
 * A solutions notebook is the whole notebook with its exercises solved, so that it opens and runs top
 * to bottom on its own (issue 16): every cell of the notebook is there, in order, unchanged except the
 * title (which says "Solutions to") and the `exercise:` cells (which hold the solutions).
 * Running them is the notebook runner's job; this checks that there is a whole notebook to run.
 * Every course notebook is held to it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const COMPLETE = readdirSync(join(ROOT, 'notebooks')).filter((f) => /^\d\d-.*\.ipynb$/.test(f)).map((f) => f.replace(/\.ipynb$/, '')).sort();

interface Cell { cell_type: string; source: string | string[]; metadata: { tags?: string[] } }
const read = (path: string): Cell[] => (JSON.parse(readFileSync(path, 'utf8')) as { cells: Cell[] }).cells;
const text = (cell: Cell) => (Array.isArray(cell.source) ? cell.source.join('') : cell.source);
const exerciseOf = (cell: Cell) => (cell.metadata.tags ?? []).find((t) => t.startsWith('exercise:'));

for (const stem of COMPLETE) {
  test(`solutions/${stem}.ipynb is the whole notebook with its exercises solved`, () => {
    const shipped = read(join(ROOT, 'notebooks', `${stem}.ipynb`));
    const solved = read(join(ROOT, 'notebooks', 'solutions', `${stem}.ipynb`));
    assert.equal(solved.length, shipped.length, `the solutions notebook has ${solved.length} cells, the notebook ${shipped.length}`);
    assert.match(text(solved[0]), /^# Solutions to \d\d\. /, 'the first cell titles it "# Solutions to NN. ..."');
    shipped.forEach((cell, i) => {
      assert.equal(solved[i].cell_type, cell.cell_type, `cell ${i}: a ${cell.cell_type} cell in the notebook`);
      assert.equal(exerciseOf(solved[i]), exerciseOf(cell), `cell ${i}: the exercise tags differ`);
      if (i === 0 || exerciseOf(cell) !== undefined) return;
      const expected = text(cell).split('](../lessons/').join('](../../lessons/'); // one folder deeper
      assert.equal(text(solved[i]), expected, `cell ${i} differs from the notebook's:\n${text(cell).slice(0, 200)}`);
    });
    const unsolved = shipped.map((cell, i) => [cell, i] as const).filter(([cell, i]) => exerciseOf(cell) !== undefined && text(cell) === text(solved[i]));
    assert.deepEqual(unsolved.map(([cell]) => exerciseOf(cell)), [], 'these exercises are not solved in the solutions notebook');
  });
}
