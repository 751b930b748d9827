import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plots } from '../../src';

test('lineChart: one trace per series, x defaults to 1..n, course colours, log axis on request', () => {
  const fig = plots.lineChart([{ name: 'adam', y: [3, 2] }, { name: 'mine', x: [0, 0.5], y: [1, 4], dash: 'dash', colour: '#123456' }], { yTitle: 'loss', logY: true, title: 'Two runs' });
  assert.deepEqual(fig.data.map((t) => t.x), [[1, 2], [0, 0.5]]);
  // Adam's colour is fixed by the palette (OPTIMIZER_COLOURS.adam).
  assert.deepEqual(fig.data.map((t) => (t.line as { color: string }).color), ['#e377c2', '#123456']);
  assert.equal((fig.data[1].line as { dash: string }).dash, 'dash');
  assert.equal((fig.layout.yaxis as { type: string }).type, 'log');
  assert.equal(fig.layout.title?.text, 'Two runs');
  assert.equal(plots.lineChart([{ name: 'a', y: [1] }], { xTitle: 'q', yTitle: 'KL' }).layout.title?.text, 'KL against q');
});

test('lineChart: empty input and mismatched x and y are named errors', () => {
  assert.throws(() => plots.lineChart([]), /lineChart: series must be a non-empty array/);
  assert.throws(() => plots.lineChart([{ name: 'a', x: [1, 2], y: [1] }]), /lineChart: series 'a' has 2 x values and 1 y values/);
});

test('lineChart: a log x-axis on request, linear by default', () => {
  const series = [{ name: 'raw', x: [0, 1, 10, 100], y: [4, 3, 2, 1] }];
  assert.equal((plots.lineChart(series, { logX: true }).layout.xaxis as Record<string, unknown>).type, 'log');
  assert.equal((plots.lineChart(series).layout.xaxis as Record<string, unknown>).type, undefined);
});
