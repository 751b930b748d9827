import { test } from 'node:test';
import assert from 'node:assert/strict';
import { data } from '../../src';

const close = (a: number, b: number, tol = 1e-9) => Math.abs(a - b) < tol;

test('iris: 150 rows, 50 per species, 4 features', () => {
  const flowers = data.iris();
  assert.equal(flowers.x.length, 150);
  assert.deepEqual(data.classCounts(flowers.y), [50, 50, 50]);
  assert.deepEqual(flowers.classNames, ['setosa', 'versicolor', 'virginica']);
  flowers.x.forEach((row) => assert.equal(row.length, 4));
});

test("iris: per-species means and standard deviations match R's datasets::iris", () => {
  // Reference: R, aggregate(. ~ Species, iris, mean) and sd (the values quoted in countless tutorials):
  // setosa 5.006 3.428 1.462 0.246; versicolor 5.936 2.770 4.260 1.326; virginica 6.588 2.974 5.552 2.026
  // sd setosa Sepal.Length 0.3524897, versicolor Petal.Length 0.4699110, virginica Petal.Width 0.2746501
  const means = [[5.006, 3.428, 1.462, 0.246], [5.936, 2.77, 4.26, 1.326], [6.588, 2.974, 5.552, 2.026]];
  const flowers = data.iris();
  const rowsOf = (k: number) => flowers.x.filter((_, i) => flowers.y[i] === k);
  means.forEach((expected, k) => {
    const rows = rowsOf(k);
    expected.forEach((m, j) => assert.ok(close(rows.reduce((s, r) => s + r[j], 0) / 50, m), `class ${k} feature ${j}`));
  });
  const sd = (values: number[]) => {
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    return Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1));
  };
  assert.ok(close(sd(rowsOf(0).map((r) => r[0])), 0.3524897, 1e-7));
  assert.ok(close(sd(rowsOf(1).map((r) => r[2])), 0.469911, 1e-6));
  assert.ok(close(sd(rowsOf(2).map((r) => r[3])), 0.2746501, 1e-7));
  // overall column sums (R: colSums(iris[1:4])): 876.5 458.6 563.7 179.9
  [876.5, 458.6, 563.7, 179.9].forEach((sum, j) => assert.ok(close(flowers.x.reduce((s, r) => s + r[j], 0), sum, 1e-9)));
  // the two rows UCI's file gets wrong, as printed in Fisher's paper
  assert.deepEqual(flowers.x[34], [4.9, 3.1, 1.5, 0.2]);
  assert.deepEqual(flowers.x[37], [4.9, 3.6, 1.4, 0.1]);
});

test('iris: each call returns a fresh copy', () => {
  const a = data.iris();
  a.x[0][0] = 99;
  assert.equal(data.iris().x[0][0], 5.1);
});
