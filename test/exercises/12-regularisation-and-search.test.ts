/** Each check of lesson 12 passes the right answer and fails wrong ones (tested both ways). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkZScores, checkL2Penalty, checkTrainingRuns } from '../../src/exercises/12-regularisation-and-search';

const quiet = <T>(run: () => T): T => {
  const log = console.log;
  console.log = () => {};
  try { return run(); } finally { console.log = log; }
};

const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
const std = (v: number[], ddof: number) => Math.sqrt(v.reduce((a, b) => a + (b - mean(v)) ** 2, 0) / (v.length - ddof));

test('12-1 z-scores ([2, 4, 6, 8]: mean 5, std sqrt(5), by hand)', () => {
  assert.equal(quiet(() => checkZScores((v) => v.map((x) => (x - mean(v)) / std(v, 0)))).passed, true);
  assert.match(quiet(() => checkZScores((v) => v.map((x) => (x - mean(v)) / std(v, 1)))).message, /divide by n, not n - 1/);
  assert.equal(quiet(() => checkZScores((v) => v.map((x) => x - mean(v)))).passed, false);
  assert.equal(quiet(() => checkZScores((v) => v)).passed, false);
});

test('12-2 L2 penalty (0.1 * (1 + 4) = 0.5 by hand)', () => {
  assert.equal(quiet(() => checkL2Penalty((w, l) => l * w.reduce((s, x) => s + x * x, 0))).passed, true);
  assert.match(quiet(() => checkL2Penalty((w, l) => 0.5 * l * w.reduce((s, x) => s + x * x, 0))).message, /no factor 1\/2/);
  assert.equal(quiet(() => checkL2Penalty((w, l) => l * w.reduce((s, x) => s + Math.abs(x), 0))).passed, false);
  assert.equal(quiet(() => checkL2Penalty(() => 0)).passed, false);
});

test('12-3 training runs (3 * 2 * 2 = 12 configurations, 5 folds: 60)', () => {
  assert.equal(quiet(() => checkTrainingRuns(60)).passed, true);
  assert.match(quiet(() => checkTrainingRuns(12)).message, /trained once per fold/);
  assert.match(quiet(() => checkTrainingRuns(35)).message, /multiply the list lengths/);
  assert.equal(quiet(() => checkTrainingRuns(0)).passed, false);
});

test('12-4 the search loop: a right loop passes; argmax, index, last, double scoring are named', async () => {
  const { checkSearchLoop } = await import('../../src/exercises/12-regularisation-and-search');
  const right = (c: number[], loss: (l: number) => number) => {
    let [best, bestLoss] = [c[0], Infinity];
    for (const l of c) { const v = loss(l); if (v < bestLoss) [best, bestLoss] = [l, v]; }
    return best;
  };
  assert.equal(checkSearchLoop(right).passed, true);
  const argmax = (c: number[], loss: (l: number) => number) => c.reduce((b, l) => (loss(l) > loss(b) ? l : b), c[0]);
  assert.match(checkSearchLoop(argmax).message, /trained \d+ times|the worst/);
  const once = (c: number[], loss: (l: number) => number) => { const s = c.map(loss); return c[s.indexOf(Math.max(...s))]; };
  assert.match(checkSearchLoop(once).message, /the worst: a loss is better when it is lower/);
  const index = (c: number[], loss: (l: number) => number) => { const s = c.map(loss); return s.indexOf(Math.min(...s)); };
  assert.match(checkSearchLoop(index).message, /not its position/);
  const twice = (c: number[], loss: (l: number) => number) => { c.forEach(loss); return right(c, loss); };
  assert.match(checkSearchLoop(twice).message, /score each candidate once/);
  assert.match(checkSearchLoop(() => 0).message, /never scored/);
  assert.match(checkSearchLoop(() => { throw new Error('oops'); }).message, /threw an error: oops/);
});
