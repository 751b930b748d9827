import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plots } from '../../src';

const results = [
  { optimizer: 'sgd', learningRate: 0.1, valLoss: 0.7 },
  { optimizer: 'sgd', learningRate: 0.01, valLoss: 0.5 },
  { optimizer: 'adam', learningRate: 0.001, valLoss: 0.2 },
  { optimizer: 'adam', learningRate: 0.01, valLoss: Number.NaN },
];

test('searchResults: a line per optimizer sorted by learning rate, on a log x-axis, best starred', () => {
  const fig = plots.searchResults(results);
  assert.deepEqual(fig.data.map((t) => t.name), ['sgd', 'adam', 'best: adam learningRate=0.001']);
  assert.deepEqual(fig.data[0].x, [0.01, 0.1]);
  assert.deepEqual(fig.data[1].x, [0.001], 'the diverged (NaN) run is left out');
  assert.equal((fig.data[1].line as { color: string }).color, plots.OPTIMIZER_COLOURS.adam);
  assert.equal((fig.layout.xaxis as { type: string }).type, 'log');
  assert.deepEqual([fig.data[2].x, fig.data[2].y], [[0.001], [0.2]]);
});

test('searchResults: other fields and scales', () => {
  const fig = plots.searchResults([{ l2: 0, acc: 0.8 }, { l2: 0.1, acc: 0.9 }], { x: 'l2', y: 'acc', group: 'none', logX: false });
  assert.equal((fig.layout.xaxis as { type: string }).type, 'linear');
  assert.equal(fig.data[0].name, 'all');
  assert.deepEqual(fig.data[1].y, [0.8], 'lowest accuracy starred by default');
  const best = plots.searchResults([{ l2: 0, acc: 0.8 }, { l2: 0.1, acc: 0.9 }], { x: 'l2', y: 'acc', best: 'max' });
  assert.deepEqual(best.data[1].y, [0.9], 'highest with best: max');
  assert.throws(() => plots.searchResults([{ a: 1 }]), /searchResults: no result has numeric 'learningRate' and 'valLoss'/);
});
