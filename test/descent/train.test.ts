import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRng, descent } from '../../src';

const { train, linearModel, gradientDescent, modelObjective, squaredLoss, epochBatches } = descent;

/** y = 1 + 2x + noise, seeded. */
function lineData(n: number, seed = 3) {
  const rng = createRng(seed);
  const x = Array.from({ length: n }, () => [rng.uniform(-1, 1)]);
  const y = x.map(([v]) => 1 + 2 * v + rng.normal(0, 0.1));
  return { x, y };
}

/** Closed-form least squares for a line (hand-derived normal equations). */
function leastSquares({ x, y }: { x: number[][]; y: number[] }): [number, number] {
  const xs = x.map((r) => r[0]);
  const n = xs.length;
  const mx = xs.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  const w = xs.reduce((s, v, i) => s + (v - mx) * (y[i] - my), 0) / xs.reduce((s, v) => s + (v - mx) ** 2, 0);
  return [my - w * mx, w];
}

test('epochBatches: covers every example once; seeded', () => {
  assert.deepEqual(epochBatches(5, 2, undefined), [[0, 1], [2, 3], [4]]);
  const a = epochBatches(10, 3, createRng(1)).flat();
  assert.deepEqual([...a].sort((p, q) => p - q), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  assert.deepEqual(epochBatches(10, 3, createRng(1)), epochBatches(10, 3, createRng(1)));
});

test('train: full batch takes the same path as gradientDescent on the mean loss', () => {
  const data = lineData(20);
  const result = train(linearModel(), data, { learningRate: 0.1, epochs: 30, tolerance: 0 });
  const reference = gradientDescent(modelObjective(linearModel(), squaredLoss, data.x, data.y), {
    start: [0, 0], learningRate: 0.1, maxSteps: 30, tolerance: 0,
  });
  assert.equal(result.steps.length, 30);
  assert.equal(result.epochs.length, 31); // epoch 0 = the start
  result.steps.forEach((s, i) => {
    assert.ok(Math.abs(s.params[1] - reference.steps[i].params[1]) < 1e-12);
    assert.ok(Math.abs(s.loss - reference.steps[i].loss) < 1e-12);
  });
  assert.ok(Math.abs(result.params[0] - reference.params[0]) < 1e-12);
});

test('train: stochastic first step, derived by hand (no shuffling)', () => {
  // example 0: x = 2, y = 5; from (0, 0): gradient of (y - b - w x)^2 = [-10, -20]; lr 0.01 -> (0.1, 0.2)
  // example 1: x = 1, y = 1; yHat = 0.3, dl/dyHat = -1.4 -> gradient [-1.4, -1.4] -> (0.114, 0.214)
  const result = train(linearModel(), { x: [[2], [1]], y: [5, 1] }, {
    learningRate: 0.01, batchSize: 1, epochs: 1, shuffle: false,
  });
  assert.deepEqual(result.steps[0].gradient, [-10, -20]);
  assert.ok(Math.abs(result.steps[1].gradient[0] - -1.4) < 1e-12);
  assert.ok(Math.abs(result.params[0] - 0.114) < 1e-12 && Math.abs(result.params[1] - 0.214) < 1e-12);
});

test('train: batch, mini-batch and stochastic all reach the least-squares line', () => {
  const data = lineData(64);
  const [b, w] = leastSquares(data);
  for (const [batchSize, lr, tol] of [['full', 0.3, 1e-4], [8, 0.05, 0.02], [1, 0.01, 0.05]] as const) {
    const result = train(linearModel(), data, { learningRate: lr, batchSize, epochs: 200, tolerance: 0 });
    assert.ok(Math.abs(result.params[0] - b) < tol, `batch ${batchSize}: b ${result.params[0]} vs ${b}`);
    assert.ok(Math.abs(result.params[1] - w) < tol, `batch ${batchSize}: w ${result.params[1]} vs ${w}`);
  }
});

test('train: records per step and per epoch; seeded reproducibility', () => {
  const data = lineData(10);
  const options = { learningRate: 0.05, batchSize: 4, epochs: 3, seed: 7, tolerance: 0 };
  const a = train(linearModel(), data, options);
  assert.equal(a.steps.length, 9); // 3 batches (4, 4, 2) per epoch
  assert.deepEqual(a.steps.map((s) => s.epoch), [1, 1, 1, 2, 2, 2, 3, 3, 3]);
  assert.deepEqual(a.epochs.map((e) => e.steps), [0, 3, 6, 9]);
  assert.deepEqual(train(linearModel(), data, options), a);
  assert.notDeepEqual(train(linearModel(), data, { ...options, seed: 8 }).params, a.params);
  const limited = train(linearModel(), data, { ...options, maxSteps: 4 });
  assert.equal(limited.steps.length, 4);
  assert.equal(limited.stopReason, 'maxSteps');
});

test('train: a diverging run names the epoch and step', () => {
  const data = lineData(10);
  assert.throws(
    () => train(linearModel(), data, { learningRate: 5, batchSize: 2, epochs: 500 }),
    /^Error: train: the loss became (Infinity|NaN) at epoch \d+, step \d+/,
  );
});

test('train: bad input is a clear error', () => {
  assert.throws(() => train(linearModel(), { x: [], y: [] }), /train: the dataset is empty/);
  assert.throws(() => train(linearModel(), { x: [[1]], y: [1, 2] }), /train: x and y must have the same length; got 1 and 2/);
  assert.throws(() => train(linearModel(), { x: [[1]], y: [1] }, { start: [0] }), /start must have 2 parameters \(b, w1\); got 1/);
  assert.throws(() => train(linearModel(), { x: [[1]], y: [1] }, { batchSize: 0.5 }), /train: batchSize must be 'full' or an integer >= 1; got 0.5/);
  assert.throws(
    () => train(linearModel(), { x: [[1]], y: [1] }, { earlyStopping: { monitor: 'val_loss' } }),
    /monitors 'val_loss' but no validation data/,
  );
});

test('train: early stopping on val_loss stops and restores the best parameters', () => {
  // Training data follow y = 1 + 2x, validation data y = 0.5 + 2x: starting from b = 0, b passes the
  // validation optimum 0.5 on its way to 1, so val_loss falls, then rises (a stand-in for overfitting).
  const data = lineData(32);
  const validation = { x: data.x, y: data.x.map(([v]) => 0.5 + 2 * v) }; // best val at b near 0.5
  const result = train(linearModel(), data, {
    learningRate: 0.05, epochs: 200, validation, tolerance: 0,
    earlyStopping: { patience: 3, restoreBestWeights: true },
  });
  assert.equal(result.stopReason, 'earlyStopping');
  const valLosses = result.epochs.map((e) => e.valLoss as number);
  const bestEpoch = result.bestEpoch as number;
  assert.equal(valLosses[bestEpoch], Math.min(...valLosses.slice(1)));
  assert.equal(result.epochs.length - 1, bestEpoch + 3); // stopped after patience epochs without improvement
  assert.deepEqual(result.params, result.epochs[bestEpoch].params);
});
