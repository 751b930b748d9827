/** No tensor leaks: `tf.memory().numTensors` is unchanged after loops over every form. */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { losses, setup, tf } from '../../src';
import { SAMPLES } from './samples';

before(async () => {
  await setup({ backend: 'cpu', verbose: false });
});

test('function and class forms (every reduction, with weights), get, forCompile and lossShape leak nothing', () => {
  // Warm up once: tfjs caches a few scalars on first use.
  for (const entry of losses.REGISTRY) entry.fn(SAMPLES[entry.name].yTrue, SAMPLES[entry.name].yPred, SAMPLES[entry.name].options).dispose();
  const before = tf.memory().numTensors;
  for (let round = 0; round < 5; round++) {
    for (const entry of losses.REGISTRY) {
      const { yTrue, yPred, options } = SAMPLES[entry.name];
      entry.fn(yTrue, yPred, options).dispose();
      for (const reduction of losses.REDUCTIONS) {
        const loss = new entry.cls({ ...options, reduction });
        loss.call(yTrue, yPred).dispose();
        loss.call(yTrue, yPred, [1, 0.5, 2]).dispose();
      }
      const t = tf.tensor(yTrue);
      const p = tf.tensor(yPred);
      losses.forCompile(entry.name, options)(t, p).dispose();
      losses.forCompile(new entry.cls({ ...options, reduction: 'sum' }))(t, p).dispose();
      t.dispose();
      p.dispose();
      losses.lossShape(entry.name, { points: 11 });
    }
  }
  assert.equal(tf.memory().numTensors, before);
});

test('inputs passed as tensors are not disposed by the losses', () => {
  const y = tf.tensor2d([[0, 1]]);
  const p = tf.tensor2d([[0.3, 0.6]]);
  losses.binaryCrossentropy(y, p).dispose();
  new losses.BinaryCrossentropy().call(y, p).dispose();
  assert.equal(y.isDisposed || p.isDisposed, false);
  y.dispose();
  p.dispose();
});

test('a failed call leaks nothing either', () => {
  const before = tf.memory().numTensors;
  for (let i = 0; i < 3; i++) {
    assert.throws(() => losses.binaryCrossentropy([[0, 1]], [[2, 0.5]]));
    assert.throws(() => new losses.MeanSquaredError().call([[1, 2]], [[1, 2, 3]]));
  }
  assert.equal(tf.memory().numTensors, before);
});
