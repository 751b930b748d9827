/**
 * EarlyStopping inside a real tfjs-layers `model.fit`: the tfjs-layers integration cases of
 * test/fixtures/keras_cases.json, Keras' docstring example, restored weights and tensor leaks.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { setup, tf, callbacks } from '../../src';
import { caseById, camelOptions } from './keras-cases';

before(async () => {
  await setup({ backend: 'cpu', verbose: false });
});

/** tfjs-layers callbacks_test.ts 'Functional model, monitor loss, With minDelta'. */
async function minDeltaRun(cb: tf.Callback): Promise<number> {
  const input = tf.input({ shape: [1] });
  const output = tf.layers.dense({ units: 1, kernelInitializer: 'ones' }).apply(input) as tf.SymbolicTensor;
  const model = tf.model({ inputs: input, outputs: output });
  const xs = tf.tensor2d([1, 2, 3, 4], [4, 1]);
  const ys = tf.tensor2d([2, 3, 4, 5], [4, 1]);
  model.compile({ loss: 'meanSquaredError', optimizer: 'sgd' });
  const history = await model.fit(xs, ys, { epochs: 10, callbacks: [cb], verbose: 0 });
  tf.dispose([xs, ys]);
  model.dispose();
  return history.history.loss.length;
}

/** tfjs-layers callbacks_test.ts 'Sequential model, monitor val_acc' (val_acc stays 0.5). */
async function valAccRun(cb: tf.Callback): Promise<number> {
  const model = tf.sequential();
  model.add(tf.layers.dense({ units: 3, activation: 'softmax', kernelInitializer: 'ones', inputShape: [2] }));
  const xs = tf.tensor2d([1, 2, 3, 4], [2, 2]);
  const ys = tf.tensor2d([[1, 0, 0], [0, 1, 0]], [2, 3]);
  const xsVal = tf.tensor2d([4, 3, 2, 1], [2, 2]);
  const ysVal = tf.tensor2d([[0, 0, 1], [0, 1, 0]], [2, 3]);
  model.compile({ loss: 'categoricalCrossentropy', optimizer: 'sgd', metrics: ['acc'] });
  const history = await model.fit(xs, ys, { epochs: 10, validationData: [xsVal, ysVal], callbacks: [cb], verbose: 0 });
  tf.dispose([xs, ys, xsVal, ysVal]);
  model.dispose();
  return history.history.loss.length;
}

test('tfjs-layers/early_stopping/256: minDelta 0.25 on loss stops after 3 epochs (tfjs and losslab)', async () => {
  const c = caseById('tfjs-layers/early_stopping/256');
  assert.equal(await minDeltaRun(tf.callbacks.earlyStopping(c.args)), c.expected['history.loss.length']);
  assert.equal(await minDeltaRun(new callbacks.EarlyStopping(c.args)), c.expected['history.loss.length']);
});

for (const id of ['tfjs-layers/early_stopping/257', 'tfjs-layers/early_stopping/258']) {
  test(`${id}: monitor val_acc ('auto' → max) in fit (tfjs and losslab)`, async () => {
    const c = caseById(id);
    assert.equal(await valAccRun(tf.callbacks.earlyStopping(c.args)), c.expected['history.loss.length']);
    assert.equal(await valAccRun(new callbacks.EarlyStopping(c.args)), c.expected['history.loss.length']);
  });
}

test('keras3/early_stopping/244: the Keras docstring example runs 4 epochs (training diverges)', async () => {
  const c = caseById('keras3/early_stopping/244');
  const model = tf.sequential({ layers: [tf.layers.dense({ units: 10, inputShape: [20] })] });
  model.compile({ optimizer: tf.train.sgd(0.01), loss: 'meanSquaredError' }); // keras SGD() default lr 0.01
  const x = tf.range(0, 100).reshape([5, 20]);
  const y = tf.zeros([5, 10]);
  const es = new callbacks.EarlyStopping(camelOptions(c.args));
  const history = await model.fit(x, y, { epochs: 10, batchSize: 1, callbacks: [es], verbose: 0 });
  assert.equal(history.history.loss.length, c.expected["len(history.history['loss'])"]);
  tf.dispose([x, y]);
  model.dispose();
});

/** Clones the weights at every epoch end, to compare with what EarlyStopping restores. */
class WeightRecorder extends tf.Callback {
  snapshots: tf.Tensor[][] = [];
  override async onEpochEnd(): Promise<void> {
    this.snapshots.push(this.model.getWeights().map((w) => w.clone()));
  }
}

/** Train on y = 2x, validate on y = x: val_loss falls while w passes 1, then rises. Hand-derived. */
async function overfitRun(es: callbacks.EarlyStopping, recorder: WeightRecorder): Promise<tf.LayersModel> {
  const model = tf.sequential({
    layers: [tf.layers.dense({ units: 1, inputShape: [1], kernelInitializer: 'zeros', useBias: false })],
  });
  model.compile({ optimizer: tf.train.sgd(0.05), loss: 'meanSquaredError' });
  const [xs, ys, ysVal] = [tf.tensor2d([[1], [2], [3]]), tf.tensor2d([[2], [4], [6]]), tf.tensor2d([[1], [2], [3]])];
  await model.fit(xs, ys, { epochs: 30, validationData: [xs, ysVal], callbacks: [recorder, es], verbose: 0 });
  tf.dispose([xs, ys, ysVal]);
  return model;
}

test('restoreBestWeights: the model ends with the weights it had at bestEpoch, no tensor leaks', async () => {
  const es = new callbacks.EarlyStopping({ patience: 2, restoreBestWeights: true });
  for (let run = 0; run < 2; run++) {
    // the same instance twice: state is reset in onTrainBegin
    const before = tf.memory().numTensors;
    const recorder = new WeightRecorder();
    const model = await overfitRun(es, recorder);
    const last = recorder.snapshots.length - 1;
    assert.ok(es.stoppedEpoch > 0 && es.stoppedEpoch === last, `stopped at ${es.stoppedEpoch}`);
    assert.equal(es.bestEpoch, last - 2); // patience 2: two worse epochs after the best
    const restored = model.getWeights()[0].dataSync()[0];
    assert.equal(restored, recorder.snapshots[es.bestEpoch][0].dataSync()[0]);
    assert.notEqual(restored, recorder.snapshots[last][0].dataSync()[0]);
    assert.ok(Math.abs(restored - 1) < 0.2, `best w near 1, got ${restored}`);
    recorder.snapshots.forEach((s) => tf.dispose(s));
    model.optimizer.dispose(); // an optimizer passed as an object is not owned by the model
    model.dispose();
    assert.equal(tf.memory().numTensors, before);
  }
});

test('without restoreBestWeights the last weights stay', async () => {
  const es = new callbacks.EarlyStopping({ patience: 2 });
  const recorder = new WeightRecorder();
  const model = await overfitRun(es, recorder);
  const last = recorder.snapshots.length - 1;
  assert.equal(model.getWeights()[0].dataSync()[0], recorder.snapshots[last][0].dataSync()[0]);
  recorder.snapshots.forEach((s) => tf.dispose(s));
  model.dispose();
});

test('a monitor missing from the logs warns once and never stops training', async () => {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (m: unknown) => warnings.push(String(m));
  try {
    const es = new callbacks.EarlyStopping({ monitor: 'val_loss', patience: 0 });
    assert.equal(await minDeltaRun(es), 10); // no validation data: val_loss never appears
  } finally {
    console.warn = original;
  }
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /'val_loss' which is not available\. Available metrics are: loss/);
});
