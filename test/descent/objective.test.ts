import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, tf, descent } from '../../src';

const { datasetLoss, linearModel, squaredLoss, absoluteLoss, huberLoss, checkGradient, modelObjective } = descent;

test('datasetLoss: hand-derived mean squared loss and gradient of a line', () => {
  // x = [1, 2], y = [1, 3], b = 0, w = 1: residuals yHat - y = [0, -1]
  // loss = (0 + 1) / 2 = 0.5; dL/db = mean(2 r) = -1; dL/dw = mean(2 r x) = -2
  const { loss, gradient } = datasetLoss(linearModel(), squaredLoss, [0, 1], [[1], [2]], [1, 3]);
  assert.equal(loss, 0.5);
  assert.deepEqual(gradient, [-1, -2]);
});

test('point losses agree with tfjs losses (mean over examples)', async () => {
  await setup({ backend: 'cpu', verbose: false });
  const y = [0, 1, 2, 5];
  const yHat = [0.5, 3, 2.2, -1];
  const mean = (loss: descent.PointLoss) => y.reduce((s, v, i) => s + loss.value(v, yHat[i]), 0) / y.length;
  const reference = (op: () => tf.Scalar) => tf.tidy(op).arraySync() as number;
  const [t, p] = [tf.tensor1d(y), tf.tensor1d(yHat)];
  assert.ok(Math.abs(mean(squaredLoss) - reference(() => tf.losses.meanSquaredError(t, p))) < 1e-5);
  assert.ok(Math.abs(mean(absoluteLoss) - reference(() => tf.losses.absoluteDifference(t, p))) < 1e-5);
  assert.ok(Math.abs(mean(huberLoss(1.5)) - reference(() => tf.losses.huberLoss(t, p, undefined, 1.5))) < 1e-5);
  tf.dispose([t, p]);
});

test('datasetLoss: analytic gradient matches central differences for each point loss', () => {
  const model = linearModel(2);
  const x = [[0.5, -1], [1.5, 2], [-2, 0.3], [3, 1]];
  const y = [1, -0.5, 2, 4];
  for (const loss of [squaredLoss, absoluteLoss, huberLoss(1)]) {
    const objective = modelObjective(model, loss, x, y);
    const report = checkGradient((p) => objective.value(p), (p) => objective.gradient(p), [0.3, -0.7, 1.1]);
    assert.ok(report.ok, `${loss.name}\n${report.message}`);
  }
});

test('datasetLoss and modelObjective: empty and mismatched inputs are clear errors', () => {
  assert.throws(() => datasetLoss(linearModel(), squaredLoss, [0, 0], [], []), /datasetLoss: no examples/);
  assert.throws(() => modelObjective(linearModel(), squaredLoss, [[1]], [1, 2]), /same length; got 1 and 2/);
  assert.throws(() => huberLoss(0), /huberLoss: delta must be > 0; got 0/);
});
