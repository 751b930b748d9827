/** modelTrainer: a real tfjs-layers model per configuration; reproducible tables; clear errors. */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { setup, tf, search, createRng } from '../../src';
import type { TensorData } from '../../src/search';

before(async () => {
  await setup({ backend: 'cpu', verbose: false });
});

/** y = 3x - 1 + noise(0.1), 40 rows. */
function line(): TensorData {
  const rng = createRng(5);
  const xs = Array.from({ length: 40 }, () => rng.uniform(-1, 1));
  return { x: tf.tensor2d(xs, [40, 1]), y: tf.tensor2d(xs.map((x) => 3 * x - 1 + rng.normal(0, 0.1)), [40, 1]) };
}

test('grid over optimizer, learning rate, batch size and loss: same seed, same table; no leaks', async () => {
  const data = line();
  const train = search.modelTrainer({ defaults: { epochs: 15 } });
  const space = { learningRate: [0.001, 0.1], optimizer: ['sgd', 'adam'], batchSize: [8], loss: ['mse', 'huber'] };
  const before = tf.memory().numTensors;
  const a = await search.gridSearch({ space, data, train, validation: { folds: 2 }, seed: 3 });
  const b = await search.gridSearch({ space, data, train, validation: { folds: 2 }, seed: 3 });
  assert.equal(tf.memory().numTensors, before);
  const strip = (r: search.SearchResults) => r.rows.map(({ timeMs, ...rest }) => rest);
  assert.deepEqual(strip(a), strip(b));
  assert.equal(a.rows.length, 8);
  assert.equal(a.direction, 'min');
  // 15 epochs of 3 steps: lr 0.1 fits the line far better than lr 0.001 (hand reasoning: 45 steps
  // of size 0.001 barely move from the initial weights; the target variance is ~3).
  assert.equal(a.bestConfig.learningRate, 0.1);
  assert.ok(a.best.mean < 0.5, `best validation mse ${a.best.mean}`);
  const worst = a.rows[a.rows.length - 1];
  assert.equal(worst.config.learningRate, 0.001);
  tf.dispose([data.x, data.y]);
});

test('random search with a validation split and an accuracy score (direction max)', async () => {
  const rng = createRng(9);
  const xs = Array.from({ length: 60 }, () => [rng.normal(), rng.normal()]);
  const data = { x: tf.tensor2d(xs), y: tf.tensor2d(xs.map(([a, b]) => [a + b > 0 ? 1 : 0])) };
  const train = search.modelTrainer({ outputActivation: 'sigmoid', score: 'binaryAccuracy', defaults: { loss: 'binary_crossentropy', epochs: 10 } });
  assert.equal(train.direction, 'max');
  const results = await search.randomSearch({
    space: { learningRate: { logUniform: [0.01, 0.3] }, units: [0, 4] }, trials: 3, data, train, validation: { split: 0.25 }, seed: 2,
  });
  assert.ok(results.best.mean >= 0.8, `best accuracy ${results.best.mean}`);
  assert.ok(results.rows.every((r, i) => i === 0 || r.mean <= results.rows[i - 1].mean));
  tf.dispose([data.x, data.y]);
});

test('unknown optimizer, loss or key fail before any training, with the known names', async () => {
  const data = line();
  const train = search.modelTrainer();
  const run = (space: search.GridSpace) => search.gridSearch({ space, data, train, seed: 1 });
  await assert.rejects(run({ optimizer: ['adam', 'adamm'] }), /modelTrainer: unknown optimizer 'adamm'; expected one of sgd, rmsprop, .*adam/);
  await assert.rejects(run({ loss: ['msee'] }), /modelTrainer: unknown loss 'msee'/);
  await assert.rejects(run({ learningrate: [0.1] }), /modelTrainer: unknown hyperparameter 'learningrate'; expected one of learningRate, /);
  await assert.rejects(run({ batchSize: [0] }), /modelTrainer: batchSize must be a finite number >= 1; got 0/);
  assert.throws(() => search.modelTrainer({ score: 'f2' }), /modelTrainer: unknown score 'f2'/);
  tf.dispose([data.x, data.y]);
});
