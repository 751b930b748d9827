/** Each check of lesson 04 passes the right answer and fails wrong ones (tested both ways). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkBestConstants, checkHuberGradient, checkHuberValue } from '../../src/exercises/04-regression-losses';

test('04-1 Huber by hand', () => {
  assert.equal(checkHuberValue(1.375).passed, true);
  assert.equal(checkHuberValue(0).passed, false);
  assert.match(checkHuberValue((0.5 * (0.25 + 4 + 9)) / 3).message, /½e² for every error/);
  assert.match(checkHuberValue(5.5 / 3).message, /mean absolute error/);
  assert.match(checkHuberValue(4.125).message, /the sum/);
  assert.match(String(checkHuberValue(1.375)), /^✅ Correct \(exercise 04-1\)/);
});

test('04-2 best constants', () => {
  const median = (v: readonly number[]) => { const s = [...v].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
  const mean = (v: readonly number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  assert.equal(checkBestConstants((t) => ({ mse: mean(t), mae: median(t) })).passed, true);
  assert.equal(checkBestConstants(() => ({ mse: 0, mae: 0 })).passed, false);
  assert.match(checkBestConstants((t) => ({ mse: median(t), mae: mean(t) })).message, /swapped/);
  assert.match(checkBestConstants(() => { throw new Error('boom'); }).message, /threw an error: boom/);
});

test('04-3 Huber gradient', () => {
  assert.equal(checkHuberGradient((e, d) => Math.max(-d, Math.min(d, e))).passed, true);
  assert.equal(checkHuberGradient(() => 0).passed, false);
  assert.match(checkHuberGradient((e) => e).message, /MSE-style gradient/);
  assert.match(checkHuberGradient((e) => Math.sign(e)).message, /MAE gradient/);
});
