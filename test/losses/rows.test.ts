/**
 * One table per family: every loss row is complete (function, class, identifiers, colour, targets,
 * catalogue entry, curves), every loss the package exports has a row, and the name types are
 * derived from the tables. Adding a loss is its file plus its row; this test says what a row needs.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { losses, optimizers, plots, setup, tf } from '../../src';
import type { LossName } from '../../src/losses';
import type { OptimizerIdentifier } from '../../src/optimizers';

before(async () => {
  await setup({ backend: 'cpu', verbose: false });
});

const HEX = /^#[0-9a-f]{6}$/;
const TASKS = ['regression', 'binary', 'multiclass', 'segmentation', 'distribution', 'counts', 'similarity', 'sequence', 'critic'];

test('every loss row is complete', () => {
  for (const row of losses.REGISTRY) {
    const at = `row ${row.name}`;
    assert.equal(row.fn.name, row.name, `${at}: the function form is named as the row`);
    assert.equal(row.cls.name, row.className, `${at}: the class is named as the row says`);
    assert.ok(new row.cls() instanceof losses.Loss, `${at}: the class makes a Loss`);
    assert.match(row.keras, /^[a-z]+(_[a-z]+)*$/, `${at}: Keras name in snake_case`);
    assert.match(row.colour, HEX, `${at}: colour`);
    assert.ok(['dense', 'indices', 'sequence'].includes(row.targets), `${at}: targets`);
    const c = row.catalogue;
    for (const field of ['title', 'yTrue', 'yPred', 'formula', 'range', 'outliers', 'whenToPick'] as const) {
      assert.ok(typeof c[field] === 'string' && c[field].length > 0, `${at}: catalogue.${field}`);
    }
    assert.ok(TASKS.includes(c.task), `${at}: task ${c.task}`);
    const curves = Object.entries(row.curves);
    assert.ok(curves.length > 0, `${at}: at least one curve`);
    for (const [variable, spec] of curves) {
      assert.ok(spec && spec.xLabel.length > 0 && spec.domain[0] < spec.domain[1] && typeof spec.sample === 'function', `${at}: curve ${variable}`);
    }
  }
  const colours = losses.REGISTRY.map((r) => r.colour);
  assert.equal(new Set(colours).size, colours.length, 'one colour per loss');
});

test('every loss class the package exports has a row, with its function form next to it', () => {
  const exported = Object.entries(losses).filter(
    ([, value]) => typeof value === 'function' && value.prototype instanceof losses.Loss && value !== losses.LossFunctionWrapper,
  );
  assert.equal(exported.length, losses.REGISTRY.length);
  for (const [className, cls] of exported) {
    const row = losses.REGISTRY.find((r) => r.cls === cls);
    assert.ok(row, `${className} has a row`);
    const fnName = className.replace(/^[A-Z]+(?=[A-Z][a-z]|$)|^[A-Z]/, (head) => head.toLowerCase());
    assert.equal((losses as Record<string, unknown>)[fnName], row.fn, `${className}: losses.${fnName} is the row's function`);
    assert.equal(losses.get(row.keras), row.fn);
  }
});

test('the catalogue, the curves and both palettes are read from the rows', () => {
  for (const row of losses.REGISTRY) {
    assert.deepEqual(losses.catalogueEntry(row.keras), { name: row.name, ...row.catalogue });
    assert.deepEqual(losses.curveVariables(row.name), Object.keys(row.curves));
    assert.equal(losses.lossColour(row.className), row.colour);
    assert.equal(plots.lossColour(row.keras), row.colour);
  }
  for (const [id, row] of Object.entries(optimizers.OPTIMIZER_ROWS)) {
    assert.match(row.colour, HEX);
    assert.equal(plots.optimizerColour(id), row.colour);
    assert.equal(optimizers.OPTIMIZERS[id], row.cls);
    assert.ok(optimizers.get(id) instanceof tf.Optimizer, id);
  }
});

test('the name types are derived from the tables', () => {
  const loss: LossName = 'ctc';
  const optimizer: OptimizerIdentifier = 'lion';
  // @ts-expect-error a name that is no row is not a LossName
  const notALoss: LossName = 'meanSquaredErrorr';
  // @ts-expect-error a name that is no row is not an OptimizerIdentifier
  const notAnOptimizer: OptimizerIdentifier = 'adamm';
  assert.deepEqual([loss, optimizer, notALoss, notAnOptimizer].length, 4);
});
