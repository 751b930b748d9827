/** Each check of lesson 07 passes the right answer and fails wrong ones (tested both ways). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKlDivergence, checkBestRate, checkSameDirection } from '../../src/exercises/07-distribution-losses';

const kl = (p: readonly number[], q: readonly number[]) => p.reduce((s, v, i) => (v > 0 ? s + v * Math.log(v / q[i]) : s), 0);

test('07-1 KL divergence', () => {
  assert.equal(checkKlDivergence(kl).passed, true);
  assert.equal(checkKlDivergence(() => 0).passed, false);
  assert.match(checkKlDivergence((p, q) => kl(q, p)).message, /swapped/);
  assert.match(checkKlDivergence((p, q) => kl(p, q) / Math.LN2).message, /base 2/);
  assert.match(checkKlDivergence((p, q) => p.reduce((s, v, i) => s + v * Math.log(v / q[i]), 0)).message, /p = 0 counts 0/);
});

test('07-2 best Poisson rate', () => {
  assert.equal(checkBestRate(2).passed, true);
  assert.equal(checkBestRate(0).passed, false);
  assert.match(checkBestRate(3).message, /derivative/);
});

test('07-3 same direction, length 10', () => {
  assert.equal(checkSameDirection([6, 8]).passed, true);
  assert.equal(checkSameDirection([0, 0]).passed, false);
  assert.match(checkSameDirection([-6, -8]).message, /opposite/);
  assert.match(checkSameDirection([3, 4]).message, /length 5/);
});
