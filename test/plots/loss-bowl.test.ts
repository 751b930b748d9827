import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plots } from '../../src';

const bowl = (w: number) => (w - 3) ** 2;
// Hand-derived: w_{t+1} = w_t - lr * 2 (w_t - 3) from w_0 = 0 with lr = 0.25 gives 0, 1.5, 2.25.
const steps = [0, 1.5, 2.25];

test('lossBowl: the curve, then the steps at their losses', () => {
  const fig = plots.lossBowl(bowl, steps, { range: [-1, 7] });
  assert.equal(fig.data.length, 2);
  const [curve, path] = fig.data;
  assert.equal((curve.x as number[]).length, 200);
  assert.deepEqual([(curve.x as number[])[0], (curve.x as number[])[199]], [-1, 7]);
  assert.deepEqual(path.x, steps);
  assert.deepEqual(path.y, [9, 2.25, 0.5625]);
  assert.deepEqual(path.text, ['step 0', 'step 1', 'step 2']);
  assert.equal((fig.layout.xaxis as { title: { text: string } }).title.text, 'parameter w');
  assert.equal((fig.layout.yaxis as { title: { text: string } }).title.text, 'loss L(w)');
});

test('lossBowl: the default range covers the steps with a margin', () => {
  const fig = plots.lossBowl(bowl, [0, 4, 10]);
  const x = fig.data[0].x as number[];
  assert.ok(x[0] < -1 && x[x.length - 1] > 10);
});

test('learningRateComparison: one panel per run on a shared range, titled by the run', () => {
  const runs = [
    { label: 'too small', steps: [0, 0.06, 0.12] },
    { label: 'good', steps: [0, 1.5, 2.25] },
    { label: 'too large', steps: [0, 6.6, -0.96] },
  ];
  const fig = plots.learningRateComparison(bowl, runs);
  assert.equal(fig.data.length, 6);
  assert.deepEqual(fig.data.map((t) => t.xaxis), ['x', 'x', 'x2', 'x2', 'x3', 'x3']);
  assert.deepEqual((fig.layout.grid as { columns: number }).columns, 3);
  const ranges = ['xaxis', 'xaxis2', 'xaxis3'].map((k) => (fig.layout[k] as { range: number[] }).range);
  assert.deepEqual(ranges[0], ranges[2]);
  assert.deepEqual((fig.layout.annotations as { text: string }[]).map((a) => a.text), ['too small', 'good', 'too large']);
  assert.deepEqual(fig.data.filter((t) => t.mode === 'lines+markers').map((t) => t.name), ['too small', 'good', 'too large']);
  assert.equal(fig.data.filter((t) => t.showlegend === true).length, 1, 'the loss curve is in the legend once');
});

test('learningRateComparison: no runs is a named error', () => {
  assert.throws(() => plots.learningRateComparison(bowl, []), /learningRateComparison: runs must be a non-empty array/);
});
