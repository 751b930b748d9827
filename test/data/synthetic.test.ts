import { test } from 'node:test';
import assert from 'node:assert/strict';
import { data } from '../../src';

const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;

test('linearWithNoise: seeded; the least-squares fit recovers slope and intercept', () => {
  const ds = data.linearWithNoise({ n: 2000, slope: 3, intercept: -1, noise: 0.3, seed: 5 });
  assert.deepEqual(ds, data.linearWithNoise({ n: 2000, slope: 3, intercept: -1, noise: 0.3, seed: 5 }));
  assert.notDeepEqual(ds.y, data.linearWithNoise({ n: 2000, slope: 3, intercept: -1, noise: 0.3, seed: 6 }).y);
  const xs = ds.x.map((r) => r[0]);
  const [mx, my] = [mean(xs), mean(ds.y)];
  const w = xs.reduce((s, x, i) => s + (x - mx) * (ds.y[i] - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  assert.ok(Math.abs(w - 3) < 0.05 && Math.abs(my - w * mx - -1) < 0.1);
  xs.forEach((x) => assert.ok(x >= 0 && x < 5));
});

test('linearWithOutliers: the chosen fraction is shifted upwards, the rest is the noisy line', () => {
  const clean = data.linearWithNoise({ n: 100, seed: 9 });
  const ds = data.linearWithOutliers({ n: 100, seed: 9, outlierFraction: 0.1, outlierShift: 20 });
  assert.equal(ds.isOutlier.filter(Boolean).length, 10);
  ds.y.forEach((v, i) => {
    const shift = v - clean.y[i];
    if (ds.isOutlier[i]) assert.ok(shift >= 10 && shift <= 20);
    else assert.equal(shift, 0);
  });
});

test('blobs and spirals: class sizes, labels and centres', () => {
  const b = data.blobs({ nPerClass: 400, centers: [[-2, 0], [2, 1]], std: 0.5 });
  assert.deepEqual(data.classCounts(b.y), [400, 400]);
  const first = b.x.filter((_, i) => b.y[i] === 0);
  assert.ok(Math.abs(mean(first.map((r) => r[0])) - -2) < 0.1 && Math.abs(mean(first.map((r) => r[1]))) < 0.1);
  const s = data.spirals({ nPerClass: 50, classes: 4 });
  assert.deepEqual(data.classCounts(s.y), [50, 50, 50, 50]);
  s.x.forEach(([x1, x2]) => assert.ok(Math.hypot(x1, x2) <= 1 + 1e-12));
  assert.throws(() => data.blobs({ centers: [[0, 0]] }), /blobs: need at least 2 centres; got 1/);
  assert.throws(() => data.spirals({ classes: 1 }), /classes must be an integer >= 2; got 1/);
});

test('imbalanced: exactly round(n * fraction) positives', () => {
  const ds = data.imbalanced({ n: 1000, positiveFraction: 0.05 });
  assert.deepEqual(data.classCounts(ds.y), [950, 50]);
  const pos = ds.x.filter((_, i) => ds.y[i] === 1);
  assert.ok(Math.abs(mean(pos.map((r) => r[0])) - 2) < 0.4);
  assert.throws(() => data.imbalanced({ n: 10, positiveFraction: 0.01 }), /must round to 1\.\.n-1 positives; got 0 of 10/);
});

test('poissonCounts: non-negative integers whose mean follows the rate', () => {
  const ds = data.poissonCounts({ n: 4000, weights: [0.5], intercept: 1, seed: 2 });
  ds.y.forEach((c) => assert.ok(Number.isInteger(c) && c >= 0));
  // E[y] = E[lambda] = e^1 * E[e^{0.5 x}], x ~ U(-1, 1): e * (e^0.5 - e^-0.5) / 1 = 2.8329 (hand integral)
  assert.ok(Math.abs(mean(ds.y) - Math.E * (Math.exp(0.5) - Math.exp(-0.5))) < 0.1);
  ds.rates.forEach((r, i) => assert.ok(Math.abs(r - Math.exp(1 + 0.5 * ds.x[i][0])) < 1e-12));
});
