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

/** A correct loop, written independently of the library's rule (min mode, Keras semantics). */
const rightLoop = (curve: number[], patience: number, minDelta: number) => {
  let [best, bestEpoch, wait] = [Infinity, 0, 0];
  for (let epoch = 0; epoch < curve.length; epoch++) {
    wait += 1;
    if (curve[epoch] + Math.abs(minDelta) < best || epoch === 0) {
      [best, bestEpoch, wait] = [curve[epoch], epoch, 0];
    } else if (wait >= patience && epoch > 0) {
      return { stoppedEpoch: epoch, bestEpoch };
    }
  }
  return { stoppedEpoch: curve.length - 1, bestEpoch };
};

test('11-4 the stopping loop: a right loop passes; the usual slips are named', async () => {
  const { checkEarlyStop } = await import('../../src/exercises/11-early-stopping');
  assert.equal(quiet(() => checkEarlyStop(rightLoop)).passed, true);
  const noDelta = (c: number[], p: number) => rightLoop(c, p, 0);
  assert.match(quiet(() => checkEarlyStop(noDelta)).message, /minDelta seems ignored/);
  const late = (c: number[], p: number, d: number) => rightLoop(c, p + 1, d);
  assert.match(quiet(() => checkEarlyStop(late)).message, /one epoch late/);
  const lastOnly = (c: number[]) => ({ stoppedEpoch: c.length - 1, bestEpoch: c.indexOf(Math.min(...c)) });
  assert.equal(quiet(() => checkEarlyStop(lastOnly)).passed, false);
  assert.match(quiet(() => checkEarlyStop(() => { throw new Error('boom'); })).message, /threw an error: boom/);
  assert.equal(quiet(() => checkEarlyStop(() => ({ stoppedEpoch: 0, bestEpoch: 0 }))).passed, false);
});
