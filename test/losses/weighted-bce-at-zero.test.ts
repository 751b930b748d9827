/**
 * Weighted binary cross-entropy from logits at logit 0, where every zero-initialised model starts:
 * the slope must be the smooth one, (1 - y) - (1 + (q - 1) y) σ(-x) = (1 - y) - l/2, not the
 * sum of the one-sided kinks of |x| and max(-x, 0). Hand-derived; and it must equal
 * posWeight-many copies of plain BCE's slope for a positive (a class weight of q).
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { losses, setup, tf } from '../../src';

before(async () => {
  await setup({ backend: 'cpu', verbose: false });
});

const slopeAt = (x: number, posWeight: number): number[] => tf.tidy(() => Array.from(
  tf.grad((p: tf.Tensor) => losses.weightedBinaryCrossentropy([[1], [0]], p, { fromLogits: true, posWeight: posWeight }).sum())(tf.tensor2d([[x], [x]])).dataSync(),
));

test('weightedBinaryCrossentropy from logits: slope at logit 0 is (1 - y) - l/2 (hand-derived)', () => {
  // q = 19: positive -19/2 = -9.5, negative 1 - 1/2 = 0.5. q = 1 (plain BCE): -0.5 and 0.5.
  assert.deepEqual(slopeAt(0, 19), [-9.5, 0.5]);
  assert.deepEqual(slopeAt(0, 1), [-0.5, 0.5]);
});

test('weightedBinaryCrossentropy from logits: the slope is continuous through 0', () => {
  const [left, right] = [slopeAt(-1e-3, 19), slopeAt(1e-3, 19)];
  const at = slopeAt(0, 19);
  at.forEach((g, i) => assert.ok(Math.abs(g - (left[i] + right[i]) / 2) < 1e-3, `slope ${g} at 0 vs ${left[i]} and ${right[i]} beside it`));
});

test('weightedBinaryCrossentropy from logits: value still exact at large logits', () => {
  // y = 1, x = -1e4, q = 2: 2·softplus(1e4) = 2e4; y = 0, x = 1e4: x = 1e4.
  const values = tf.tidy(() => Array.from(losses.weightedBinaryCrossentropy([[1], [0]], [[-1e4], [1e4]], { fromLogits: true, posWeight: 2 }).dataSync()));
  assert.deepEqual(values, [2e4, 1e4]);
});
