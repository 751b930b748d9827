/**
 * A NaN monitored value. Keras takes a NaN first value as the best, nothing beats it afterwards, and
 * `restore_best_weights` puts the NaN epoch's weights back. Here: NaN never becomes the best, the
 * callback warns once per run, and weights holding NaN are never restored.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { setup, tf, callbacks } from '../../src';

before(async () => {
  await setup({ backend: 'cpu', verbose: false });
});

/** Runs `body` with console.warn captured; returns the warnings. */
async function warnings(body: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.join(' '));
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return seen;
}

function tinyModel(): tf.Sequential {
  return tf.sequential({ layers: [tf.layers.dense({ units: 1, inputShape: [1], kernelInitializer: 'ones' })] });
}

/** Sets the kernel to `kernel` and the bias to 0 (setWeights copies; the inputs are freed). */
function setWeights(model: tf.Sequential, kernel: number): void {
  const values = [tf.fill([1, 1], kernel), tf.zeros([1])];
  model.setWeights(values);
  tf.dispose(values);
}

test('the rule: a NaN value is never the best; the next finite value is', () => {
  const rule = new callbacks.EarlyStoppingRule({ monitor: 'val_loss', patience: 5 });
  assert.equal(rule.update(0, NaN).improved, false);
  assert.equal(rule.update(1, 0.5).improved, true);
  assert.equal(rule.bestEpoch, 1);
  assert.equal(rule.bestValue, 0.5);
});

test('NaN values warn once per run and their epoch is never restored', async () => {
  const model = tinyModel();
  const stopper = new callbacks.EarlyStopping({ monitor: 'val_loss', patience: 5, restoreBestWeights: true });
  stopper.setModel(model);
  const seen = await warnings(async () => {
    await stopper.onTrainBegin();
    await stopper.onEpochEnd(0, { val_loss: NaN });
    await stopper.onEpochEnd(1, { val_loss: 0.5 });
    setWeights(model, NaN);
    await stopper.onEpochEnd(2, { val_loss: NaN });
    await stopper.onTrainEnd();
  });
  assert.equal(seen.filter((w) => w.includes("'val_loss' is NaN")).length, 1, seen.join('\n'));
  assert.match(seen[0], /EarlyStopping: 'val_loss' is NaN at epoch 1; a NaN value never counts as the best/);
  assert.equal(stopper.bestEpoch, 1);
  assert.equal((model.getWeights()[0].dataSync() as Float32Array)[0], 1, "epoch 1's weights (kernel 1) restored");
  model.dispose();
});

test('a best epoch whose weights hold NaN is not restored, with a warning', async () => {
  const model = tinyModel();
  const stopper = new callbacks.EarlyStopping({ monitor: 'val_loss', patience: 5, restoreBestWeights: true });
  stopper.setModel(model);
  const seen = await warnings(async () => {
    await stopper.onTrainBegin();
    setWeights(model, NaN);
    await stopper.onEpochEnd(0, { val_loss: 0.5 });
    setWeights(model, 2);
    await stopper.onEpochEnd(1, { val_loss: 0.9 });
    await stopper.onTrainEnd();
  });
  assert.match(seen.join('\n'), /the weights of the best epoch \(1\) hold NaN or Infinity; they are not restored/);
  assert.equal((model.getWeights()[0].dataSync() as Float32Array)[0], 2, 'the last weights stay');
  model.dispose();
});
