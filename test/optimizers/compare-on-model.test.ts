import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, tf, optimizers } from '../../src';

const buildModel = () => tf.sequential({ layers: [
  tf.layers.dense({ units: 1, inputShape: [1], kernelInitializer: tf.initializers.constant({ value: 0 }), biasInitializer: 'zeros' }),
] });

test('compareOnModel: one loss curve per optimizer, same start, nothing leaks', async () => {
  await setup({ backend: 'cpu', verbose: false });
  const x = tf.tensor2d([[1], [2], [3], [4]]);
  const y = tf.tensor2d([[2], [4], [6], [8]]);
  const before = tf.memory().numTensors;
  const curves = await optimizers.compareOnModel(buildModel, {
    frozen: () => new optimizers.SGD({ learningRate: 0 }),
    sgd: () => new optimizers.SGD({ learningRate: 0.01 }),
    again: () => new optimizers.SGD({ learningRate: 0.01 }),
  }, x, y, { loss: 'meanSquaredError', epochs: 5, batchSize: 4 });
  assert.deepEqual(Object.keys(curves), ['frozen', 'sgd', 'again']);
  // With zero weights the prediction is 0, so the MSE is mean(y^2) = (4 + 16 + 36 + 64) / 4 = 30.
  assert.ok(curves.frozen.every((v) => Math.abs(v - 30) < 1e-4), `frozen: ${curves.frozen}`);
  assert.equal(curves.sgd.length, 5);
  assert.ok(curves.sgd[4] < curves.sgd[0], 'SGD lowers the loss');
  assert.deepEqual(curves.again, curves.sgd, 'same start, same batches, same curve');
  assert.equal(tf.memory().numTensors, before);
  tf.dispose([x, y]);
});
