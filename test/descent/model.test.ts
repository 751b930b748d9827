import { test } from 'node:test';
import assert from 'node:assert/strict';
import { descent } from '../../src';

const { linearModel, parametricModel, numericalGradient } = descent;

test('linearModel: the line y = b + w1 x1, hand-computed', () => {
  const line = linearModel();
  assert.deepEqual(line.paramNames, ['b', 'w1']);
  assert.equal(line.predict([1, 2], [3]), 7); // 1 + 2 * 3
  assert.deepEqual(line.paramGradient([1, 2], [3]), [1, 3]);
  assert.deepEqual(line.penalized, [false, true]);
});

test('linearModel: several features; analytic dy/dtheta matches central differences', () => {
  const model = linearModel(3);
  const params = [0.5, -1, 2, 0.25];
  const x = [1.5, -2, 4];
  assert.equal(model.predict(params, x), 0.5 - 1.5 - 4 + 1); // hand sum
  const numeric = numericalGradient((p) => model.predict(p, x), params);
  model.paramGradient(params, x).forEach((g, i) => assert.ok(Math.abs(g - numeric[i]) < 1e-8));
});

test('linearModel: wrong feature count and bad numFeatures are clear errors', () => {
  assert.throws(() => linearModel(2).predict([0, 1, 1], [1]), /linearModel: expected 2 feature\(s\) per example; got 1/);
  assert.throws(() => linearModel(0), /numFeatures must be an integer >= 1; got 0/);
});

test('parametricModel: without paramGradient, derivatives come from central differences', () => {
  const parabola = parametricModel({ paramNames: ['a', 'c'], predict: ([a, c], [x]) => a * x * x + c });
  // d/da (a x^2 + c) = x^2 = 4, d/dc = 1 at x = 2
  const g = parabola.paramGradient([3, 1], [2]);
  assert.ok(Math.abs(g[0] - 4) < 1e-6 && Math.abs(g[1] - 1) < 1e-6);
  assert.deepEqual(parabola.penalized, [true, true]);
  assert.throws(
    () => parametricModel({ paramNames: ['a'], predict: () => 0, penalized: [true, false] }),
    /penalized must have one entry per parameter \(1\); got 2/,
  );
});
