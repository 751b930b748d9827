/** The Wasserstein critic loss and the exact 1-D distance, against hand-derived values. */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { losses, setup, tf } from '../../src';

before(async () => {
  await setup({ backend: 'cpu', verbose: false });
});

const close = (a: number, b: number, tol = 1e-6) => assert.ok(Math.abs(a - b) <= tol, `${a} vs ${b}`);

test('wasserstein: label times score, averaged over the last axis (hand-derived)', () => {
  // Sample 1: -1 * 2 = -2. Sample 2: 1 * 0.5 = 0.5. Sample 3: (-1*1 + 1*3)/2 = 1 (two columns).
  assert.deepEqual(Array.from(losses.wasserstein([[-1], [1]], [[2], [0.5]]).dataSync()), [-2, 0.5]);
  close(losses.wasserstein([[-1, 1]], [[1, 3]]).dataSync()[0], 1);
});

test('wasserstein: the class form averages the batch: mean fake score minus mean real score, halved', () => {
  // Real scores 3 and 1 (labels -1), fake scores 0 and 2 (labels +1): (-3 - 1 + 0 + 2) / 4 = -0.5.
  const value = new losses.Wasserstein().call([[-1], [-1], [1], [1]], [[3], [1], [0], [2]]);
  close(value.dataSync()[0], -0.5);
  value.dispose();
});

test('wasserstein: rejects labels outside [-1, 1] and mismatched shapes, naming the function', () => {
  assert.throws(() => losses.wasserstein([[2]], [[1]]), /wasserstein: yTrue/);
  assert.throws(() => losses.wasserstein([[1, 1]], [[1]]), /wasserstein: yTrue and yPred must have the same shape/);
});

test('wasserstein: forCompile turns it into a per-sample tfjs loss', () => {
  const fn = losses.forCompile(losses.wasserstein);
  const out = tf.tidy(() => fn(tf.tensor2d([[-1], [1]]), tf.tensor2d([[4], [1]])).dataSync());
  assert.deepEqual(Array.from(out), [-4, 1]);
});

test('wassersteinDistance1d: sorted gaps (hand-derived) and a pure shift', () => {
  close(losses.wassersteinDistance1d([0, 1, 2], [3, 1, 5]), 2); // sorted [0,1,2] vs [1,3,5]: (1+2+3)/3
  close(losses.wassersteinDistance1d([1, 2, 3, 4], [3.5, 4.5, 5.5, 6.5]), 2.5); // a shift by 2.5 costs 2.5
  close(losses.wassersteinDistance1d([7], [7]), 0);
  assert.throws(() => losses.wassersteinDistance1d([1, 2], [1]), /wassersteinDistance1d: a and b must be non-empty and of the same length; got 2 and 1/);
});

test('weightedLoss: scales every per-sample value, rejects negative weights', () => {
  const mse = losses.forCompile('mse');
  const out = tf.tidy(() => losses.weightedLoss(mse, 0.5)(tf.tensor2d([[0], [1]]), tf.tensor2d([[2], [1]])).dataSync());
  assert.deepEqual(Array.from(out), [2, 0]); // (0-2)^2 = 4 -> 2; 0 -> 0
  assert.throws(() => losses.weightedLoss(mse, -1), /weightedLoss: weight must be a finite number >= 0; got -1/);
});

test('wasserstein and weightedLoss leak no tensors', () => {
  const fn = losses.weightedLoss(losses.forCompile(losses.wasserstein), 2);
  const t = tf.tensor2d([[-1], [1]]);
  const p = tf.tensor2d([[4], [1]]);
  fn(t, p).dispose();
  const before = tf.memory().numTensors;
  for (let i = 0; i < 5; i++) {
    fn(t, p).dispose();
    losses.wasserstein([[-1]], [[3]]).dispose();
    new losses.Wasserstein().call([[-1]], [[3]]).dispose();
  }
  assert.equal(tf.memory().numTensors, before);
  t.dispose();
  p.dispose();
});
