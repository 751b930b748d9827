import { test } from 'node:test';
import assert from 'node:assert/strict';
import { regressionFit } from '../../src/plots/regression-fit';
import { lossColour } from '../../src/plots/palette';

test('regressionFit draws the examples and one line per fit across the range of x', () => {
  const fig = regressionFit([0, 1, 4], [1, 3, 9], [{ name: 'mse', b: 1, w1: 2 }, { name: 'mae', b: 0, w1: 1 }]);
  assert.equal(fig.data.length, 3);
  assert.deepEqual(fig.data[1].x, [0, 4]);
  assert.deepEqual(fig.data[1].y, [1, 9]);
  assert.equal((fig.data[1].line as { color: string }).color, lossColour('mse'));
  assert.equal(fig.layout.showlegend, true);
  assert.ok(String(fig.layout.title?.text).length > 0);
});

test('regressionFit highlights masked points as their own trace', () => {
  const fig = regressionFit([0, 1, 2], [0, 1, 20], [], { highlight: { name: 'outliers', mask: [false, false, true] } });
  assert.deepEqual(fig.data[0].y, [0, 1]);
  assert.deepEqual(fig.data[1].y, [20]);
});

test('regressionFit rejects mismatched inputs with a clear message', () => {
  assert.throws(() => regressionFit([0, 1], [1], []), /regressionFit: x and y must be non-empty and of the same length; got 2 and 1/);
  assert.throws(() => regressionFit([0], [1], [], { highlight: { name: 'o', mask: [] } }), /one entry per point/);
});
