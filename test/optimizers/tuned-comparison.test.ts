import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, tf, optimizers } from '../../src';

test('setup', async () => { await setup({ backend: 'cpu', verbose: false }); });

const line = (xs: number[]) => ({ x: tf.tensor2d(xs, [xs.length, 1]), y: tf.tensor2d(xs.map((v) => 2 * v), [xs.length, 1]) });
const linear = (seed: number) => tf.sequential({ layers: [tf.layers.dense({ units: 1, inputShape: [1], kernelInitializer: tf.initializers.randomUniform({ minval: -1, maxval: 1, seed }) })] });

test('tunedComparison: picks, per optimizer, the rate with the lowest mean validation loss; reports train, validation and test', async () => {
  const data = { train: line([-1, -0.5, 0, 0.5, 1]), validation: line([-0.8, 0.3, 0.9]), test: line([-0.2, 0.6]) };
  const before = tf.memory().numTensors;
  const rows = await optimizers.tunedComparison(linear, {
    sgd: (lr) => new optimizers.SGD({ learningRate: lr }),
    adam: (lr) => new optimizers.Adam({ learningRate: lr }),
  }, data, { loss: 'meanSquaredError', learningRates: [1e-4, 0.1], seeds: [1, 2], epochs: 40, batchSize: 5 });
  assert.equal(tf.memory().numTensors, before, 'no tensor leaks');
  assert.deepEqual(rows.map((r) => r.optimizer), ['sgd', 'adam']);
  for (const row of rows) {
    assert.equal(row.learningRate, 0.1, `${row.optimizer}: 1e-4 barely moves in 40 steps`);
    assert.deepEqual(row.grid.map((g) => g.learningRate), [1e-4, 0.1]);
    assert.ok(row.grid[1].validationLoss < row.grid[0].validationLoss);
    assert.equal(row.validationLoss, row.grid[1].validationLoss);
    assert.ok(row.validationStd >= 0 && row.testLoss !== undefined && row.testStd !== undefined);
  }
  // y = 2x is exactly representable: 40 full-batch SGD steps at η = 0.1 get close to it
  assert.ok(rows[0].validationLoss < 1e-2, `sgd converged: ${rows[0].validationLoss}`);
  Object.values(data).forEach(({ x, y }) => tf.dispose([x, y]));
});

test('tunedComparison: empty grids are a named error', async () => {
  const data = { train: line([0, 1]), validation: line([0.5]) };
  await assert.rejects(optimizers.tunedComparison(linear, {}, data, { loss: 'meanSquaredError', learningRates: [] }), /tunedComparison: learningRates and seeds must be non-empty arrays/);
  Object.values(data).forEach(({ x, y }) => tf.dispose([x, y]));
});
