import { test } from 'node:test';
import assert from 'node:assert/strict';
import { data } from '../../src';

const close = (a: number, b: number, tol = 1e-12) => Math.abs(a - b) < tol;

test('fitMinMax: hand-computed scaling; inverse undoes it; constant columns only shift', () => {
  const scaler = data.fitMinMax([[0, 10, 3], [5, 20, 3], [10, 30, 3]]);
  assert.deepEqual(scaler.stats, { min: [0, 10, 3], max: [10, 30, 3] });
  assert.deepEqual(scaler.transform([[5, 40, 4]]), [[0.5, 1.5, 1]]); // (5-0)/10, (40-10)/20, (4-3)/1
  assert.deepEqual(scaler.inverse(scaler.transform([[2, 12, 3]])), [[2, 12, 3]]);
  const ranged = data.fitMinMax([[0], [10]], { range: [-1, 1] });
  assert.deepEqual(ranged.transform([[0], [5], [10]]), [[-1], [0], [1]]);
  assert.throws(() => scaler.transform([[1, 2]]), /minMax\.transform: row 0 has 2 features; fitted on 3/);
});

test('fitZScore: hand-computed mean and population standard deviation', () => {
  // column [2, 4, 4, 4, 5, 5, 7, 9]: mean 5, population sd 2 (the classic textbook example)
  const x = [2, 4, 4, 4, 5, 5, 7, 9].map((v) => [v, 1]);
  const scaler = data.fitZScore(x);
  assert.deepEqual(scaler.stats, { mean: [5, 1], std: [2, 0] });
  assert.deepEqual(scaler.transform([[9, 1], [3, 2]]), [[2, 0], [-1, 1]]);
});

test('normalizeSplits: statistics come from the training split only (no leakage)', () => {
  const splits = data.trainValTestSplit(data.iris(), { seed: 11 });
  for (const method of ['zScore', 'minMax'] as const) {
    const { splits: scaled, scaler } = data.normalizeSplits(splits, method);
    const own = method === 'zScore' ? data.fitZScore(splits.train.x) : data.fitMinMax(splits.train.x);
    const whole = method === 'zScore' ? data.fitZScore(data.iris().x) : data.fitMinMax(data.iris().x);
    assert.deepEqual(scaler.stats, own.stats);
    assert.notDeepEqual(scaler.stats, whole.stats);
    // the training split is exactly standardised / in [0, 1]; the test split is not forced to be
    for (let j = 0; j < 4; j++) {
      const col = scaled.train.x.map((r) => r[j]);
      if (method === 'zScore') {
        const m = col.reduce((s, v) => s + v, 0) / col.length;
        const sd = Math.sqrt(col.reduce((s, v) => s + (v - m) ** 2, 0) / col.length);
        assert.ok(close(m, 0, 1e-12) && close(sd, 1, 1e-12));
      } else {
        assert.ok(close(Math.min(...col), 0) && close(Math.max(...col), 1));
      }
    }
    assert.deepEqual(scaled.test.x, own.transform(splits.test.x));
    assert.deepEqual(scaled.validation.y, splits.validation.y);
  }
});
