import { test } from 'node:test';
import assert from 'node:assert/strict';
import { descent } from '../../src';

const { numericalGradient, checkGradient } = descent;

test('numericalGradient: hand-derived partial derivatives', () => {
  // f = x^2 y + sin(y): df/dx = 2xy = 12, df/dy = x^2 + cos(y) at (2, 3)
  const g = numericalGradient(([x, y]) => x * x * y + Math.sin(y), [2, 3]);
  assert.ok(Math.abs(g[0] - 12) < 1e-8);
  assert.ok(Math.abs(g[1] - (4 + Math.cos(3))) < 1e-8);
});

test('numericalGradient: central differences are exact for a quadratic (error O(eps^2) has no eps^2 term)', () => {
  const g = numericalGradient(([w]) => 3 * w * w - w, [0.7], 0.1);
  assert.ok(Math.abs(g[0] - (6 * 0.7 - 1)) < 1e-12);
});

test('checkGradient: a correct gradient passes, a wrong one is pointed at', () => {
  const f = ([a, b]: number[]) => a * a + 10 * a * b;
  const good = checkGradient(f, ([a, b]) => [2 * a + 10 * b, 10 * a], [1, -2]);
  assert.equal(good.ok, true);
  assert.match(good.message, /^✅ gradient matches/);
  const bad = checkGradient(f, ([a, b]) => [2 * a + 10 * b, 5 * a], [1, -2]); // forgot a factor 2
  assert.equal(bad.ok, false);
  assert.equal(bad.rows[0].ok, true);
  assert.equal(bad.rows[1].ok, false);
  assert.match(bad.message, /❌ gradient differs/);
  assert.match(bad.message, /\[1\] analytic 5\.000000, numerical 10\.00000.*<-- differs/);
});

test('checkGradient: a gradient of the wrong length is a clear error', () => {
  assert.throws(
    () => checkGradient(([a]) => a, () => [1, 2], [0]),
    /checkGradient: grad must return one number per coordinate \(1\); got 2/,
  );
});
