/** The catalogue: complete, consistent with the registry, stable colours, curves from the real losses. */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { losses, setup } from '../../src';

before(async () => {
  await setup({ backend: 'cpu', verbose: false });
});

test('every loss has a complete catalogue entry, in registry order', () => {
  assert.deepEqual(losses.CATALOGUE.map((e) => e.name), losses.REGISTRY.map((e) => e.name));
  for (const e of losses.CATALOGUE) {
    for (const field of ['title', 'yTrue', 'formula', 'range', 'outliers', 'whenToPick'] as const) {
      assert.ok(e[field].length > 0, `${e.name}.${field}`);
    }
  }
});

test('catalogueEntry accepts any identifier; lossesFor groups by task', () => {
  assert.equal(losses.catalogueEntry('mse').name, 'meanSquaredError');
  assert.equal(losses.catalogueEntry('Huber').name, 'huber');
  assert.deepEqual(losses.lossesFor('regression').map((e) => e.name), [
    'meanSquaredError', 'meanAbsoluteError', 'huber', 'logCosh', 'meanSquaredLogarithmicError', 'meanAbsolutePercentageError',
  ]);
  assert.throws(() => losses.catalogueEntry('nope'), /catalogueEntry: unknown loss 'nope'/);
});

test('each loss keeps one distinct colour, whatever identifier names it', () => {
  const colours = losses.REGISTRY.map((e) => losses.lossColour(e.name));
  assert.equal(new Set(colours).size, colours.length);
  for (const e of losses.REGISTRY) {
    for (const id of [e.keras, e.className, ...e.aliases]) assert.equal(losses.lossColour(id), losses.lossColour(e.name), id);
  }
  for (const c of colours) assert.match(c, /^#[0-9a-f]{6}$/i);
});

test('shape curves: values of the losses themselves, minimum where it belongs', () => {
  const mse = losses.lossShape('mse', { points: 7, domain: [-3, 3] });
  assert.deepEqual(mse.x, [-3, -2, -1, 0, 1, 2, 3]);
  assert.deepEqual(mse.y, [9, 4, 1, 0, 1, 4, 9]);
  const huber = losses.lossShape('huber', { points: 3, domain: [-2, 2], lossOptions: { delta: 1 } });
  assert.deepEqual(huber.y, [1.5, 0, 1.5]);
  const hinge = losses.lossShape('hinge', { points: 3, domain: [-1, 1] });
  assert.deepEqual(hinge.y, [2, 1, 0]);
  const bce = losses.lossShape('bce', { variable: 'probability', points: 2, domain: [0.5, 1] });
  assert.ok(Math.abs(bce.y[0] - Math.log(2)) < 1e-6 && bce.y[1] < 1e-6);
  const poisson = losses.lossShape('poisson');
  const argmin = poisson.x[poisson.y.indexOf(Math.min(...poisson.y))];
  assert.ok(Math.abs(argmin - 3) < 0.1, `Poisson minimum at ${argmin}`);
  for (const e of losses.REGISTRY) {
    for (const v of losses.curveVariables(e.name)) {
      const s = losses.lossShape(e.name, { variable: v, points: 21 });
      assert.ok(s.y.every(Number.isFinite), `${e.name} ${v}`);
      assert.equal(s.colour, losses.lossColour(e.name));
    }
  }
  assert.throws(() => losses.lossShape('hinge', { variable: 'probability' }), /hinge has no 'probability' curve/);
});

test('lossSlope: the pull of one sample, by tf.grad (MSE 2e, Huber clip(e), hinge -1 below the margin)', () => {
  assert.deepEqual(losses.lossSlope('mse', [-3, 0.5]), [-6, 1]);
  assert.deepEqual(losses.lossSlope('huber', [-3, 0.5, 3]), [-1, 0.5, 1]);
  assert.deepEqual(losses.lossSlope('huber', [-3, 0.5, 3], { lossOptions: { delta: 2 } }), [-2, 0.5, 2]);
  assert.deepEqual(losses.lossSlope('hinge', [-1, 0.5, 2]).map((v) => v + 0), [-1, -1, 0]); // + 0 turns -0 into 0
  const bce = losses.lossSlope('bce', [0]); // d/dm log(1 + e^-m) at 0 = -1/2
  assert.ok(Math.abs(bce[0] + 0.5) < 1e-6);
  assert.throws(() => losses.lossSlope('kld', [0.5]), /klDivergence has no 'error' or 'margin' curve/);
});
