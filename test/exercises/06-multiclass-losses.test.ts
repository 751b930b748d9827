/** Each check of lesson 06 passes the right answer and fails wrong ones (tested both ways). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkCrossEntropyFromLogits, checkSmoothedLabels, checkCategoricalHinge } from '../../src/exercises/06-multiclass-losses';

test('06-1 cross-entropy from logits', () => {
  const stable = (c: number, z: readonly number[]) => {
    const m = Math.max(...z);
    return m + Math.log(z.reduce((s, v) => s + Math.exp(v - m), 0)) - z[c];
  };
  const naive = (c: number, z: readonly number[]) => -Math.log(Math.exp(z[c]) / z.reduce((s, v) => s + Math.exp(v), 0));
  assert.equal(checkCrossEntropyFromLogits(stable).passed, true);
  assert.equal(checkCrossEntropyFromLogits(() => 0).passed, false);
  assert.match(checkCrossEntropyFromLogits(naive).message, /log-sum-exp/);
  assert.match(checkCrossEntropyFromLogits((c, z) => -stable(c, z)).message, /minus sign/);
  assert.match(checkCrossEntropyFromLogits(() => { throw new Error('oops'); }).message, /threw an error: oops/);
});

test('06-2 label smoothing', () => {
  const right = (y: readonly number[], s: number) => y.map((v) => v * (1 - s) + s / y.length);
  const otherClasses = (y: readonly number[], s: number) => y.map((v) => (v === 1 ? 1 - s : s / (y.length - 1)));
  assert.equal(checkSmoothedLabels(right).passed, true);
  assert.equal(checkSmoothedLabels((y) => y.slice()).passed, false);
  assert.match(checkSmoothedLabels(otherClasses).message, /s\/K each/);
});

test('06-3 categorical hinge', () => {
  const right = (c: number, s: readonly number[]) => Math.max(0, 1 + Math.max(...s.filter((_, k) => k !== c)) - s[c]);
  const unclipped = (c: number, s: readonly number[]) => 1 + Math.max(...s.filter((_, k) => k !== c)) - s[c];
  assert.equal(checkCategoricalHinge(right).passed, true);
  assert.equal(checkCategoricalHinge(() => 0).passed, false);
  assert.match(checkCategoricalHinge(unclipped).message, /never negative/);
});
