/**
 * One meaning per type name: the names that used to mean different things in different folders
 * (a plotted trajectory and an optimizer run, a drawn line and a trained one, a curve to draw and
 * a computed curve, a fold of datasets and a fold of row numbers) are each exported by one
 * namespace only. Read from the `index.ts` files, which are the namespaces' whole public surface.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const SRC = join(__dirname, '../../src');

/** Namespace -> the names its index.ts exports. */
function exportedNames(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const folder of readdirSync(SRC, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    let text: string;
    try {
      text = readFileSync(join(SRC, folder.name, 'index.ts'), 'utf8');
    } catch {
      continue;
    }
    const names = new Set<string>();
    for (const [, list] of text.matchAll(/export\s*(?:type\s*)?\{([^}]*)\}/g)) {
      for (const part of list.split(',').map((p) => p.trim()).filter(Boolean)) names.add(part.replace(/^type\s+/, '').split(/\s+as\s+/).pop()!.trim());
    }
    for (const [, file] of text.matchAll(/export \* from '\.\/([\w-]+)'/g)) {
      const module = readFileSync(join(SRC, folder.name, `${file}.ts`), 'utf8');
      for (const [, name] of module.matchAll(/export (?:interface|type|class|function|const) (\w+)/g)) names.add(name);
    }
    out.set(folder.name, names);
  }
  return out;
}

test('Trajectory, FittedLine, LossShape, Fold and Dataset each mean one thing (one namespace exports each)', () => {
  const exported = exportedNames();
  const owners = (name: string) => [...exported].filter(([, names]) => names.has(name)).map(([ns]) => ns);
  assert.deepEqual(owners('Trajectory'), ['plots']);
  assert.deepEqual(owners('OptimizerRun'), ['descent']);
  assert.deepEqual(owners('FittedLine'), ['plots']);
  assert.deepEqual(owners('TrainedLine'), ['losses']);
  assert.deepEqual(owners('LossShape'), ['losses']);
  assert.deepEqual(owners('LossShapeSeries'), ['plots']);
  assert.deepEqual(owners('Fold'), ['data']);
  assert.deepEqual(owners('FoldRows'), ['search']);
  assert.deepEqual(owners('Dataset'), ['data']);
  assert.deepEqual(owners('TensorData'), ['search']);
});
