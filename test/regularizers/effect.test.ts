import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRng, descent, regularizers } from '../../src';

/** y = 1 + 3 x1 - 2 x2 + noise; x3..x5 are irrelevant. Seeded. */
function sparseData() {
  const rng = createRng(21);
  const x = Array.from({ length: 200 }, () => Array.from({ length: 5 }, () => rng.normal(0, 1)));
  const y = x.map((r) => 1 + 3 * r[0] - 2 * r[1] + rng.normal(0, 0.5));
  return { x, y };
}

/**
 * Independent reference: the exact minimiser of mean((y - b - x.w)^2) + l2 * |w|^2 from its normal
 * equations [1, mean(x)'; mean(x), X'X/n + l2 I] [b; w] = [mean(y); X'y/n], by Gaussian elimination.
 */
function ridgeClosedForm({ x, y }: { x: number[][]; y: number[] }, l2: number): number[] {
  const n = x.length;
  const rows = x.map((r) => [1, ...r]);
  const d = rows[0].length;
  const a = Array.from({ length: d }, (_, i) =>
    [...Array.from({ length: d }, (_, j) => rows.reduce((s, r) => s + r[i] * r[j], 0) / n + (i === j && i > 0 ? l2 : 0)),
      rows.reduce((s, r, k) => s + r[i] * y[k], 0) / n]);
  for (let c = 0; c < d; c++) {
    const pivot = a.slice(c).reduce((best, r, k) => (Math.abs(r[c]) > Math.abs(a[best][c]) ? c + k : best), c);
    [a[c], a[pivot]] = [a[pivot], a[c]];
    for (let r = 0; r < d; r++) {
      if (r === c) continue;
      const f = a[r][c] / a[c][c];
      for (let k = c; k <= d; k++) a[r][k] -= f * a[c][k];
    }
  }
  return a.map((r, i) => r[d] / r[i]).slice(1);
}

const fit = (penalty?: regularizers.Penalty) =>
  descent.train(descent.linearModel(5), sparseData(), {
    learningRate: 0.05, epochs: 400, penalty, tolerance: 0, recordSteps: false,
  }).params.slice(1); // the weights w1..w5 (the bias b is not penalised)

test('L1 drives irrelevant weights to (almost exactly) zero; L2 shrinks every weight', () => {
  const plain = fit();
  const lasso = fit(regularizers.l1(0.2));
  const ridge = fit(regularizers.l2(0.2));
  // without a penalty the irrelevant weights are small but not zero (they fit the noise)
  assert.ok(plain.slice(2).some((w) => Math.abs(w) > 0.005), `plain ${plain}`);
  // full-batch subgradient steps leave L1 weights oscillating within lr * l1 = 0.01 of zero
  lasso.slice(2).forEach((w) => assert.ok(Math.abs(w) <= 0.01, `lasso ${lasso}`));
  assert.ok(Math.abs(lasso[0]) > 2 && Math.abs(lasso[1]) > 1, `lasso keeps the real effects: ${lasso}`);
  // descent lands on the exact minimisers, with and without the L2 penalty
  const exactPlain = ridgeClosedForm(sparseData(), 0);
  const exactRidge = ridgeClosedForm(sparseData(), 0.2);
  plain.forEach((w, i) => assert.ok(Math.abs(w - exactPlain[i]) < 1e-6, `plain ${plain} vs ${exactPlain}`));
  ridge.forEach((w, i) => assert.ok(Math.abs(w - exactRidge[i]) < 1e-6, `ridge ${ridge} vs ${exactRidge}`));
  // L2 shrinks the weight vector, yet sets none to zero
  const norm = (w: number[]) => Math.hypot(...w);
  assert.ok(norm(ridge) < 0.9 * norm(plain), `|ridge| ${norm(ridge)} vs |plain| ${norm(plain)}`);
  ridge.forEach((w) => assert.ok(Math.abs(w) > 0.01));
});
