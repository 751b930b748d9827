/** Each check of lesson 02 passes the right answer and fails wrong ones (tested both ways). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkOneStepLearningRate, checkCriticalLearningRate, checkLineGradient, checkCentralDifference, checkNeuronGradient } from '../../src/exercises/02-gradient-descent';

const quiet = <T>(run: () => T): T => {
  const log = console.log;
  console.log = () => {};
  try { return run(); } finally { console.log = log; }
};

test('02-1 one-step learning rate: 1/L\'\' = 0.125 for L(w) = 4 (w - 3)^2 (L\'\' = 8)', () => {
  assert.equal(quiet(() => checkOneStepLearningRate(0.125)).passed, true);
  assert.equal(quiet(() => checkOneStepLearningRate(0)).passed, false);
  assert.match(quiet(() => checkOneStepLearningRate(0.1)).message, /lands on w = 2\.4000/); // 24 * 0.1, by hand
  assert.match(quiet(() => checkOneStepLearningRate(-1)).message, /must be positive/);
  assert.equal(quiet(() => checkOneStepLearningRate(NaN)).passed, false);
  assert.match(quiet(() => checkOneStepLearningRate(0.25)).message, /second derivative, L″ = 2a = 8/);
});

test('02-2 critical learning rate: 2/L\'\' = 0.25', () => {
  assert.equal(quiet(() => checkCriticalLearningRate(0.25)).passed, true);
  assert.equal(quiet(() => checkCriticalLearningRate(0)).passed, false);
  assert.match(quiet(() => checkCriticalLearningRate(0.125)).message, /one-step rate/);
  assert.match(quiet(() => checkCriticalLearningRate(0.2)).message, /by -0\.6000/); // 1 - 8 * 0.2
  assert.match(quiet(() => checkCriticalLearningRate(0.5)).message, /the limit is 2\/L″/);
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

test('02-4 central difference: right passes; one-sided, 2h forgotten and flipped are named', () => {
  const right = (f: (w: number) => number, w: number, h: number) => (f(w + h) - f(w - h)) / (2 * h);
  // By hand: for w^3 at 2 with h = 1e-3, ((2.001)^3 - (1.999)^3) / 0.002 = 12 + h^2 = 12.000001.
  assert.ok(Math.abs(right((w) => w ** 3, 2, 1e-3) - 12.000001) < 1e-9);
  assert.equal(checkCentralDifference(right).passed, true);
  assert.match(checkCentralDifference((f, w, h) => (f(w + h) - f(w)) / h).message, /one-sided difference/);
  assert.match(checkCentralDifference((f, w, h) => (f(w + h) - f(w - h)) / h).message, /divide by 2h/);
  assert.match(checkCentralDifference((f, w, h) => (f(w - h) - f(w + h)) / (2 * h)).message, /sign is flipped/);
  assert.match(checkCentralDifference(() => 0).message, /should be 12.000001/);
});

test('02-5 chain rule through tanh: right passes; missing links, 2 and sign are named', () => {
  const right = (w: number, x: number, y: number) => { const t = Math.tanh(w * x); return 2 * (t - y) * (1 - t * t) * x; };
  // By hand at w = 0, x = 3, y = 1: tanh(0) = 0, so 2 (0 - 1) (1 - 0) 3 = -6.
  assert.equal(right(0, 3, 1), -6);
  assert.equal(checkNeuronGradient(right).passed, true);
  assert.match(checkNeuronGradient((w, x, y) => 2 * (Math.tanh(w * x) - y) * x).message, /link through tanh is missing/);
  assert.match(checkNeuronGradient((w, x, y) => { const t = Math.tanh(w * x); return 2 * (t - y) * (1 - t * t); }).message, /d\(wx\)\/dw = x/);
  assert.match(checkNeuronGradient((w, x, y) => right(w, x, y) / 2).message, /factor 2 is missing/);
  assert.match(checkNeuronGradient((w, x, y) => -right(w, x, y)).message, /sign is flipped/);
});
