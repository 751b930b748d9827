import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plots } from '../../src';

test('lossShapes: several losses on one chart, sampled over the range, in their colours', () => {
  const fig = plots.lossShapes([{ name: 'mse', fn: (e) => e * e }, { name: 'mae', fn: Math.abs }], { range: [-2, 2], points: 5 });
  assert.deepEqual(fig.data[0].x, [-2, -1, 0, 1, 2]);
  assert.deepEqual(fig.data[0].y, [4, 1, 0, 1, 4]);
  assert.deepEqual(fig.data[1].y, [2, 1, 0, 1, 2]);
  assert.equal((fig.data[1].line as { color: string }).color, plots.lossColour('mae'));
  assert.match((fig.layout.xaxis as { title: { text: string } }).title.text, /error/);
});

test('lossShapes: margin and probability axes, precomputed curves, a y limit', () => {
  const margin = plots.lossShapes([{ name: 'hinge', fn: (m) => Math.max(0, 1 - m) }], { axis: 'margin' });
  assert.match((margin.layout.xaxis as { title: { text: string } }).title.text, /margin/);
  const prob = plots.lossShapes([{ name: 'binary_crossentropy', x: [0.1, 0.5, 0.9], y: [2.3, 0.69, 0.1] }], { axis: 'probability', yMax: 5 });
  assert.deepEqual(prob.data[0].x, [0.1, 0.5, 0.9]);
  assert.deepEqual((prob.layout.yaxis as { range: number[] }).range, [0, 5]);
  assert.match((prob.layout.xaxis as { title: { text: string } }).title.text, /probability/);
});
