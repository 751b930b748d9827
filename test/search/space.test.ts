/** Grid and random configurations, and the seeded folds. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRng, search } from '../../src';

test('gridConfigs is the Cartesian product, last key fastest', () => {
  const configs = search.gridConfigs({ learningRate: [0.01, 0.1], optimizer: ['sgd', 'adam', 'rmsprop'] });
  assert.equal(configs.length, 6);
  assert.deepEqual(configs.slice(0, 4), [
    { learningRate: 0.01, optimizer: 'sgd' },
    { learningRate: 0.01, optimizer: 'adam' },
    { learningRate: 0.01, optimizer: 'rmsprop' },
    { learningRate: 0.1, optimizer: 'sgd' },
  ]);
});

test('an empty grid, an empty list or a distribution in a grid are clear errors', () => {
  assert.throws(() => search.gridConfigs({}), /gridSearch: the search space is empty/);
  assert.throws(() => search.gridConfigs({ learningRate: [] }), /gridSearch: 'learningRate' has no values to try; got \[\]/);
  assert.throws(
    () => search.gridConfigs({ learningRate: { logUniform: [1e-3, 1] } } as never),
    /'learningRate' must be a list of values \(distributions are for randomSearch\)/,
  );
});

test('randomConfigs: same seed same draws; draws stay in their ranges', () => {
  const space = { learningRate: { logUniform: [1e-4, 1e-1] as [number, number] }, batchSize: [8, 16, 32], units: { intUniform: [2, 5] as [number, number] } };
  const a = search.randomConfigs(space, 200, createRng(3));
  assert.deepEqual(a, search.randomConfigs(space, 200, createRng(3)));
  assert.notDeepEqual(a, search.randomConfigs(space, 200, createRng(4)));
  for (const c of a) {
    assert.ok((c.learningRate as number) >= 1e-4 && (c.learningRate as number) < 1e-1);
    assert.ok([8, 16, 32].includes(c.batchSize as number));
    assert.ok(Number.isInteger(c.units) && (c.units as number) >= 2 && (c.units as number) <= 5);
  }
  // log-uniform: about as many draws in [1e-4, 1e-3) as in [1e-2, 1e-1) (a third each; loose bound)
  const low = a.filter((c) => (c.learningRate as number) < 1e-3).length;
  const high = a.filter((c) => (c.learningRate as number) >= 1e-2).length;
  assert.ok(low > 40 && high > 40, `low ${low}, high ${high}`);
  assert.equal(new Set(a.map((c) => c.units)).size, 4); // 2, 3, 4 and 5 all drawn
});

test('randomConfigs: bad ranges and trial counts are clear errors', () => {
  const rng = createRng(1);
  assert.throws(() => search.randomConfigs({ lr: { logUniform: [0, 1] } }, 3, rng), /'lr' needs 0 < low <= high; got \[0, 1\]/);
  assert.throws(() => search.randomConfigs({ lr: { uniform: [2, 1] } }, 3, rng), /'lr' needs finite low <= high/);
  assert.throws(() => search.randomConfigs({ lr: [0.1] }, 0, rng), /trials must be an integer >= 1; got 0/);
  assert.throws(() => search.randomConfigs({}, 3, rng), /randomSearch: the search space is empty/);
});

test('makeFolds: k folds partition the rows, sizes as scikit-learn KFold', () => {
  // sklearn.model_selection.KFold docs: "The first n_samples % n_splits folds have size
  // n_samples // n_splits + 1, other folds have size n_samples // n_splits": 10 rows, 3 folds → 4, 3, 3.
  const folds = search.makeFolds(10, { folds: 3 }, 7);
  assert.deepEqual(folds.map((f) => f.val.length), [4, 3, 3]);
  assert.deepEqual(folds.flatMap((f) => f.val).sort((x, y) => x - y), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  for (const f of folds) {
    assert.equal(f.train.length + f.val.length, 10);
    assert.ok(f.val.every((i) => !f.train.includes(i)));
  }
  assert.deepEqual(folds, search.makeFolds(10, { folds: 3 }, 7));
  assert.notDeepEqual(folds, search.makeFolds(10, { folds: 3 }, 8));
});

test('makeFolds: a validation split holds out round(n * fraction) rows', () => {
  const [fold] = search.makeFolds(10, { split: 0.25 }, 1);
  assert.equal(fold.val.length, 3); // round(2.5) = 3
  assert.equal(fold.train.length, 7);
  assert.throws(() => search.makeFolds(10, { split: 1.2 }, 1), /validation.split must be in \(0, 1\)/);
  assert.throws(() => search.makeFolds(10, { folds: 11 }, 1), /validation.folds must be an integer in \[2, 10\]/);
  assert.throws(() => search.makeFolds(0, { folds: 2 }, 1), /need at least 2 examples to validate; got 0/);
});
