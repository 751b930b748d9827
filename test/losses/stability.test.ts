/**
 * Numerical stability: cross-entropies from logits are finite and exact at |logit| = 1e4;
 * probabilities of exactly 0 and 1 are clipped to [1e-7, 1 - 1e-7] as Keras does (never NaN or
 * Infinity). Exact values: for a logit x and label y, BCE = softplus(x) - x y, so x = 1e4 with
 * y = 0 costs 1e4 and with y = 1 costs 0; CCE = logsumexp(x) - x_c.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { losses, setup } from '../../src';
import { flat } from './helpers';

before(async () => {
  await setup({ backend: 'cpu', verbose: false });
});

const values = (t: { dataSync(): ArrayLike<number>; dispose(): void }) => {
  const out = flat(t as never);
  t.dispose();
  return out;
};

test('binary cross-entropies from logits at +-1e4', () => {
  const y = [[0, 1, 1, 0]];
  const x = [[1e4, -1e4, 1e4, -1e4]];
  assert.deepEqual(values(losses.binaryCrossentropy(y, x, { fromLogits: true })), [(1e4 + 1e4) / 4]);
  assert.deepEqual(values(losses.weightedBinaryCrossentropy(y, x, { fromLogits: true, posWeight: 2 })), [(1e4 + 2e4) / 4]);
  // focal: the two wrong elements have p_t = 0, factor 1; the right ones have factor 0
  assert.deepEqual(values(losses.binaryFocalCrossentropy(y, x, { fromLogits: true })), [(1e4 + 1e4) / 4]);
});

test('categorical cross-entropies from logits at +-1e4', () => {
  assert.deepEqual(values(losses.categoricalCrossentropy([[0, 1]], [[1e4, -1e4]], { fromLogits: true })), [2e4]);
  assert.deepEqual(values(losses.sparseCategoricalCrossentropy([1], [[1e4, -1e4]], { fromLogits: true })), [2e4]);
  assert.deepEqual(values(losses.categoricalFocalCrossentropy([[0, 1]], [[1e4, -1e4]], { fromLogits: true })), [0.25 * 2e4]);
  assert.equal(Math.abs(values(losses.categoricalCrossentropy([[1, 0]], [[1e4, -1e4]], { fromLogits: true }))[0]), 0); // -0 from the negation
});

test('probabilities 0 and 1 clip like Keras: finite, never NaN', () => {
  const clipped = -Math.log(1e-7); // label 1, p = 0 -> p becomes 1e-7: 16.118
  const clippedHigh = -Math.log(1 - Math.fround(1 - 1e-7)); // label 0, p = 1 -> 1 - 0.99999988: 15.942
  const bce = values(losses.binaryCrossentropy([[1], [0], [1], [0]], [[0], [1], [1], [0]]));
  assert.ok(Math.abs(bce[0] - clipped) < 1e-3 && Math.abs(bce[1] - clippedHigh) < 1e-3, `${bce}`);
  assert.ok(bce[2] < 1e-6 && bce[3] < 1e-6);
  for (const name of ['binaryFocalCrossentropy', 'weightedBinaryCrossentropy', 'categoricalCrossentropy', 'categoricalFocalCrossentropy', 'klDivergence']) {
    const fn = losses.REGISTRY.find((e) => e.name === name)!.fn;
    for (const v of values(fn([[0, 1], [1, 0]], [[1, 0], [1, 0]]))) assert.ok(Number.isFinite(v), `${name}: ${v}`);
  }
  for (const v of values(losses.sparseCategoricalCrossentropy([1, 0], [[1, 0], [1, 0]]))) assert.ok(Number.isFinite(v));
});

test('huge regression errors stay finite (log-cosh does not overflow)', () => {
  assert.deepEqual(values(losses.logCosh([[0]], [[1e4]])), [1e4 - Math.fround(Math.log(2))].map((v) => Math.fround(v)));
  for (const v of values(losses.meanAbsolutePercentageError([[0]], [[1]]))) assert.ok(Number.isFinite(v));
});
