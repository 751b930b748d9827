/** Each check of lesson 01 passes the right answer and fails wrong ones (tested both ways). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPredict, checkMeanSquaredError, checkUpdate } from '../../src/exercises/01-reducing-loss';


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
