/** Each check of lesson 11 passes the right answer and fails wrong ones (tested both ways). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callbacks } from '../../src';
import { checkStopEpoch, checkIsImprovement, checkStopper } from '../../src/exercises/11-early-stopping';

const quiet = <T>(run: () => T): T => {
  const log = console.log;
  console.log = () => {};
  try { return run(); } finally { console.log = log; }
};

test('11-1 stop epoch (hand-derived: 0.64 does not beat 0.65 by more than 0.02; stop at epoch 4, best epoch 2)', () => {
  assert.equal(quiet(() => checkStopEpoch({ stoppedEpoch: 4, bestEpoch: 2 })).passed, true);
  assert.match(quiet(() => checkStopEpoch({ stoppedEpoch: 6, bestEpoch: 4 })).message, /with minDelta = 0/);
  assert.equal(quiet(() => checkStopEpoch({ stoppedEpoch: 0, bestEpoch: 0 })).passed, false);
  assert.match(quiet(() => checkStopEpoch({ stoppedEpoch: 4, bestEpoch: 4 })).message, /epoch 4 is not the best/);
});

test('11-2 isImprovement', () => {
  const right = quiet(() => checkIsImprovement((c, b, d) => c + Math.abs(d) < b));
  assert.equal(right.passed, true);
  // Keras 3 (keras/src/callbacks/monitor_callback.py): min_delta is negated in min mode, then
  // monitor_op(current - min_delta, best) = current + |min_delta| < best. The message must say that.
  assert.match(right.message, /current \+ \|minDelta\| < best/);
  assert.doesNotMatch(right.message, /current - \|minDelta\|/);
  assert.equal(quiet(() => checkIsImprovement(() => false)).passed, false);
  assert.match(quiet(() => checkIsImprovement((c, b, d) => c + d < b)).message, /sign of minDelta is ignored/);
  assert.equal(quiet(() => checkIsImprovement((c, b) => c <= b)).passed, false);
  assert.match(quiet(() => checkIsImprovement(() => { throw new Error('x'); })).message, /threw an error: x/);
});

test('11-3 stopper', () => {
  assert.equal(quiet(() => checkStopper(new callbacks.EarlyStopping({ monitor: 'val_loss', patience: 10, restoreBestWeights: true }))).passed, true);
  assert.equal(quiet(() => checkStopper(new callbacks.EarlyStopping())).passed, false);
  assert.match(quiet(() => checkStopper(new callbacks.EarlyStopping({ patience: 10 }))).message, /restoreBestWeights: true/);
  assert.match(quiet(() => checkStopper({})).message, /new callbacks.EarlyStopping/);
});
