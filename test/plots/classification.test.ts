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

test('decisionBoundary: three classes draw the border between every pair of predicted regions', () => {
  // Three vertical bands on the grid x = -3, -1, 1, 3: predicted classes 0, 1, 1, 2 on every row, so the
  // borders are 0|1 (between x = -3 and -1) and 1|2 (between x = 1 and 3). A single contour at 0.5 of
  // the class index (the old drawing) would only show the 0|1 border.
  const predict = (pts: [number, number][]) => pts.map(([x]) => (x < -2 ? 0 : x < 2 ? 1 : 2));
  const fig = plots.decisionBoundary(predict, [[-3, 0], [0, 0], [3, 0]], [0, 1, 2], { resolution: 4, xRange: [-3, 3], yRange: [-1, 1] });
  assert.deepEqual(fig.data.map((t) => t.type), ['heatmap', 'contour', 'contour', 'contour', 'scatter', 'scatter', 'scatter']);
  const rows = (t: { z?: unknown }) => (t.z as number[][])[0];
  // One contour per class, each the 0.5 level of "predicted class = k".
  assert.deepEqual(fig.data.slice(1, 4).map(rows), [[1, 0, 0, 0], [0, 1, 1, 0], [0, 0, 0, 1]]);
  for (const t of fig.data.slice(1, 4)) assert.deepEqual((t.contours as { start: number; end: number }), { coloring: 'none', start: 0.5, end: 0.5, size: 1 });
  // Each crossing between neighbouring grid columns lies on some class's outline: 0|1 on classes 0 and 1, 1|2 on 1 and 2.
  const crossings = fig.data.slice(1, 4).map((t) => rows(t).slice(1).map((v, i) => v !== rows(t)[i]));
  assert.deepEqual(crossings, [[true, false, false], [true, false, true], [false, false, true]]);
  // The regions keep their class's colour: the heatmap's scale is stepped over zmin..zmax = -0.5..2.5.
  assert.deepEqual([fig.data[0].zmin, fig.data[0].zmax], [-0.5, 2.5]);
  const scale = fig.data[0].colorscale as [number, string][];
  assert.deepEqual(fig.data.slice(4).map((t) => (t.marker as { color: string }).color), [scale[0][1], scale[2][1], scale[4][1]]);
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
