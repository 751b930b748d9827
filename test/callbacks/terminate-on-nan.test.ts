/**
 * TerminateOnNaN with Keras 3's semantics (keras/src/callbacks/terminate_on_nan.py): by default a
 * diverging fit stops gracefully after the bad batch, printing 'Batch b: Invalid loss, terminating
 * training'; with raiseError it rejects with an error naming epoch and step. No tensor leaks.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { setup, tf, callbacks } from '../../src';

before(async () => {
  await setup({ backend: 'cpu', verbose: false });
});

/** SGD far too large for x in the hundreds: the loss overflows float32 within a few steps. */
function divergingRun() {
  const model = tf.sequential({ layers: [tf.layers.dense({ units: 1, inputShape: [1], kernelInitializer: 'ones' })] });
  const optimizer = tf.train.sgd(10);
  model.compile({ optimizer, loss: 'meanSquaredError' });
  const xs = tf.tensor2d([[100], [200], [300], [400]]);
  const ys = tf.tensor2d([[1], [2], [3], [4]]);
  const release = () => { optimizer.dispose(); tf.dispose([xs, ys]); model.dispose(); };
  return { model, xs, ys, release };
}

test('default (Keras raise_error=False): fit resolves, stopped after the first bad batch, and says so', async () => {
  const { model, xs, ys, release } = divergingRun();
  const guard = new callbacks.TerminateOnNaN();
  const printed: string[] = [];
  const log = console.log;
  console.log = (line: string) => printed.push(line);
  const before = tf.memory().numTensors;
  let h: tf.History;
  try {
    h = await model.fit(xs, ys, { epochs: 20, batchSize: 1, callbacks: [guard], verbose: 0 });
  } finally {
    console.log = log;
  }
  assert.ok(guard.terminated !== undefined);
  const { epoch, batch, value } = guard.terminated;
  assert.ok(!Number.isFinite(value));
  assert.deepEqual(printed, [`Batch ${batch}: Invalid loss, terminating training`]);
  assert.equal(h.history.loss.length, epoch + 1); // the epoch of the bad batch is the last one
  assert.equal(tf.memory().numTensors, before);
  release();
});

test('raiseError: a diverging fit rejects with NonFiniteLossError naming the epoch and step', async () => {
  const model = tf.sequential({ layers: [tf.layers.dense({ units: 1, inputShape: [1], kernelInitializer: 'ones' })] });
  const optimizer = tf.train.sgd(10); // far too large: the loss overflows float32 within a few steps
  model.compile({ optimizer, loss: 'meanSquaredError' });
  const xs = tf.tensor2d([[100], [200], [300], [400]]);
  const ys = tf.tensor2d([[1], [2], [3], [4]]);
  const history = new callbacks.History();
  const before = tf.memory().numTensors;
  await assert.rejects(
    model.fit(xs, ys, { epochs: 20, batchSize: 1, callbacks: [history, new callbacks.TerminateOnNaN({ raiseError: true })], verbose: 0 }),
    (error: unknown) => {
      assert.ok(error instanceof callbacks.NonFiniteLossError);
      assert.match(error.message, /^TerminateOnNaN: the loss became (NaN|Infinity) at epoch \d+, step [0-3] \(0-based\)/);
      assert.ok(!Number.isFinite(error.value));
      // it stopped at the first bad step: every recorded epoch before it had a finite loss
      assert.equal(history.epochs.length, error.epoch + 1);
      return true;
    },
  );
  assert.equal(tf.memory().numTensors, before);
  optimizer.dispose();
  tf.dispose([xs, ys]);
  model.dispose();
});

test('raiseError must be a boolean', () => {
  assert.throws(() => new callbacks.TerminateOnNaN({ raiseError: 'yes' as unknown as boolean }), /TerminateOnNaN: raiseError must be true or false; got "yes"/);
});

test('a finite run is untouched', async () => {
  const model = tf.sequential({ layers: [tf.layers.dense({ units: 1, inputShape: [1] })] });
  model.compile({ optimizer: 'sgd', loss: 'meanSquaredError' });
  const xs = tf.tensor2d([[1], [2]]);
  const h = await model.fit(xs, xs, { epochs: 3, callbacks: [new callbacks.TerminateOnNaN()], verbose: 0 });
  assert.equal(h.history.loss.length, 3);
  tf.dispose(xs);
  model.dispose();
});

test('checkFiniteLoss for hand-written loops', () => {
  assert.doesNotThrow(() => callbacks.checkFiniteLoss(0.3, { epoch: 0, step: 0 }));
  assert.throws(() => callbacks.checkFiniteLoss(NaN, { epoch: 2, step: 7 }), /loss became NaN at epoch 2, step 7/);
  assert.throws(() => callbacks.checkFiniteLoss(-Infinity, { epoch: 0, step: 1 }), callbacks.NonFiniteLossError);
});
