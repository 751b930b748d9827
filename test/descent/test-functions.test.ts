import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, tf, descent, optimizers } from '../../src';

const { testFunctions, checkGradient, bowl, rosenbrock, beale, saddle, illConditioned, runOptimizer, gradientDescent } = descent;

test('test functions: analytic gradients match central differences at several points', () => {
  const points = [[0.3, -0.7], [-1.2, 1.9], [2.5, 0.4], [1, 1]];
  for (const fn of testFunctions()) {
    for (const p of points) {
      const report = checkGradient((q) => fn.value(q), (q) => fn.gradient(q), p, { tolerance: 1e-6 });
      assert.ok(report.ok, `${fn.name} at ${p}\n${report.message}`);
    }
  }
});

test('test functions: known minima have the known value and a zero gradient', () => {
  // Rosenbrock (1, 1) and Beale (3, 0.5): the standard values, f = 0 (e.g. Wikipedia "Test functions for optimization")
  assert.equal(rosenbrock.value([1, 1]), 0);
  assert.ok(Math.abs(beale.value([3, 0.5])) < 1e-15);
  assert.equal(beale.value([0, 0]), 1.5 ** 2 + 2.25 ** 2 + 2.625 ** 2); // hand: 14.203125
  for (const fn of testFunctions()) {
    for (const m of [...fn.minima, ...fn.saddlePoints]) {
      fn.gradient(m).forEach((g) => assert.ok(Math.abs(g) < 1e-12, `${fn.name} gradient at ${m}`));
    }
    const [x, y] = fn.start;
    assert.ok(x >= fn.xRange[0] && x <= fn.xRange[1] && y >= fn.yRange[0] && y <= fn.yRange[1], fn.name);
  }
  assert.equal(saddle.minimumValue, -Infinity);
});

test('test functions: the tensor value equals the plain value', async () => {
  await setup({ backend: 'cpu', verbose: false });
  for (const fn of testFunctions()) {
    const p = [0.8, -1.3];
    const t = tf.tensor1d(p);
    const v = tf.tidy(() => fn.tensorValue(t).arraySync() as number);
    t.dispose();
    assert.ok(Math.abs(v - fn.value(p)) < 1e-4 * Math.max(1, Math.abs(v)), `${fn.name}: ${v} vs ${fn.value(p)}`);
  }
});

test('runOptimizer: tf.train.sgd makes the hand-derived steps; nothing leaks', async () => {
  await setup({ backend: 'cpu', verbose: false });
  const before = tf.memory().numTensors;
  // bowl gradient at (-1.5, 1.2) is (-3, 2.4); lr 0.1 -> (-1.2, 0.96)
  const sgd = tf.train.sgd(0.1);
  const run = runOptimizer(sgd, bowl, { steps: 2 });
  assert.equal(run.points.length, 3);
  assert.ok(Math.abs(run.points[1][0] - -1.2) < 1e-6 && Math.abs(run.points[1][1] - 0.96) < 1e-6);
  assert.ok(Math.abs(run.points[2][0] - -0.96) < 1e-6); // each step multiplies by 1 - 2 * 0.1
  assert.ok(Math.abs(run.values[1] - (1.44 + 0.9216)) < 1e-5);
  for (let i = 0; i < 5; i++) runOptimizer(sgd, rosenbrock, { steps: 5 });
  sgd.dispose(); // tfjs' SGD keeps its learning rate as a scalar tensor
  assert.equal(tf.memory().numTensors, before);
  const adam = tf.train.adam(0.1);
  runOptimizer(adam, beale, { steps: 5 });
  adam.dispose();
  assert.equal(tf.memory().numTensors, before);
});

test('runOptimizer with recordState: the optimizer\'s own state after each step', async () => {
  await setup({ backend: 'cpu', verbose: false });
  // bowl gradient at the start (-1.5, 1.2) is (-3, 2.4). Adam (Keras 3): m1 = 0.1 g, v1 = 0.001 g^2.
  const run = runOptimizer(new optimizers.Adam({ learningRate: 0.1 }), bowl, { steps: 2, recordState: true });
  assert.equal(run.states?.length, 2);
  assert.equal(run.states?.[0].t, 1);
  const [m1, v1] = [run.states?.[0].m as number[], run.states?.[0].v as number[]];
  assert.ok(Math.abs(m1[0] - -0.3) < 1e-6 && Math.abs(m1[1] - 0.24) < 1e-6, `m1 = ${m1}`);
  assert.ok(Math.abs(v1[0] - 0.009) < 1e-7 && Math.abs(v1[1] - 0.00576) < 1e-7, `v1 = ${v1}`);
  assert.equal(run.states?.[1].t, 2);
  // Adagrad keeps s = 0.1 + sum of g^2.
  const adagrad = runOptimizer(new optimizers.Adagrad({ learningRate: 0.1 }), bowl, { steps: 1, recordState: true });
  assert.ok(Math.abs((adagrad.states?.[0].s as number[])[0] - 9.1) < 1e-5);
  // Without the option, or with tfjs' own optimizers, there is no state to record.
  assert.equal(runOptimizer(new optimizers.Adam(), bowl, { steps: 1 }).states, undefined);
  const sgd = tf.train.sgd(0.1);
  assert.equal(runOptimizer(sgd, bowl, { steps: 1, recordState: true }).states, undefined);
  sgd.dispose();
});

test('runOptimizer and gradientDescent agree on the ill-conditioned quadratic', async () => {
  await setup({ backend: 'cpu', verbose: false });
  const fn = illConditioned(10);
  const run = runOptimizer(tf.train.sgd(0.05), fn, { steps: 20 });
  const plain = gradientDescent(fn, { start: fn.start, learningRate: 0.05, maxSteps: 20, tolerance: 0 });
  run.points.forEach((p, i) => {
    assert.ok(Math.abs(p[0] - plain.steps[i].params[0]) < 1e-5 && Math.abs(p[1] - plain.steps[i].params[1]) < 1e-5);
  });
  const adam = tf.train.adam(0.05);
  const far = runOptimizer(adam, bowl, { steps: 300 });
  adam.dispose();
  assert.ok(far.values[far.values.length - 1] < 1e-3);
  assert.throws(() => runOptimizer(tf.train.sgd(0.1), bowl, { start: [1] }), /start must have 2 coordinates; got 1/);
});
