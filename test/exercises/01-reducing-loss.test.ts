/** Each check of lesson 01 passes the right answer and fails wrong ones (tested both ways). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPredict, checkMeanSquaredError, checkUpdate } from '../../src/exercises/01-reducing-loss';
import { exercises } from '../../src';


test('01-1 predict', () => {
  assert.equal(checkPredict((b, w1, x1) => b + w1 * x1).passed, true);
  assert.equal(checkPredict(() => 0).passed, false);
  assert.equal(checkPredict((b, w1, x1) => w1 + b * x1).passed, false);
  assert.match(checkPredict(() => { throw new Error('oops'); }).message, /threw an error: oops/);
});

test('01-2 mean squared error', () => {
  const right = (y: readonly number[], p: readonly number[]) => y.reduce((s, v, i) => s + (v - p[i]) ** 2, 0) / y.length;
  const sum = (y: readonly number[], p: readonly number[]) => y.reduce((s, v, i) => s + (v - p[i]) ** 2, 0);
  assert.equal(checkMeanSquaredError(right).passed, true);
  assert.equal(checkMeanSquaredError(() => 0).passed, false);
  assert.match(checkMeanSquaredError(sum).message, /divide by the number of examples/);
});

test('01-3 update', () => {
  const right = (p: readonly number[], g: readonly number[], lr: number) => p.map((v, i) => v - lr * g[i]);
  const uphill = (p: readonly number[], g: readonly number[], lr: number) => p.map((v, i) => v + lr * g[i]);
  assert.equal(checkUpdate(right).passed, true);
  assert.equal(checkUpdate((p) => p.slice()).passed, false);
  assert.match(checkUpdate(uphill).message, /uphill/);
});

/** A learner's loop, with the slips the checker should name. */
function loop(slip: { sign?: number; two?: number; sum?: boolean; sumLoss?: boolean; skipStart?: boolean; extra?: boolean } = {}) {
  return (x: readonly number[], y: readonly number[], learningRate: number, epochs: number): number[] => {
    let [b, w1] = [0, 0];
    const losses: number[] = [];
    const n = x.length;
    for (let epoch = 0; epoch <= epochs + (slip.extra ? 1 : 0); epoch++) {
      const errors = x.map((xj, j) => b + w1 * xj - y[j]);
      const loss = errors.reduce((s, e) => s + e * e, 0) / (slip.sumLoss ? 1 : n);
      if (!(slip.skipStart && epoch === 0)) losses.push(loss);
      const scale = (slip.two ?? 2) / (slip.sum ? 1 : n) * (slip.sign ?? 1);
      const gradB = scale * errors.reduce((s, e) => s + e, 0);
      const gradW1 = scale * errors.reduce((s, e, j) => s + e * x[j], 0);
      [b, w1] = [b - learningRate * gradB, w1 - learningRate * gradW1];
    }
    return slip.skipStart ? losses.slice(0, epochs) : losses;
  };
}

test('01-4 the loop: the right loop passes; its first case is the hand computation [5, 0.725]', () => {
  // x = [1, 2], y = [1, 3] from (0, 0): L = (1 + 9) / 2 = 5; gradient (-4, -7); η = 0.1 gives (0.4, 0.7),
  // errors 0.1 and -1.2, L = (0.01 + 1.44) / 2 = 0.725.
  assert.deepEqual(loop()([1, 2], [1, 3], 0.1, 1).map((v) => +v.toFixed(12)), [5, 0.725]);
  assert.equal(exercises.ex01.checkFitLine(loop()).passed, true);
});

test('01-4 the loop: each common slip gets its own message', () => {
  const message = (slip: Parameters<typeof loop>[0]) => exercises.ex01.checkFitLine(loop(slip)).message;
  assert.match(message({ skipStart: true }), /record the loss at the start, epoch 0, too/);
  assert.match(message({ extra: true }), /one too many/);
  assert.match(message({ sign: -1 }), /sign of the step is flipped/);
  assert.match(message({ two: 1 }), /factor 2 .* is missing/);
  assert.match(message({ sum: true }), /average the gradient over the 2 examples, do not sum it/);
  assert.match(message({ sumLoss: true }), /divide the sum of squared errors by the number of examples/);
  assert.match(exercises.ex01.checkFitLine(() => [0]).message, /should give \[5, 0.725\]; yours gives \[0\]/);
  assert.match(exercises.ex01.checkFitLine(() => { throw new Error('no'); }).message, /threw an error: no/);
  assert.match(String(exercises.ex01.checkFitLine(() => [])), /^❌ Not yet \(exercise 01-4\)/);
});

test('01-5 the stopping test: right passes; no abs, <=, off by one are named', () => {
  const right = (losses: readonly number[], tol: number) => {
    for (let k = 1; k < losses.length; k++) if (Math.abs(losses[k] - losses[k - 1]) < tol) return k;
    return -1;
  };
  const noAbs = (losses: readonly number[], tol: number) => {
    for (let k = 1; k < losses.length; k++) if (losses[k - 1] - losses[k] < tol) return k;
    return -1;
  };
  const lessOrEqual = (losses: readonly number[], tol: number) => {
    for (let k = 1; k < losses.length; k++) if (Math.abs(losses[k] - losses[k - 1]) <= tol) return k;
    return -1;
  };
  const early = (losses: readonly number[], tol: number) => { const k = right(losses, tol); return k > 0 ? k - 1 : k; };
  assert.equal(exercises.ex01.checkEpochsToConverge(right).passed, true);
  // Hand-derived: the changes of [10, 5, 4, 3.9995] are 5, 1, 0.0005, so epoch 3 is the first below 1e-3.
  assert.equal(right([10, 5, 4, 3.9995, 3.9994], 1e-3), 3);
  assert.match(exercises.ex01.checkEpochsToConverge(early).message, /one epoch early/);
  assert.match(exercises.ex01.checkEpochsToConverge(noAbs).message, /This loss is rising/);
  assert.match(exercises.ex01.checkEpochsToConverge(lessOrEqual).message, /exactly 0.25.*use </);
  assert.equal(exercises.ex01.checkEpochsToConverge(() => 0).passed, false);
});
