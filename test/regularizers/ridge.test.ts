/** ridge: the closed-form L2 fit, against hand-derived cases and the converged hand-written descent. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { regularizers, descent } from '../../src';

const close = (a: number, b: number, tol = 1e-9) => assert.ok(Math.abs(a - b) <= tol, `${a} vs ${b}`);

test('one feature by hand: x = (-1, 1), y = (-2, 2): C = 1, c = 2, so w = 2 / (1 + lambda)', () => {
  for (const lambda of [0, 1, 3]) {
    const fit = regularizers.ridge([[-1], [1]], [-2, 2], lambda);
    close(fit.weights[0], 2 / (1 + lambda));
    close(fit.bias, 0);
  }
  // the bias is not penalised: shifting y by 5 moves only the bias
  const shifted = regularizers.ridge([[-1], [1]], [3, 7], 1);
  close(shifted.weights[0], 1);
  close(shifted.bias, 5);
});

test('two correlated features by hand: L2 moves weight from w1 to w2 (w2 grows), shrinking each principal direction by s/(s + lambda)', () => {
  // rows ±(1, 1) and ±(t, -t) give C = [[(1+t²)/2, (1-t²)/2], [(1-t²)/2, (1+t²)/2]], eigenvalues 1 (along (1,1)) and t² (along (1,-1)).
  const t = 0.5;
  const x = [[1, 1], [-1, -1], [t, -t], [-t, t]];
  const y = x.map(([a]) => 3 * a); // least squares: w = (3, 0)
  const ols = regularizers.ridge(x, y, 0);
  close(ols.weights[0], 3);
  close(ols.weights[1], 0);
  const lambda = 0.25;
  const fit = regularizers.ridge(x, y, lambda);
  // components of (3, 0) along u1 = (1,1)/√2 and u2 = (1,-1)/√2 are 3/√2 each; shrink by 1/1.25 and 0.25/0.5
  const [p1, p2] = [(3 / Math.SQRT2) * (1 / (1 + lambda)), (3 / Math.SQRT2) * (t * t / (t * t + lambda))];
  close(fit.weights[0], (p1 + p2) / Math.SQRT2);
  close(fit.weights[1], (p1 - p2) / Math.SQRT2);
  close(fit.weights[1], 0.45); // grows from 0: 3 (0.8 - 0.5) / 2
  close(fit.weights[0], 1.95); // 3 (0.8 + 0.5) / 2
});

test('the hand-written descent with regularizers.l2 converges to the closed form', () => {
  const x = [[0.5, 1.2], [-1, 0.3], [1.5, -0.7], [0.1, 0.9], [-0.6, -1.1]];
  const y = [1.1, -0.4, 2.3, 0.2, -1.5];
  const lambda = 0.3;
  const fit = regularizers.ridge(x, y, lambda);
  const run = descent.train(descent.linearModel(2), { x, y }, { learningRate: 0.1, epochs: 5000, penalty: regularizers.l2(lambda), recordSteps: false, tolerance: 0 });
  close(run.params[0], fit.bias, 1e-6);
  close(run.params[1], fit.weights[0], 1e-6);
  close(run.params[2], fit.weights[1], 1e-6);
});

test('bad input is a named error', () => {
  assert.throws(() => regularizers.ridge([], [], 1), /ridge: x and y must be non-empty/);
  assert.throws(() => regularizers.ridge([[1]], [1], -1), /ridge: lambda must be a number >= 0; got -1/);
  assert.throws(() => regularizers.ridge([[1, 1], [2, 2]], [1, 2], 0), /linearly dependent/);
});
