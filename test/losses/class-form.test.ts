/**
 * The class form, as one table over every loss (the same shape and reduction checks for all):
 * Keras' reductions and sample-weight rules, from `keras/src/losses/loss.py`.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { losses, setup, tf } from '../../src';
import { assertClose, flat } from './helpers';
import { SAMPLES } from './samples';

before(async () => {
  await setup({ backend: 'cpu', verbose: false });
});

const read = (t: tf.Tensor) => {
  const v = flat(t);
  t.dispose();
  return v;
};
const sum = (v: number[]) => v.reduce((s, x) => s + x, 0);

for (const entry of losses.REGISTRY) {
  describe(`${entry.className}`, () => {
    const { yTrue, yPred, options } = SAMPLES[entry.name];
    const perSample = read(entry.fn(yTrue, yPred, options));
    const make = (config: object) => new entry.cls({ ...options, ...config });

    test('function form returns one value per sample', () => {
      assert.equal(perSample.length, 3);
    });
    test("'none' returns the function's values; 'sum' their sum; default and 'mean' their mean", () => {
      assertClose(read(make({ reduction: 'none' }).call(yTrue, yPred)), perSample, 1e-5);
      assertClose(read(make({ reduction: null }).call(yTrue, yPred)), perSample, 1e-5);
      assertClose(read(make({ reduction: 'sum' }).call(yTrue, yPred)), [sum(perSample)], 1e-4);
      assertClose(read(make({}).call(yTrue, yPred)), [sum(perSample) / 3], 1e-5);
      assertClose(read(make({ reduction: 'mean' }).call(yTrue, yPred)), [sum(perSample) / 3], 1e-5);
    });
    test('sample weights: scalar, [batch] and [batch, 1]; the mean divides by the batch size', () => {
      const w = [0.5, 0, 2];
      const weighted = sum(perSample.map((v, i) => v * w[i]));
      assertClose(read(make({}).call(yTrue, yPred, 2)), [(2 * sum(perSample)) / 3], 1e-4);
      assertClose(read(make({}).call(yTrue, yPred, w)), [weighted / 3], 1e-4);
      assertClose(read(make({}).call(yTrue, yPred, w.map((v) => [v]))), [weighted / 3], 1e-4);
      assertClose(read(make({ reduction: 'mean_with_sample_weight' }).call(yTrue, yPred, w)), [weighted / 2.5], 1e-4);
      assertClose(read(make({ reduction: 'none' }).call(yTrue, yPred, w)), perSample.map((v, i) => v * w[i]), 1e-4);
    });
    test('name defaults to the Keras name and can be set; getConfig round-trips', () => {
      const loss = make({ name: 'mine', reduction: 'sum' });
      assert.equal(loss.name, 'mine');
      const rebuilt = new entry.cls(loss.getConfig());
      assertClose(read(rebuilt.call(yTrue, yPred)), read(loss.call(yTrue, yPred)), 1e-5);
    });
  });
}

test('per-element weights on a [batch, time, 1] input (Keras timestep weighting)', () => {
  // values shape [2, 3] (last axis of size 1 averaged away); weights one per value
  const yTrue = [[[1], [9], [2]], [[-5], [-2], [6]]];
  const yPred = [[[4], [8], [12]], [[8], [1], [3]]];
  const w = [[3, 6, 5], [0, 4, 2]];
  // squared errors 9, 1, 100 / 169, 9, 9 -> weighted 27 + 6 + 500 + 0 + 36 + 18 = 587, / 6 values
  assertClose(read(new losses.MeanSquaredError().call(yTrue, yPred, w)), [587 / 6], 1e-3);
});

test('Keras default names', () => {
  assert.equal(new losses.Huber().name, 'huber_loss');
  assert.equal(new losses.KLDivergence().name, 'kl_divergence');
  assert.equal(new losses.LogCosh().name, 'log_cosh');
  assert.equal(new losses.MeanSquaredError().reduction, 'sum_over_batch_size');
});
