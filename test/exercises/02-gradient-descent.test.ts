/** Each check of lesson 02 passes the right answer and fails wrong ones (tested both ways). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkOneStepLearningRate, checkCriticalLearningRate, checkLineGradient } from '../../src/exercises/02-gradient-descent';

const quiet = <T>(run: () => T): T => {
  const log = console.log;
  console.log = () => {};
  try { return run(); } finally { console.log = log; }
};

test('02-1 one-step learning rate: 1/(2a) = 0.125 for L(w) = 4 (w - 3)^2', () => {
  assert.equal(quiet(() => checkOneStepLearningRate(0.125)).passed, true);
  assert.equal(quiet(() => checkOneStepLearningRate(0)).passed, false);
  assert.match(quiet(() => checkOneStepLearningRate(0.1)).message, /lands on w = 2\.4000/); // 24 * 0.1, by hand
  assert.match(quiet(() => checkOneStepLearningRate(-1)).message, /must be positive/);
  assert.equal(quiet(() => checkOneStepLearningRate(NaN)).passed, false);
});

test('02-2 critical learning rate: 1/a = 0.25', () => {
  assert.equal(quiet(() => checkCriticalLearningRate(0.25)).passed, true);
  assert.equal(quiet(() => checkCriticalLearningRate(0)).passed, false);
  assert.match(quiet(() => checkCriticalLearningRate(0.125)).message, /one-step rate/);
  assert.match(quiet(() => checkCriticalLearningRate(0.2)).message, /by -0\.6000/); // 1 - 8 * 0.2
});

test('02-3 gradient of the line\'s mean squared error', () => {
  const right = (p: readonly number[], x: readonly number[], y: readonly number[]) => {
    const r = x.map((v, j) => p[0] + p[1] * v - y[j]);
    return [(2 / x.length) * r.reduce((s, v) => s + v, 0), (2 / x.length) * r.reduce((s, v, j) => s + v * x[j], 0)];
  };
  const flipped = (p: readonly number[], x: readonly number[], y: readonly number[]) => right(p, x, y).map((g) => -g);
  const half = (p: readonly number[], x: readonly number[], y: readonly number[]) => right(p, x, y).map((g) => g / 2);
  assert.equal(quiet(() => checkLineGradient(right)).passed, true);
  assert.equal(quiet(() => checkLineGradient(() => [0, 0])).passed, false);
  assert.match(quiet(() => checkLineGradient(flipped)).message, /sign is flipped/);
  assert.match(quiet(() => checkLineGradient(half)).message, /factor 2 is missing/);
  assert.match(quiet(() => checkLineGradient(() => { throw new Error('oops'); })).message, /threw an error: oops/);
});
