/**
 * EarlyStopping, driven by hand as the upstream tests drive it, on the 26 early-stopping cases of
 * test/fixtures/keras_cases.json: Keras 3.16 cases against losslab; tfjs-layers 4.22 cases against
 * tfjs' own `tf.callbacks.earlyStopping` (its behaviour) and, where Keras 3 agrees, losslab.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { setup, tf, callbacks } from '../../src';
import { earlyStoppingCases, caseById, camelOptions, type EarlyStoppingCase } from './keras-cases';

before(async () => {
  await setup({ backend: 'cpu', verbose: false });
});

/** A one-weight model whose kernel we set to the epoch index, as Keras' restore test does. */
function epochModel(): tf.LayersModel {
  const model = tf.sequential({ layers: [tf.layers.dense({ units: 1, inputShape: [1], useBias: false })] });
  model.compile({ loss: 'meanSquaredError', optimizer: 'sgd' });
  return model;
}

function kernelOf(model: tf.LayersModel): number {
  return model.getWeights()[0].dataSync()[0];
}

interface Drive {
  trained: number;
  stopAfterEach: boolean[];
}

/** on_train_begin; per epoch: weights := epoch, on_epoch_end, break on stop_training; on_train_end. */
async function drive(cb: tf.Callback, model: tf.LayersModel, logs: Record<string, number>[], forceStopAt = -1): Promise<Drive> {
  cb.setModel(model);
  await cb.onTrainBegin();
  model.stopTraining = false; // what fit does after onTrainBegin
  const out: Drive = { trained: 0, stopAfterEach: [] };
  for (let i = 0; i < logs.length; i++) {
    const epoch = logs[i].epoch ?? i;
    model.setWeights([tf.tensor2d([[epoch]])]);
    await cb.onEpochBegin(epoch);
    await cb.onEpochEnd(epoch, { ...logs[i] });
    out.trained = i + 1;
    if (epoch === forceStopAt) model.stopTraining = true;
    out.stopAfterEach.push(model.stopTraining);
    if (model.stopTraining) break;
  }
  await cb.onTrainEnd();
  return out;
}

const kerasDriven = ['keras3/early_stopping/238', 'keras3/early_stopping/239', 'keras3/early_stopping/240'];
for (const id of kerasDriven) {
  const c = caseById(id);
  test(`${id}: restores the weights of epoch ${String(c.expected.restored_weights_epoch)} (${c.source})`, async () => {
    const model = epochModel();
    const es = new callbacks.EarlyStopping(camelOptions(c.args));
    const forceStopAt = id.endsWith('240') ? 3 : -1; // "another callback stops at epoch 3"
    const { trained } = await drive(es, model, c.inputs.logs_per_epoch ?? [], forceStopAt);
    assert.equal(kernelOf(model), c.expected.restored_weights_epoch);
    if (c.expected.epochs_trained !== undefined) assert.equal(trained, c.expected.epochs_trained);
    model.dispose();
  });
}

/** Which tfjs-layers cases Keras 3 agrees with, so losslab must pass them too. */
const KERAS_DISAGREES: Record<string, string> = {
  'tfjs-layers/early_stopping/248': 'tfjs starts best at the baseline; Keras 3 counts the first epoch as an improvement',
  'tfjs-layers/early_stopping/250': "tfjs 'auto' maps unknown names to min; Keras 3 raises for 'aux_loss'",
};

function tfjsCases(): EarlyStoppingCase[] {
  return earlyStoppingCases.filter((c) => c.api === 'tfjs-layers' && c.expected.stopTraining_after_each !== undefined);
}

/** The fixture writes "not stopped" as null (jasmine's toBeUndefined). */
function expectedStops(c: EarlyStoppingCase): boolean[] {
  return (c.expected.stopTraining_after_each as (boolean | null)[]).map((v) => v === true);
}

async function withWarnSpy<T>(fn: () => Promise<T>): Promise<{ result: T; warnings: string[] }> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (message: unknown) => warnings.push(String(message));
  try {
    return { result: await fn(), warnings };
  } finally {
    console.warn = original;
  }
}

for (const c of tfjsCases()) {
  test(`${c.id}: tfjs' own earlyStopping behaves as its test says (${c.source})`, async () => {
    const model = epochModel();
    const { result, warnings } = await withWarnSpy(() =>
      drive(tf.callbacks.earlyStopping(c.args as tf.EarlyStoppingCallbackArgs), model, c.inputs.logs_per_epoch ?? []),
    );
    assert.deepEqual(result.stopAfterEach, expectedStops(c));
    if (c.expected['console.warn calls'] !== undefined) assert.equal(warnings.length, c.expected['console.warn calls']);
    model.dispose();
  });
  const skip = KERAS_DISAGREES[c.id];
  test(`${c.id}: losslab EarlyStopping ${skip === undefined ? 'agrees' : 'follows Keras 3 instead'}`, async () => {
    const model = epochModel();
    if (c.id.endsWith('/250')) {
      assert.throws(() => new callbacks.EarlyStopping(c.args), /cannot infer whether monitor 'aux_loss'/);
      return;
    }
    const es = new callbacks.EarlyStopping(c.args);
    const { result, warnings } = await withWarnSpy(() => drive(es, model, c.inputs.logs_per_epoch ?? []));
    if (c.id.endsWith('/248')) {
      assert.deepEqual(result.stopAfterEach, [false]); // first epoch: improvement over "no best"
    } else {
      assert.deepEqual(result.stopAfterEach, expectedStops(c));
    }
    if (c.expected['console.warn calls'] !== undefined) {
      // Keras' warnings.warn shows a repeated warning once; losslab warns once per run.
      assert.equal(warnings.length, 1);
      assert.match(warnings[0], /'val_loss' which is not available\. Available metrics are: epoch,loss/);
    }
    model.dispose();
  });
}

test('tfjs-layers/early_stopping/259: tfjs cannot restore best weights; losslab can', () => {
  const c = caseById('tfjs-layers/early_stopping/259');
  assert.throws(() => tf.callbacks.earlyStopping(c.args as tf.EarlyStoppingCallbackArgs), /not implemented/);
  assert.equal(new callbacks.EarlyStopping({ restoreBestWeights: true }).restoreBestWeights, true);
});

test('every early-stopping fixture case is used or explicitly skipped', () => {
  const covered = new Set<string>([
    ...kerasDriven,
    ...tfjsCases().map((c) => c.id),
    // in early-stopping-rule.test.ts:
    'keras3/early_stopping/234', 'keras3/early_stopping/235', 'keras3/early_stopping/236',
    'keras3/early_stopping/237', 'keras3/early_stopping/241', 'keras3/early_stopping/242',
    'keras3/early_stopping/243',
    // in early-stopping-fit.test.ts:
    'keras3/early_stopping/244', 'tfjs-layers/early_stopping/256', 'tfjs-layers/early_stopping/257',
    'tfjs-layers/early_stopping/258', 'tfjs-layers/early_stopping/259',
  ]);
  assert.equal(earlyStoppingCases.length, 26);
  assert.deepEqual(earlyStoppingCases.filter((c) => !covered.has(c.id)).map((c) => c.id), []);
});
