/**
 * ReduceLROnPlateau against Keras 3: learning-rate sequences derived by hand from the rule of
 * keras/src/callbacks/reduce_lr_on_plateau.py, and the cases of Keras' own
 * reduce_lr_on_plateau_test.py (patience 1, factor 0.1, a min_delta no epoch can beat) in a real fit.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { setup, tf, callbacks, optimizers } from '../../src';

before(async () => {
  await setup({ backend: 'cpu', verbose: false });
});

const close = (actual: number[], expected: number[]) => {
  assert.equal(actual.length, expected.length, `${actual} vs ${expected}`);
  actual.forEach((a, i) => assert.ok(Math.abs(a - expected[i]) <= 1e-9 * Math.max(1, expected[i]), `rate ${i}: ${a} vs ${expected[i]}`));
};
const replay = callbacks.replayReduceLROnPlateau;

test('a flat curve, patience 1: the first epoch improves, then every epoch divides the rate by 10', () => {
  close(replay([1, 1, 1, 1], 0.1, { monitor: 'loss', patience: 1, minDelta: 0 }), [0.1, 0.1, 0.01, 0.001, 0.0001]);
});

test('cooldown 2: after a reduction the next epoch is not counted, and the one after counts from zero', () => {
  // e1 reduces (c = 2); e2: c = 1, in cooldown; e3: c = 0, wait 1 >= 1, reduces again
  close(replay([1, 1, 1, 1], 0.1, { monitor: 'loss', patience: 1, minDelta: 0, cooldown: 2 }), [0.1, 0.1, 0.01, 0.01, 0.001]);
});

test('minDelta 0.05 (min mode): 0.95 does not beat 1.0, 0.9 does; two more small steps exhaust patience 2', () => {
  close(replay([1.0, 0.95, 0.9, 0.89, 0.88], 0.1, { monitor: 'val_loss', patience: 2, minDelta: 0.05, factor: 0.5 }), [0.1, 0.1, 0.1, 0.1, 0.1, 0.05]);
  // the sign of minDelta is ignored, as in Keras (abs(min_delta))
  close(replay([1.0, 0.95, 0.9, 0.89, 0.88], 0.1, { monitor: 'val_loss', patience: 2, minDelta: -0.05, factor: 0.5 }), [0.1, 0.1, 0.1, 0.1, 0.1, 0.05]);
});

test("mode 'auto' on val_accuracy maximises: a rise is an improvement, a flat run is a plateau", () => {
  close(replay([0.5, 0.6, 0.6, 0.6], 0.01, { monitor: 'val_accuracy', patience: 2, minDelta: 0 }), [0.01, 0.01, 0.01, 0.01, 0.001]);
  close(replay([0.5, 0.4, 0.3], 0.01, { monitor: 'val_accuracy', patience: 2, minDelta: 0 }), [0.01, 0.01, 0.01, 0.001]);
});

test('minLr: the rate is clipped at minLr and then left alone', () => {
  close(replay([1, 1, 1, 1, 1], 0.1, { monitor: 'loss', patience: 1, minDelta: 0, minLr: 0.005 }), [0.1, 0.1, 0.01, 0.005, 0.005, 0.005]);
});

test('Keras defaults: factor 0.1, patience 10, minDelta 1e-4, monitor val_loss', () => {
  const rule = new callbacks.PlateauRule();
  assert.deepEqual([rule.monitor, rule.factor, rule.patience, rule.minDelta, rule.cooldown, rule.minLr], ['val_loss', 0.1, 10, 1e-4, 0, 0]);
  const eleven = replay(Array(11).fill(1), 1);
  assert.equal(eleven[10], 1);
  assert.ok(Math.abs(eleven[11] - 0.1) < 1e-12);
});

test('bad options name the callback and what was expected', () => {
  assert.throws(() => new callbacks.ReduceLROnPlateau({ factor: 1 }), /ReduceLROnPlateau: factor must be in \(0, 1\).*got 1/);
  assert.throws(() => new callbacks.ReduceLROnPlateau({ patience: 1.5 }), /patience must be an integer >= 0; got 1.5/);
  assert.throws(() => new callbacks.ReduceLROnPlateau({ monitor: 'aux_thing' }), /cannot infer.*'aux_thing'.*mode/);
  assert.throws(() => replay([1, 'a' as unknown as number], 0.1), /replayReduceLROnPlateau: values must be an array of numbers/);
});

/** The model and data of Keras' reduce_lr_on_plateau_test.py setUp: Dense(5), Dense(2), mse, Adam(0.1). */
async function kerasCase(options: callbacks.ReduceLROnPlateauOptions, epochs: number, optimizer?: tf.Optimizer) {
  const model = tf.sequential({ layers: [tf.layers.dense({ units: 5, inputShape: [3] }), tf.layers.dense({ units: 2 })] });
  const adam = optimizer ?? new optimizers.Adam({ learningRate: 0.1 });
  model.compile({ loss: 'meanSquaredError', optimizer: adam });
  const [x, y, xv, yv] = [tf.randomNormal([10, 3]), tf.randomNormal([10, 2]), tf.randomNormal([10, 3]), tf.randomNormal([10, 2])];
  try {
    const history = await model.fit(x, y, { epochs, validationData: [xv, yv], callbacks: [new callbacks.ReduceLROnPlateau(options)], verbose: 0 });
    return { rate: (adam as optimizers.Optimizer).learningRate, history: history.history };
  } finally {
    tf.dispose([x, y, xv, yv]);
    model.dispose();
    adam.dispose();
  }
}

test('Keras test_reduces_lr_with_model_fit: 2 epochs, patience 1, min_delta 100 → 0.01', async () => {
  const before = tf.memory().numTensors;
  const { rate, history } = await kerasCase({ patience: 1, factor: 0.1, monitor: 'val_loss', minDelta: 100 }, 2);
  assert.ok(Math.abs(rate - 0.01) < 1e-9);
  // Keras writes the rate of each epoch into its logs, so History records it
  close(history.learning_rate as number[], [0.1, 0.1]);
  assert.equal(tf.memory().numTensors, before);
});

test('Keras test_honors_min_lr (4 epochs, min_lr 0.005) and test_cooldown (4 epochs, cooldown 2 → 0.001)', async () => {
  assert.ok(Math.abs((await kerasCase({ patience: 1, factor: 0.1, minDelta: 10, minLr: 0.005 }, 4)).rate - 0.005) < 1e-12);
  const cooled = await kerasCase({ patience: 1, factor: 0.1, minDelta: 100, cooldown: 2 }, 4);
  assert.ok(Math.abs(cooled.rate - 0.001) < 1e-9);
  close(cooled.history.learning_rate as number[], [0.1, 0.1, 0.01, 0.01]);
});

test('Keras test_throws_when_optimizer_has_schedule, and a tfjs optimizer is refused by name', async () => {
  const scheduled = new optimizers.Adam({ learningRate: new optimizers.schedules.ExponentialDecay({ initialLearningRate: 0.1, decaySteps: 10, decayRate: 0.5 }) });
  await assert.rejects(kerasCase({ patience: 1 }, 2, scheduled), /ReduceLROnPlateau: (losslab\.)?Adam was built with a learning-rate schedule/);
  await assert.rejects(kerasCase({ patience: 1 }, 2, tf.train.adam(0.1)), /must be compiled with a losslab optimizer.*got Adam/);
});

test('one callback serves two fits: the state is reset at the start of each (Keras test_state_reset_across_fit_calls)', async () => {
  const model = tf.sequential({ layers: [tf.layers.dense({ units: 1, inputShape: [1] })] });
  const sgd = new optimizers.SGD({ learningRate: 0.1 });
  model.compile({ loss: 'meanSquaredError', optimizer: sgd });
  const [x, y] = [tf.tensor2d([[1], [2]]), tf.tensor2d([[1], [2]])];
  const plateau = new callbacks.ReduceLROnPlateau({ monitor: 'loss', patience: 1, minDelta: 100 });
  await model.fit(x, y, { epochs: 2, callbacks: [plateau], verbose: 0 }); // e0 is the best, e1 reduces
  assert.ok(Math.abs(sgd.learningRate - 0.01) < 1e-12);
  // reset: e0 of the new fit is the first value, an improvement; without a reset it would not beat
  // the old best by 100 and would reduce the rate again
  await model.fit(x, y, { epochs: 1, callbacks: [plateau], verbose: 0 });
  assert.ok(Math.abs(sgd.learningRate - 0.01) < 1e-12);
  tf.dispose([x, y]);
  model.dispose();
  sgd.dispose();
});
