/**
 * EarlyStoppingRule against Keras 3.16's own expectations (keras/src/callbacks/early_stopping_test.py,
 * transcribed in test/fixtures/keras_cases.json) and hand-derived sequences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callbacks } from '../../src';
import { caseById, camelOptions } from './keras-cases';

const { EarlyStoppingRule, inferDirection } = callbacks;

/** Feeds the logs until the rule says stop, as Keras' test loop does; returns the stopped epoch. */
function run(rule: InstanceType<typeof EarlyStoppingRule>, values: number[]): number {
  rule.reset();
  for (let epoch = 0; epoch < values.length; epoch++) {
    if (rule.update(epoch, values[epoch]).stop) break;
  }
  return rule.stoppedEpoch;
}

for (const id of ['keras3/early_stopping/234', 'keras3/early_stopping/235', 'keras3/early_stopping/236', 'keras3/early_stopping/237']) {
  const c = caseById(id);
  test(`${id}: patience ${String(c.args.patience)} stops at the epoch Keras expects (${c.source})`, () => {
    const rule = new EarlyStoppingRule(camelOptions(c.args));
    const losses = (c.inputs.logs_per_epoch ?? []).map((logs) => logs.loss);
    assert.equal(run(rule, losses), c.expected.stopped_epoch);
  });
}

for (const id of ['keras3/early_stopping/238', 'keras3/early_stopping/239']) {
  const c = caseById(id);
  test(`${id}: best epoch and epochs trained (${c.source})`, () => {
    const rule = new EarlyStoppingRule(camelOptions(c.args));
    const values = (c.inputs.logs_per_epoch ?? []).map((logs) => logs.val_loss);
    let trained = 0;
    for (let epoch = 0; epoch < values.length; epoch++) {
      trained = epoch + 1;
      if (rule.update(epoch, values[epoch]).stop) break;
    }
    assert.equal(rule.bestEpoch, c.expected.restored_weights_epoch);
    if (c.expected.epochs_trained !== undefined) assert.equal(trained, c.expected.epochs_trained);
  });
}

test('keras3/early_stopping/241: reset() clears every per-run field (test_state_reset_across_fit_calls)', () => {
  const rule = new EarlyStoppingRule({ monitor: 'loss', patience: 0 });
  run(rule, [1, 0.5, 0.6]);
  assert.equal(rule.stoppedEpoch, 2);
  rule.reset();
  assert.ok(Number.isNaN(rule.bestValue)); // Keras: best is None
  assert.equal(rule.wait, 0);
  assert.equal(rule.stoppedEpoch, 0);
  assert.equal(rule.bestEpoch, 0);
  // A stale best would make the first epoch of the next run a non-improvement; it is one.
  assert.deepEqual(rule.update(0, 5), { improved: true, stop: false });
});

test('keras3/early_stopping/242: mode inference (test_early_stopping, mode cases)', () => {
  const c = caseById('keras3/early_stopping/242');
  for (const [key, expected] of Object.entries(c.expected)) {
    const [, mode, monitor] = /mode='(\w+)', monitor='(\w+)'/.exec(key) ?? [];
    const options = { monitor, mode: mode as 'auto' | 'min' | 'max' };
    if (expected === 'ValueError') {
      assert.throws(() => new EarlyStoppingRule(options), /cannot infer.*'unknown'.*mode: 'min'/);
    } else {
      assert.equal(new EarlyStoppingRule(options).direction, expected === 'greater' ? 'max' : 'min', key);
    }
  }
});

test('inferDirection reads tfjs camelCase names and strips one val_ prefix', () => {
  assert.equal(inferDirection('val_binaryAccuracy'), 'max');
  assert.equal(inferDirection('meanSquaredError'), 'min');
  assert.equal(inferDirection('val_acc'), 'max');
  assert.throws(() => inferDirection('val_val_loss'), /cannot infer/);
});

test('start_from_epoch: epochs before it are ignored (Keras test_early_stopping_with_start_from_epoch)', () => {
  // Hand-derived: with patience 0 and a warm-up of 2, epochs 0-1 never count, epoch 2 is the first best.
  const rule = new EarlyStoppingRule({ monitor: 'loss', patience: 0, startFromEpoch: 2 });
  assert.deepEqual(rule.update(0, 1), { improved: false, stop: false });
  assert.deepEqual(rule.update(1, 2), { improved: false, stop: false });
  assert.deepEqual(rule.update(2, 3), { improved: true, stop: false });
  assert.deepEqual(rule.update(3, 3), { improved: false, stop: true });
  assert.equal(rule.bestEpoch, 2);
  // keras3/early_stopping/243: len(history.epoch) >= patience + start_from_epoch.
  const c = caseById('keras3/early_stopping/243');
  const warm = new EarlyStoppingRule(camelOptions(c.args));
  const stoppedAt = run(warm, Array.from({ length: 20 }, () => 1)); // never improves after epoch 2
  assert.ok(stoppedAt + 1 >= 3 + 2);
});

test('minDelta: sign is ignored, an improvement must exceed it (hand-derived)', () => {
  for (const minDelta of [0.5, -0.5]) {
    const rule = new EarlyStoppingRule({ monitor: 'loss', minDelta, patience: 5 });
    rule.update(0, 10);
    assert.equal(rule.update(1, 9.6).improved, false); // 9.6 + 0.5 = 10.1 is not < 10
    assert.equal(rule.update(2, 9.4).improved, true); // 9.4 + 0.5 = 9.9 < 10
    assert.equal(rule.bestValue, 9.4);
  }
  const max = new EarlyStoppingRule({ monitor: 'acc', minDelta: 0.1 });
  max.update(0, 0.5);
  assert.equal(max.update(1, 0.6).improved, false); // 0.6 - 0.1 = 0.5 is not > 0.5
  assert.equal(max.update(2, 0.61).improved, true);
});

test('baseline: a best below the baseline does not reset the wait (Keras semantics)', () => {
  const rule = new EarlyStoppingRule({ monitor: 'val_loss', patience: 2, baseline: 0.5 });
  assert.deepEqual(rule.update(0, 0.9), { improved: true, stop: false });
  assert.deepEqual(rule.update(1, 0.8), { improved: true, stop: false }); // wait is 2 now
  assert.deepEqual(rule.update(2, 0.85), { improved: false, stop: true });
  assert.equal(rule.bestEpoch, 1);
  const beaten = new EarlyStoppingRule({ monitor: 'val_loss', patience: 1, baseline: 0.5 });
  beaten.update(0, 0.4);
  assert.deepEqual(beaten.update(1, 0.3), { improved: true, stop: false });
  assert.equal(beaten.wait, 0);
});

test('bad options give clear errors', () => {
  assert.throws(() => new EarlyStoppingRule({ patience: -1 }), /patience must be an integer >= 0; got -1/);
  assert.throws(() => new EarlyStoppingRule({ startFromEpoch: 1.5 }), /startFromEpoch must be an integer/);
  assert.throws(() => new EarlyStoppingRule({ minDelta: NaN }), /minDelta must be a finite number; got NaN/);
  assert.throws(() => new EarlyStoppingRule({ monitor: 'aux_loss' }), /cannot infer/);
});

test('replayEarlyStopping on a recorded curve (hand-derived)', () => {
  const curve = [1, 0.8, 0.9, 0.85, 0.7];
  assert.deepEqual(callbacks.replayEarlyStopping(curve, { monitor: 'val_loss', patience: 2 }), {
    stopped: true, stoppedEpoch: 3, epochsRun: 4, bestEpoch: 1, bestValue: 0.8,
  });
  assert.deepEqual(callbacks.replayEarlyStopping(curve, { monitor: 'val_loss', patience: 3 }), {
    stopped: false, stoppedEpoch: 4, epochsRun: 5, bestEpoch: 4, bestValue: 0.7,
  });
  assert.throws(() => callbacks.replayEarlyStopping([]), /values must hold at least one epoch/);
});
