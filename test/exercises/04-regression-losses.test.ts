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

test('04-4 heteroscedastic Gaussian NLL: right code passes, common slips get their own hint', async () => {
  const { checkGaussianNll } = await import('../../src/exercises/04-regression-losses');
  // The shipped placeholder and a right answer.
  assert.equal(checkGaussianNll(() => 0).passed, false);
  const right = (y: number, mu: number, s: number) => 0.5 * (s + (y - mu) ** 2 * Math.exp(-s));
  assert.equal(checkGaussianNll(right).passed, true);
  assert.match(String(checkGaussianNll(right)), /^✅ Correct \(exercise 04-4\)/);
  // Hand-derived first case: y = 3, μ = 1, s = ln 4 -> ½(ln 4 + 1) = 1.193147.
  assert.match(checkGaussianNll(() => 0).message, /for y = 3, μ = 1, s = 1\.3863 the NLL is 1\.193147; yours is 0/);
  assert.match(checkGaussianNll((y, mu, s) => right(y, mu, s) + 0.5 * Math.log(2 * Math.PI)).message, /½ log 2π/);
  assert.match(checkGaussianNll((y, mu, s) => 2 * right(y, mu, s)).message, /factor ½/);
  assert.match(checkGaussianNll((y, mu, s) => 0.5 * (y - mu) ** 2 * Math.exp(-s)).message, /dropped the ½s term/);
  assert.match(checkGaussianNll((y, mu, s) => 0.5 * (s + (y - mu) ** 2 * Math.exp(s))).message, /divided by it/);
  assert.match(checkGaussianNll(() => { throw new Error('oops'); }).message, /threw an error: oops/);
});
