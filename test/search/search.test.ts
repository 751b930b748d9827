/** runSearch / gridSearch / randomSearch with a user-supplied train function (hand-derived scores). */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { setup, tf, search, getSeed, data as datasets } from '../../src';
import type { SearchConfig, TensorData } from '../../src/search';

before(async () => {
  await setup({ backend: 'cpu', verbose: false });
});

/** 10 rows: x = 0..9, y = 2x. */
function data(): TensorData {
  return { x: tf.tensor2d([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [10, 1]), y: tf.tensor2d([0, 2, 4, 6, 8, 10, 12, 14, 16, 18], [10, 1]) };
}

test('scores per fold, mean and population std, ranked best first (hand-derived)', async () => {
  const d = data();
  const before = tf.memory().numTensors;
  // score = learningRate + fold size of the validation part: folds of 10 rows in 3 → sizes 4, 3, 3
  const train = (config: SearchConfig, _t: TensorData, val: TensorData): number => (config.learningRate as number) + val.x.shape[0];
  const results = await search.gridSearch({ space: { learningRate: [0.5, 0.1, 0.3] }, data: d, train, validation: { folds: 3 }, seed: 1 });
  assert.equal(tf.memory().numTensors, before);
  assert.deepEqual(results.rows.map((r) => r.config.learningRate), [0.1, 0.3, 0.5]);
  const best = results.best;
  assert.deepEqual(best.scores, [4.1, 3.1, 3.1]);
  assert.ok(Math.abs(best.mean - (10 / 3 + 0.1)) < 1e-12); // (4 + 3 + 3) / 3 + 0.1
  assert.ok(Math.abs(best.std - Math.sqrt(2 / 9)) < 1e-12); // deviations 2/3, -1/3, -1/3
  assert.equal(best.trial, 1);
  assert.deepEqual(results.bestConfig, { learningRate: 0.1 });
  d.x.dispose();
  d.y.dispose();
});

test('the folds cover every row once as validation; train and val are disjoint', async () => {
  const d = data();
  const valSums: number[] = [];
  const train = (_c: SearchConfig, t: TensorData, val: TensorData): number => {
    const [ts, vs] = tf.tidy(() => [t.x.sum().dataSync()[0], val.x.sum().dataSync()[0]]);
    assert.equal(ts + vs, 45);
    valSums.push(vs);
    return 0;
  };
  await search.gridSearch({ space: { a: [1] }, data: d, train, validation: { folds: 5 }, seed: 3 });
  assert.equal(valSums.reduce((a, b) => a + b, 0), 45);
  tf.dispose([d.x, d.y]);
});

test("direction 'max', NaN scores rank last, sortBy and records", async () => {
  const d = data();
  const train = (c: SearchConfig): number => (c.units === 3 ? NaN : (c.units as number));
  const results = await search.gridSearch({ space: { units: [1, 3, 2, 4] }, data: d, train, direction: 'max', seed: 1 });
  assert.deepEqual(results.rows.map((r) => r.config.units), [4, 2, 1, 3]);
  assert.deepEqual(results.sortBy('units').map((r) => r.config.units), [1, 2, 3, 4]);
  assert.deepEqual(results.sortBy('trial', undefined, 'desc').map((r) => r.trial), [3, 2, 1, 0]);
  assert.throws(() => results.sortBy('nope'), /SearchResults.sortBy: no column 'nope'; got units/);
  const record = results.toRecords()[0];
  assert.equal(record.units, 4);
  assert.equal(record.score, 4);
  assert.equal(record.scoreStd, 0);
  assert.match(results.toString(), /^rank\s+units\s+score\s+± std\s+time \(ms\)\n\s+1\s+4\s+4\s+0/);
  tf.dispose([d.x, d.y]);
});

test('randomSearch: same seed, same configurations and scores; the session seed is restored', async () => {
  const d = data();
  // A score that depends on Math.random: reproducible only if the search reseeds each run.
  const train = (c: SearchConfig): number => (c.learningRate as number) * Math.random();
  const space = { learningRate: { logUniform: [1e-3, 1] as [number, number] }, optimizer: ['sgd', 'adam'] };
  const seedBefore = getSeed();
  const a = await search.randomSearch({ space, trials: 5, data: d, train, seed: 11 });
  const b = await search.randomSearch({ space, trials: 5, data: d, train, seed: 11 });
  const c = await search.randomSearch({ space, trials: 5, data: d, train, seed: 12 });
  const strip = (r: search.SearchResults) => r.rows.map(({ timeMs, ...rest }) => rest);
  assert.deepEqual(strip(a), strip(b));
  assert.notDeepEqual(strip(a), strip(c));
  assert.equal(getSeed(), seedBefore);
  tf.dispose([d.x, d.y]);
});

test('bad input: mismatched data, empty grid, train returning a non-number', async () => {
  const x = tf.zeros([4, 1]);
  const y = tf.zeros([3, 1]);
  const before = tf.memory().numTensors;
  const train = () => 0;
  await assert.rejects(search.runSearch([{}], { data: { x, y }, train }), /data.x and data.y must have the same number of examples; got 4 and 3/);
  await assert.rejects(async () => search.gridSearch({ space: {}, data: { x, y: x }, train }), /the search space is empty/);
  const bad = (() => 'oops') as unknown as search.TrainFn;
  await assert.rejects(search.gridSearch({ space: { a: [1] }, data: { x, y: x }, train: bad }), /train must return a number \(the validation score\); got string for trial 0/);
  assert.equal(tf.memory().numTensors, before);
  tf.dispose([x, y]);
});

test('a course dataset of plain arrays is accepted and its tensors are freed', async () => {
  const examples = datasets.linearWithNoise({ n: 12, intercept: 1, slope: 2, noise: 0.1, seed: 1 });
  const shapes: string[] = [];
  const before = tf.memory().numTensors;
  const train = (_c: SearchConfig, t: TensorData, v: TensorData): number => {
    shapes.push(`${t.x.shape}|${t.y.shape}|${v.x.shape}`);
    return 0;
  };
  await search.gridSearch({ space: { a: [1] }, data: examples, train, validation: { folds: 3 }, seed: 1 });
  assert.deepEqual(shapes, ['8,1|8,1|4,1', '8,1|8,1|4,1', '8,1|8,1|4,1']);
  assert.equal(tf.memory().numTensors, before);
  await assert.rejects(
    search.gridSearch({ space: { a: [1] }, data: { x: [[1], [2]], y: [1] }, train }),
    /x and y must have the same number of rows; got 2 and 1/,
  );
  await assert.rejects(search.gridSearch({ space: { a: [1] }, data: { x: [], y: [] }, train }), /the dataset is empty/);
});

test('toArrays gives plain arrays for the hand-written loops', () => {
  const d = { x: tf.tensor2d([[1, 2], [3, 4]]), y: tf.tensor2d([[5], [6]]) };
  assert.deepEqual(search.toArrays(d), { x: [[1, 2], [3, 4]], y: [5, 6] });
  assert.throws(() => search.toArrays({ x: d.x, y: tf.zeros([2, 2]) }), /y must have one target per example; got shape \[2,2\]/);
  tf.dispose([d.x, d.y]);
});

test('toRecords feed plots.searchResults (booleans become text)', async () => {
  const { plots } = await import('../../src');
  const d = data();
  const train = (c: SearchConfig): number => (c.learningRate as number) * (c.nesterov ? 1 : 2);
  const results = await search.gridSearch({ space: { learningRate: [0.1, 0.01], nesterov: [true, false] }, data: d, train, seed: 1 });
  const records = results.toRecords();
  assert.deepEqual(records.map((r) => [r.learningRate, r.nesterov, r.score]), [[0.01, 'true', 0.01], [0.01, 'false', 0.02], [0.1, 'true', 0.1], [0.1, 'false', 0.2]]);
  const figure = plots.searchResults(records, { x: 'learningRate', y: 'score', group: 'nesterov' });
  assert.equal(figure.data.length, 3); // two groups and the best marker
  tf.dispose([d.x, d.y]);
});
