/** Each check of lesson 03 passes the right answer and fails wrong ones (tested both ways). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkUpdatesPerEpoch, checkNoiseAtBatchSize, checkMakeBatches } from '../../src/exercises/03-stochastic-and-mini-batch';

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
