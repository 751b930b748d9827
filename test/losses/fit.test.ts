/** The training helpers of lessons 04 and 05 (`fitLine`, `fitClassifier`, `binaryScores`). */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { data, losses, setup, tf } from '../../src';

before(async () => {
  await setup({ backend: 'cpu', verbose: false });
});

test('fitLine recovers a clean line; on outliers MAE stays closer to the truth than MSE', async () => {
  const before = tf.memory().numTensors;
  const clean = data.linearWithNoise({ n: 40, intercept: 1, slope: 2, noise: 0.05, seed: 2 });
  const line = await losses.fitLine(clean.x, clean.y, 'mse', { epochs: 300 });
  assert.ok(Math.abs(line.w1 - 2) < 0.1 && Math.abs(line.b - 1) < 0.3, `b ${line.b}, w1 ${line.w1}`);
  assert.ok(line.history[line.history.length - 1] < line.history[0]);
  const dirty = data.linearWithOutliers({ n: 50, seed: 4 });
  const [mse, mae] = await losses.fitLines(dirty.x, dirty.y, ['mse', 'mae']);
  assert.ok(Math.abs(mae.w1 - 2) + Math.abs(mae.b - 1) < Math.abs(mse.w1 - 2) + Math.abs(mse.b - 1));
  assert.equal(tf.memory().numTensors, before);
});

test('binaryScores counts and rates', () => {
  const s = losses.binaryScores([1, 1, 0, 0, 1], [1, 0, 1, 0, 1]);
  assert.deepEqual([s.truePositives, s.falsePositives, s.falseNegatives, s.trueNegatives], [2, 1, 1, 1]);
  assert.equal(s.recall, 2 / 3);
  assert.equal(s.precision, 2 / 3);
  assert.equal(s.accuracy, 3 / 5);
  assert.equal(losses.binaryScores([1, 0], [0, 0]).precision, 0);
});

test('fitClassifier: weighting the rare positives raises recall', async () => {
  const before = tf.memory().numTensors;
  const d = data.imbalanced({ n: 300, positiveFraction: 0.05, seed: 1 });
  const plain = await losses.fitClassifier(d.x, d.y, 'binary_crossentropy', { epochs: 150 });
  const weighted = await losses.fitClassifier(d.x, d.y, 'weighted_binary_crossentropy', { epochs: 150, lossOptions: { posWeight: 19 } });
  assert.ok(weighted.scores.recall > plain.scores.recall, `${weighted.scores.recall} vs ${plain.scores.recall}`);
  assert.equal(weighted.predict([[0, 0], [3, 3]]).length, 2);
  assert.equal(tf.memory().numTensors, before);
});

test('fitClassifiers names each result by its label', async () => {
  const d = data.imbalanced({ n: 100, positiveFraction: 0.1, seed: 2 });
  const fits = await losses.fitClassifiers(d.x, d.y, [
    { label: 'plain', loss: 'bce' }, { label: 'hinge', loss: 'hinge' },
  ], { epochs: 20 });
  assert.deepEqual(fits.map((f) => f.name), ['plain', 'hinge']);
});
