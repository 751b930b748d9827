import { test } from 'node:test';
import assert from 'node:assert/strict';
import { data, setup, tf } from '../../src';

test('trainValTestSplit: sizes, disjoint, covers every row, seeded', () => {
  const ds = data.linearWithNoise({ n: 103 });
  const s = data.trainValTestSplit(ds, { validation: 0.2, test: 0.1, seed: 3 });
  assert.deepEqual([s.train.x.length, s.validation.x.length, s.test.x.length], [72, 21, 10]);
  const all = [...s.indices.train, ...s.indices.validation, ...s.indices.test].sort((a, b) => a - b);
  assert.deepEqual(all, Array.from({ length: 103 }, (_, i) => i));
  s.indices.test.forEach((row, k) => assert.equal(s.test.y[k], ds.y[row]));
  assert.deepEqual(data.trainValTestSplit(ds, { validation: 0.2, test: 0.1, seed: 3 }).indices, s.indices);
  assert.notDeepEqual(data.trainValTestSplit(ds, { validation: 0.2, test: 0.1, seed: 4 }).indices, s.indices);
});

test('kFold: every row validates exactly once; folds differ by at most one row', () => {
  const ds = data.linearWithNoise({ n: 23 });
  const folds = data.kFold(ds, { k: 5, seed: 1 });
  assert.deepEqual(folds.map((f) => f.validation.x.length), [5, 5, 5, 4, 4]);
  const seen = folds.flatMap((f) => f.indices.validation).sort((a, b) => a - b);
  assert.deepEqual(seen, Array.from({ length: 23 }, (_, i) => i));
  folds.forEach((f) => {
    assert.equal(f.train.x.length + f.validation.x.length, 23);
    assert.ok(f.indices.train.every((i) => !f.indices.validation.includes(i)));
  });
  assert.deepEqual(data.kFold(ds, { k: 5, seed: 1 }).map((f) => f.indices), folds.map((f) => f.indices));
});

test('bad input: empty datasets, mismatched counts, impossible splits', () => {
  const empty = { name: 'empty', x: [], y: [], featureNames: ['x'] };
  assert.throws(() => data.trainValTestSplit(empty), /trainValTestSplit: the dataset is empty \(0 rows\)/);
  assert.throws(() => data.kFold(empty), /kFold: the dataset is empty/);
  const mismatched = { name: 'bad', x: [[1], [2], [3]], y: [1, 2], featureNames: ['x'] };
  assert.throws(() => data.trainValTestSplit(mismatched), /x and y must have the same number of rows; got 3 and 2/);
  assert.throws(() => data.toTensors(mismatched), /toTensors: x and y must have the same number of rows; got 3 and 2/);
  assert.throws(() => data.fitZScore([]), /fitZScore: the dataset is empty/);
  assert.throws(() => data.checkDataset('f', { x: [[1, 2], [3]], y: [0, 1] }), /f: row 1 has 1 features; expected 2/);
  assert.throws(() => data.checkDataset('f', { x: [[NaN]], y: [0] }), /f: row 0 holds a non-finite value/);
  const tiny = data.linearWithNoise({ n: 3 });
  assert.throws(() => data.trainValTestSplit(tiny, { validation: 0.5, test: 0.4 }), /no rows left for training/);
  assert.throws(() => data.kFold(tiny, { k: 4 }), /k must not exceed the number of rows; got k = 4 for 3 rows/);
});

test('toTensors: shapes, one-hot targets, nothing leaks', async () => {
  await setup({ backend: 'cpu', verbose: false });
  const before = tf.memory().numTensors;
  for (let i = 0; i < 3; i++) {
    const { x, y } = data.toTensors(data.iris(), { oneHot: true });
    assert.deepEqual(x.shape, [150, 4]);
    assert.deepEqual(y.shape, [150, 3]);
    assert.deepEqual((y.arraySync() as number[][])[149], [0, 0, 1]);
    tf.dispose([x, y]);
    const r = data.toTensors(data.linearWithNoise({ n: 7 }));
    assert.deepEqual(r.y.shape, [7, 1]);
    tf.dispose([r.x, r.y]);
  }
  assert.equal(tf.memory().numTensors, before);
});
