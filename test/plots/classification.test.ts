import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plots } from '../../src';

test('decisionBoundary: one batch predict call over the grid; heatmap, boundary, one scatter per class', () => {
  let calls = 0;
  const predict = (pts: [number, number][]) => { calls += 1; return pts.map(([x]) => (x > 0 ? 1 : 0)); };
  const fig = plots.decisionBoundary(predict, [[-1, 0], [1, 0], [2, 1]], [0, 1, 1], { resolution: 4, xRange: [-3, 3], yRange: [-1, 1], classNames: ['no', 'yes'] });
  assert.equal(calls, 1);
  assert.deepEqual(fig.data.map((t) => t.type), ['heatmap', 'contour', 'scatter', 'scatter']);
  // Grid x = -3, -1, 1, 3: the predicted class is 0, 0, 1, 1 on every row.
  assert.deepEqual((fig.data[0].z as number[][])[2], [0, 0, 1, 1]);
  assert.deepEqual(fig.data.slice(2).map((t) => t.name), ['no', 'yes']);
  assert.deepEqual(fig.data[3].x, [1, 2]);
  const contours = fig.data[1].contours as { start: number; end: number };
  assert.deepEqual([contours.start, contours.end], [0.5, 0.5]);
});

test('decisionBoundary: mismatched inputs and a wrong-sized prediction are named errors', () => {
  assert.throws(() => plots.decisionBoundary(() => [], [[0, 0]], [0, 1]), /decisionBoundary: points and labels must have the same length; got 1 and 2/);
  assert.throws(() => plots.decisionBoundary(() => [1], [[0, 0]], [0], { resolution: 3 }), /one score per point; got 1 for 9/);
});

test('confusionCounts: counts[true][predicted]', () => {
  // Hand count: (0,0) x2, (0,1) x1, (1,1) x1, (2,0) x1.
  assert.deepEqual(plots.confusionCounts([0, 0, 0, 1, 2], [0, 0, 1, 1, 0]), [[2, 1, 0], [0, 1, 0], [1, 0, 0]]);
  assert.throws(() => plots.confusionCounts([0], [0, 1]), /confusionCounts: yTrue and yPred must have the same length/);
});

test('confusionMatrix: annotated heatmap, true class down from the top, optional row normalisation', () => {
  const fig = plots.confusionMatrix([[3, 1], [0, 4]], { labels: ['cat', 'dog'] });
  assert.equal(fig.data.length, 1);
  assert.deepEqual(fig.data[0].text, [['3', '1'], ['0', '4']]);
  assert.equal((fig.layout.yaxis as { autorange: string }).autorange, 'reversed');
  assert.deepEqual(fig.data[0].x, ['cat', 'dog']);
  const norm = plots.confusionMatrix([[3, 1], [0, 4]], { normalise: true });
  assert.deepEqual(norm.data[0].z, [[0.75, 0.25], [0, 1]]);
  assert.throws(() => plots.confusionMatrix([[1, 2]]), /confusionMatrix: counts must be a square/);
});
