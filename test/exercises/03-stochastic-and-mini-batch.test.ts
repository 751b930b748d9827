/** Each check of lesson 03 passes the right answer and fails wrong ones (tested both ways). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkUpdatesPerEpoch, checkNoiseAtBatchSize, checkMakeBatches, checkMiniBatchEpoch } from '../../src/exercises/03-stochastic-and-mini-batch';

const quiet = <T>(run: () => T): T => {
  const log = console.log;
  console.log = () => {};
  try { return run(); } finally { console.log = log; }
};

test('03-1 updates per epoch: ceil(200 / 16) = 13', () => {
  assert.equal(quiet(() => checkUpdatesPerEpoch(13)).passed, true);
  assert.equal(quiet(() => checkUpdatesPerEpoch(0)).passed, false);
  assert.match(quiet(() => checkUpdatesPerEpoch(12)).message, /one more, smaller batch/);
  assert.match(quiet(() => checkUpdatesPerEpoch(200)).message, /stochastic/);
});

test('03-2 noise at batch size 64: 0.8 / sqrt(16) = 0.2', () => {
  assert.equal(quiet(() => checkNoiseAtBatchSize(0.2)).passed, true);
  assert.equal(quiet(() => checkNoiseAtBatchSize(0)).passed, false);
  assert.match(quiet(() => checkNoiseAtBatchSize(0.05)).message, /1\/√b, not 1\/b/);
});

test('03-3 cutting an epoch into batches', () => {
  const right = (n: number, b: number) => {
    const out: number[][] = [];
    for (let s = 0; s < n; s += b) out.push(Array.from({ length: Math.min(b, n - s) }, (_, k) => s + k));
    return out;
  };
  const dropLast = (n: number, b: number) => right(n, b).filter((batch) => batch.length === b);
  assert.equal(quiet(() => checkMakeBatches(right)).passed, true);
  assert.equal(quiet(() => checkMakeBatches(() => [])).passed, false);
  assert.match(quiet(() => checkMakeBatches(dropLast)).message, /last, smaller batch is missing/);
});

/** A learner's epoch, with the slips the checker should name. */
function epoch(slip: { natural?: boolean; dropLast?: boolean; full?: boolean; sum?: boolean } = {}) {
  return (params: readonly number[], x: readonly number[], y: readonly number[], order: readonly number[], batchSize: number, learningRate: number): number[] => {
    let [b, w1] = params;
    const visit = slip.natural ? x.map((_, j) => j) : order;
    const end = slip.dropLast ? visit.length - (visit.length % batchSize) : visit.length;
    for (let start = 0; start < end; start += batchSize) {
      const batch = slip.full ? visit : visit.slice(start, start + batchSize);
      const errors = batch.map((j) => b + w1 * x[j] - y[j]);
      const scale = 2 / (slip.sum ? 1 : batch.length);
      const gradB = scale * errors.reduce((s, e) => s + e, 0);
      const gradW1 = scale * errors.reduce((s, e, k) => s + e * x[batch[k]], 0);
      [b, w1] = [b - learningRate * gradB, w1 - learningRate * gradW1];
    }
    return [b, w1];
  };
}

test('03-4 one mini-batch epoch: right passes; the SGD case is the hand computation', () => {
  // From (1, -1), order [1, 2, 0], η = 0.1: example 1 (x .5, y 1) error -0.5, gradient (-1, -0.5) -> (1.1, -0.95);
  // example 2 (x 2, y 3) error -3.8, gradient (-7.6, -15.2) -> (1.86, 0.57);
  // example 0 (x -1, y 0) error 1.29, gradient (2.58, -2.58) -> (1.602, 0.828).
  const [b, w1] = epoch()([1, -1], [-1, 0.5, 2], [0, 1, 3], [1, 2, 0], 1, 0.1);
  assert.ok(Math.abs(b - 1.602) < 1e-12 && Math.abs(w1 - 0.828) < 1e-12, `${b}, ${w1}`);
  assert.equal(checkMiniBatchEpoch(epoch()).passed, true);
});

test('03-4 one mini-batch epoch: each common slip gets its own message', () => {
  assert.match(checkMiniBatchEpoch(epoch({ natural: true })).message, /take them in the given order/);
  assert.match(checkMiniBatchEpoch(epoch({ dropLast: true })).message, /last, smaller batch was skipped/);
  assert.match(checkMiniBatchEpoch(epoch({ full: true })).message, /every step used all the examples/);
  assert.match(checkMiniBatchEpoch(epoch({ sum: true })).message, /average the gradient over the batch, do not sum it/);
  assert.match(checkMiniBatchEpoch((p) => p.slice()).message, /the epoch ends at \[/);
  assert.match(checkMiniBatchEpoch(() => { throw new Error('nope'); }).message, /threw an error: nope/);
});
