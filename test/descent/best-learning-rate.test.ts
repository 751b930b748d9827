import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, tf, descent, optimizers } from '../../src';

test('setup', async () => { await setup({ backend: 'cpu', verbose: false }); });

test('bestLearningRate: on the valley ½(x² + 20y²) plain SGD is best just under 2/20 and diverges above (by hand)', () => {
  // per step x shrinks by |1 - η| and y by |1 - 20η|: η = 0.09 is fastest of these; η = 0.12 has |1 - 2.4| > 1
  const best = descent.bestLearningRate((lr) => new optimizers.SGD({ learningRate: lr }), descent.illConditioned(20), [0.01, 0.05, 0.09, 0.12], { steps: 50 });
  assert.equal(best.learningRate, 0.09);
  assert.deepEqual(best.trials.map((t) => t.learningRate), [0.01, 0.05, 0.09, 0.12]);
  assert.ok(best.trials[3].final > 1e3, `η = 0.12 diverges: ${best.trials[3].final}`);
  const expected = 0.5 * (4.5 * 0.91 ** 50) ** 2 + 10 * (1.5 * 0.8 ** 50) ** 2;
  assert.ok(Math.abs(best.final - expected) <= 1e-3 * expected, `${best.final} vs ${expected}`);
  assert.equal(best.path.points.length, 51, 'the best run comes back: start + 50 steps');
  assert.equal(best.path.values[50], best.final);
});

test('bestLearningRate: disposes every optimizer; a bad grid is a named error', () => {
  const before = tf.memory().numTensors;
  descent.bestLearningRate((lr) => new optimizers.Adam({ learningRate: lr }), descent.rosenbrock, [0.01, 0.1], { steps: 5 });
  assert.equal(tf.memory().numTensors, before);
  assert.throws(() => descent.bestLearningRate((lr) => new optimizers.SGD({ learningRate: lr }), descent.bowl, [0.1, -1]), /bestLearningRate: grid must be a non-empty array of positive learning rates; got \[0.1,-1\]/);
});

test('bestLearningRate: a rate that blows up (non-finite gradients) counts as diverged, not as an error', () => {
  const best = descent.bestLearningRate((lr) => new optimizers.SGD({ learningRate: lr }), descent.rosenbrock, [0.0005, 0.5], { steps: 40 });
  assert.equal(best.learningRate, 0.0005);
  assert.equal(best.trials[1].final, Infinity);
});
