/** Each check of lesson 05 passes the right answer and fails wrong ones (tested both ways). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPosWeight, checkSmoothedOptimum, checkStableBce } from '../../src/exercises/05-binary-classification-losses';

test('05-1 stable BCE from a logit', () => {
  const stable = (x: number, y: number) => Math.max(x, 0) - x * y + Math.log1p(Math.exp(-Math.abs(x)));
  const naive = (x: number, y: number) => { const p = 1 / (1 + Math.exp(-x)); return -(y * Math.log(p) + (1 - y) * Math.log(1 - p)); };
  assert.equal(checkStableBce(stable).passed, true);
  assert.equal(checkStableBce(() => 0).passed, false);
  assert.match(checkStableBce(naive).message, /exp overflows or log\(0\)/);
});

test('05-2 optimum under label smoothing', () => {
  assert.equal(checkSmoothedOptimum(0.9).passed, true);
  assert.equal(checkSmoothedOptimum(0).passed, false);
  assert.match(checkSmoothedOptimum(1).message, /no longer 1/);
  assert.match(checkSmoothedOptimum(0.8).message, /1 − s\/2/);
});

test('05-3 positive weight', () => {
  const right = (labels: readonly number[]) => labels.filter((v) => v === 0).length / labels.filter((v) => v === 1).length;
  assert.equal(checkPosWeight(right).passed, true);
  assert.equal(checkPosWeight(() => 0).passed, false);
  assert.match(checkPosWeight((l) => 1 / right(l)).message, /upside down/);
});
