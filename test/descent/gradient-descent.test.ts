import { test } from 'node:test';
import assert from 'node:assert/strict';
import { descent } from '../../src';

const { gradientDescent, modelObjective, linearModel, squaredLoss, stopReason, pathColumns } = descent;

/** Closed-form least squares for a line (normal equations, derived by hand): the bottom of the bowl. */
function leastSquaresLine(x: number[], y: number[]): [number, number] {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  const sxy = x.reduce((s, v, i) => s + (v - mx) * (y[i] - my), 0);
  const sxx = x.reduce((s, v) => s + (v - mx) ** 2, 0);
  const w = sxy / sxx;
  return [my - w * mx, w];
}

const xs = [0, 1, 2, 3, 4];
const ys = [1.2, 2.8, 5.1, 7.0, 8.9];

test('gradientDescent: the first steps on the line, derived by hand', () => {
  // From (b, w) = (0, 0): yHat = 0, so dL/db = mean(-2y) = -2 * 25 / 5 = -10 and
  // dL/dw = mean(-2xy) = -2 * (0 + 2.8 + 10.2 + 21 + 35.6) / 5 = -27.84; lr 0.01 -> (0.1, 0.2784)
  const bowl = modelObjective(linearModel(), squaredLoss, xs.map((v) => [v]), ys);
  const path = gradientDescent(bowl, { start: [0, 0], learningRate: 0.01, maxSteps: 1 });
  assert.equal(path.steps.length, 2);
  const [g0, g1] = path.steps[0].gradient;
  assert.ok(Math.abs(g0 - -10) < 1e-12);
  assert.ok(Math.abs(g1 - -27.84) < 1e-12);
  assert.ok(Math.abs(path.steps[1].params[0] - 0.1) < 1e-12);
  assert.ok(Math.abs(path.steps[1].params[1] - 0.2784) < 1e-12);
  // loss at the start: mean(y^2) = (1.44 + 7.84 + 26.01 + 49 + 79.21) / 5 = 32.7
  assert.ok(Math.abs(path.steps[0].loss - 32.7) < 1e-12);
  assert.equal(path.stopReason, 'maxSteps');
});

test('gradientDescent: converges to the closed-form least-squares line', () => {
  const bowl = modelObjective(linearModel(), squaredLoss, xs.map((v) => [v]), ys);
  const path = gradientDescent(bowl, { start: [0, 0], learningRate: 0.05, maxSteps: 5000, tolerance: 1e-15 });
  const [b, w] = leastSquaresLine(xs, ys);
  assert.equal(path.stopReason, 'converged');
  assert.ok(Math.abs(path.params[0] - b) < 1e-5, `b ${path.params[0]} vs ${b}`);
  assert.ok(Math.abs(path.params[1] - w) < 1e-5, `w ${path.params[1]} vs ${w}`);
  // the loss never increases with a small enough learning rate on a convex bowl
  path.steps.slice(1).forEach((s, i) => assert.ok(s.loss <= path.steps[i].loss + 1e-12));
});

test('gradientDescent: a too-large learning rate diverges with a clear error', () => {
  const parabola = { value: ([w]: readonly number[]) => w * w, gradient: ([w]: readonly number[]) => [2 * w] };
  // lr = 1.5: w <- w - 3w = -2w, |w| doubles each step until it overflows
  assert.throws(
    () => gradientDescent(parabola, { start: [1], learningRate: 1.5, maxSteps: 5000 }),
    /gradientDescent: the loss became Infinity at epoch 0, step \d+; the updates diverged/,
  );
  // lr = 0.25 halves w each step: hand-derived
  const path = gradientDescent(parabola, { start: [1], learningRate: 0.25, maxSteps: 3 });
  assert.deepEqual(path.steps.map((s) => s.params[0]), [1, 0.5, 0.25, 0.125]);
});

test('stopReason and pathColumns', () => {
  assert.equal(stopReason(undefined, 1, 0), undefined);
  assert.equal(stopReason(1, 1 - 1e-12, 3, { tolerance: 1e-9 }), 'converged');
  assert.equal(stopReason(2, 1, 10, { maxSteps: 10 }), 'maxSteps');
  const parabola = { value: ([w]: readonly number[]) => w * w, gradient: ([w]: readonly number[]) => [2 * w] };
  const path = gradientDescent(parabola, { start: [1], learningRate: 0.25, maxSteps: 2 });
  assert.deepEqual(pathColumns(path, ['w']), { step: [0, 1, 2], loss: [1, 0.25, 0.0625], w: [1, 0.5, 0.25] });
  assert.throws(() => gradientDescent(parabola, { start: [1], learningRate: 0 }), /gradientDescent: learningRate must be a finite number > 0; got 0/);
});
