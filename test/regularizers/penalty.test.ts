import { test } from 'node:test';
import assert from 'node:assert/strict';
import { regularizers, descent } from '../../src';

const { l1, l2, l1l2 } = regularizers;

test('penalties: hand-computed values and gradients', () => {
  const w = [1, -2, 0, 0.5];
  // l1: 0.1 * (1 + 2 + 0 + 0.5) = 0.35; l2: 0.5 * (1 + 4 + 0 + 0.25) = 2.625
  assert.ok(Math.abs(l1(0.1).value(w) - 0.35) < 1e-12);
  assert.ok(Math.abs(l2(0.5).value(w) - 2.625) < 1e-12);
  assert.ok(Math.abs(l1l2({ l1: 0.1, l2: 0.5 }).value(w) - 2.975) < 1e-12);
  assert.deepEqual(l1(0.1).gradient(w), [0.1, -0.1, 0, 0.1]); // subgradient 0 at 0
  assert.deepEqual(l2(0.5).gradient(w), [1, -2, 0, 0.5]); // 2 * 0.5 * w
  assert.deepEqual([l1().l1, l2().l2, l1l2().l1, l1l2().l2], [0.01, 0.01, 0.01, 0.01]); // tfjs defaults
  assert.deepEqual([l1().name, l2().name, l1l2().name], ['l1', 'l2', 'l1l2']);
});

test('penalties: gradients match central differences away from the kink', () => {
  const p = l1l2({ l1: 0.3, l2: 0.7 });
  const report = descent.checkGradient((w) => p.value(w), (w) => p.gradient(w), [0.4, -1.3, 2.2]);
  assert.ok(report.ok, report.message);
  assert.throws(() => l1l2({ l1: -1 }), /l1l2: l1 must be a finite number >= 0; got -1/);
});
