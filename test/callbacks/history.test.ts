/** History and everyEpoch: against tfjs' own History (the object `fit` returns) and by hand. */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { setup, tf, callbacks } from '../../src';

before(async () => {
  await setup({ backend: 'cpu', verbose: false });
});

function tinyModel(): tf.LayersModel {
  const model = tf.sequential({ layers: [tf.layers.dense({ units: 1, inputShape: [1] })] });
  model.compile({ optimizer: 'sgd', loss: 'meanSquaredError', metrics: ['mae'] });
  return model;
}

test('History in fit records the same numbers as tfjs History, one column per metric', async () => {
  const model = tinyModel();
  const xs = tf.tensor2d([[1], [2], [3], [4]]);
  const ys = tf.tensor2d([[2], [4], [6], [8]]);
  const history = new callbacks.History();
  const seen: number[] = [];
  history.onEpoch((epoch) => seen.push(epoch));
  const before = tf.memory().numTensors;
  const reference = await model.fit(xs, ys, { epochs: 4, validationData: [xs, ys], callbacks: [history], verbose: 0 });
  assert.equal(tf.memory().numTensors, before);
  assert.deepEqual(history.epochs, [0, 1, 2, 3]);
  assert.deepEqual(seen, [0, 1, 2, 3]);
  assert.deepEqual(history.metrics.sort(), ['loss', 'mae', 'val_loss', 'val_mae']);
  for (const name of history.metrics) assert.deepEqual(history.history[name], reference.history[name]);
  assert.equal(history.toRows()[2].loss, reference.history.loss[2]);
  // a second fit starts a new record
  await model.fit(xs, ys, { epochs: 2, callbacks: [history], verbose: 0 });
  assert.deepEqual(history.epochs, [0, 1]);
  tf.dispose([xs, ys]);
  model.dispose();
});

test('record() pads metrics that appear late with NaN, listeners can unsubscribe', () => {
  const history = new callbacks.History();
  const heard: string[] = [];
  const stop = history.onEpoch((epoch, logs) => heard.push(`${epoch}:${logs.loss}`));
  history.record(0, { loss: 3 });
  history.record(1, { loss: 2, val_loss: 2.5 });
  stop();
  history.record(2, { val_loss: 2.4 });
  assert.deepEqual(history.history.loss, [3, 2, NaN]);
  assert.deepEqual(history.history.val_loss, [NaN, 2.5, 2.4]);
  assert.deepEqual(heard, ['0:3', '1:2']);
  assert.deepEqual(history.toRows()[1], { epoch: 1, loss: 2, val_loss: 2.5 });
});

test('everyEpoch hands numeric logs to a plain function', async () => {
  const model = tinyModel();
  const xs = tf.tensor2d([[1], [2]]);
  const ys = tf.tensor2d([[1], [2]]);
  const losses: number[] = [];
  const reference = await model.fit(xs, ys, {
    epochs: 3,
    callbacks: [callbacks.everyEpoch((_, logs) => void losses.push(logs.loss))],
    verbose: 0,
  });
  assert.deepEqual(losses, reference.history.loss);
  tf.dispose([xs, ys]);
  model.dispose();
});

test('resolveLogs reads scalar tensors without disposing them', () => {
  const t = tf.scalar(0.5);
  assert.deepEqual(callbacks.resolveLogs({ loss: t, acc: 1 }), { loss: 0.5, acc: 1 });
  assert.deepEqual(callbacks.resolveLogs(undefined), {});
  assert.equal(t.isDisposed, false);
  t.dispose();
});

test('history.history goes straight to plots.lossCurves', async () => {
  const { plots } = await import('../../src');
  const history = new callbacks.History();
  assert.deepEqual(history.metrics, []);
  history.record(0, { loss: 1, val_loss: 2 });
  history.record(1, { loss: 0.5, val_loss: 1.5 });
  const figure = plots.lossCurves(history.history);
  assert.deepEqual(figure.data.map((t) => t.y), [[1, 0.5], [2, 1.5]]);
});
