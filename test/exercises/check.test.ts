import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { verdict, checkAll, isClose, attempt } from '../../src/exercises/check';

test('a verdict prints as its one line, which the notebook runner reads', () => {
  assert.equal(inspect(verdict('01-1', true, 'well done')), '✅ Correct (exercise 01-1): well done');
  assert.equal(String(verdict('01-1', false, 'off by one')), '❌ Not yet (exercise 01-1): off by one');
  assert.deepEqual({ ...verdict('x', true, 'm') }, { exercise: 'x', passed: true, message: 'm' });
});

test('checkAll reports the first failed condition, or success', () => {
  assert.equal(checkAll('t', [[true, 'a'], [false, 'b'], [false, 'c']], 'ok').message, 'b');
  assert.equal(checkAll('t', [[true, 'a']], 'ok').passed, true);
});

test('isClose is relative for large values and absolute near zero, and rejects NaN', () => {
  assert.ok(isClose(1e6 + 0.5, 1e6, 1e-6));
  assert.ok(!isClose(1e-3, 0, 1e-6));
  assert.ok(!isClose(NaN, 0));
});

test('attempt turns a throw into a failed verdict', () => {
  const r = attempt('t', () => { throw new Error('bad'); });
  assert.equal(r.ok, false);
  if (!r.ok) assert.match(r.verdict.message, /threw an error: bad/);
});
