/** The validation module: one message style, `fn: what must be expected; got value`, for every check. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as v from '../../src/validate';

test('number checks pass their value through and refuse NaN, Infinity and non-numbers', () => {
  assert.equal(v.positive('f', 'x', 2), 2);
  assert.equal(v.integer('f', 'n', 0), 0);
  assert.equal(v.inRange('f', 'p', 1, 0, 1), 1);
  assert.throws(() => v.positive('f', 'x', 0), /^Error: f: x must be a finite number > 0; got 0$/);
  assert.throws(() => v.nonNegative('f', 'x', Infinity), /^Error: f: x must be a finite number >= 0; got Infinity$/);
  assert.throws(() => v.finite('f', 'x', NaN), /^Error: f: x must be a finite number; got NaN$/);
  assert.throws(() => v.atLeast('f', 'x', '3' as unknown as number, 1), /^Error: f: x must be a finite number >= 1; got "3"$/);
  assert.throws(() => v.integer('f', 'n', 2.5, 1), /^Error: f: n must be an integer >= 1; got 2.5$/);
  assert.throws(() => v.inRange('f', 'p', 1, 0, 1, '[)'), /^Error: f: p must be a number in \[0, 1\); got 1$/);
  assert.throws(() => v.inRange('f', 'p', 0, 0, 1, '(]'), /^Error: f: p must be a number in \(0, 1\]; got 0$/);
  assert.throws(() => v.inRange('f', 'p', NaN, -Infinity, Infinity), /got NaN$/);
});

test('option checks', () => {
  assert.equal(v.optionalPositive('f', 'clip', undefined), null);
  assert.throws(() => v.bool('f', 'flag', 1 as unknown as boolean), /^Error: f: flag must be true or false; got 1$/);
  assert.throws(() => v.oneOf('f', 'mode', 'max' as string, ['min', 'auto']), /^Error: f: mode must be one of "min", "auto"; got "max"$/);
});

test('rectangularShape: the shape of a rectangular array, the first ragged place of another', () => {
  assert.deepEqual(v.rectangularShape('f', 'x', [[1, 2], [3, 4], [5, 6]]), [3, 2]);
  assert.deepEqual(v.rectangularShape('f', 'x', 7), []);
  assert.deepEqual(v.rectangularShape('f', 'x', []), [0]);
  assert.throws(() => v.rectangularShape('f', 'x', [[1, 2], [3]]), /f: x must be a rectangular array \(every row of the same length\); got a row of length 1 at x\[1\], the first has 2/);
  assert.throws(() => v.rectangularShape('f', 'x', [[[1], [2]], [[3], 4]]), /got a number at x\[1\]\[1\] where an array of 1 belongs/);
  assert.throws(() => v.rectangularShape('f', 'x', [1, [2]]), /got an array at x\[1\] where a number belongs/);
});

test('shown: values as messages print them', () => {
  assert.equal(v.shown(-5), '-5');
  assert.equal(v.shown('a'), '"a"');
  assert.equal(v.shown(undefined), 'undefined');
  assert.equal(v.shown([1, 2]), '[1,2]');
  assert.ok(v.shown('x'.repeat(200)).endsWith('...'));
});
