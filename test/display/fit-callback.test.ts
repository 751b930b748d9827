import { test } from 'node:test';
import assert from 'node:assert/strict';

test('the progress view and live curves are real tf.Callbacks, so they mix with EarlyStopping in model.fit', async () => {
  const { setup, tf, callbacks, display } = await import('../../src');
  await setup({ backend: 'cpu', verbose: false });
  const x = tf.tensor2d([[0], [1], [2], [3]]);
  const y = tf.tensor2d([[1], [3], [5], [7]]);
  const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [1], units: 1 })] });
  model.compile({ optimizer: tf.train.sgd(0.05), loss: 'meanSquaredError' });
  const progress = display.trainingProgress({ epochs: 3 });
  const curves = display.liveLossCurves();
  const stopper = new callbacks.EarlyStopping({ monitor: 'loss', patience: 5 });
  const log = process.stdout.write;
  process.stdout.write = () => true; // the text progress bar, outside a notebook
  try {
    await model.fit(x, y, { epochs: 3, verbose: 0, callbacks: [stopper, progress, curves] });
  } finally {
    process.stdout.write = log;
  }
  assert.ok(progress instanceof tf.Callback && curves instanceof tf.Callback);
  assert.equal(progress.history.loss.length, 3);
  assert.equal(curves.history.loss.length, 3);
  tf.dispose([x, y]);
  model.dispose();
});
