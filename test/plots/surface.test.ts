import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plots } from '../../src';

const f = (a: number, b: number) => a * a + 10 * b * b;

test('sampleGrid: z rows follow y and columns follow x (Plotly convention)', () => {
  const g = plots.sampleGrid(f, [-1, 1], [0, 2], 3);
  assert.deepEqual(g.x, [-1, 0, 1]);
  assert.deepEqual(g.y, [0, 1, 2]);
  // z[i][j] = f(x[j], y[i]): row 1 is y = 1, so 1 + 10, 0 + 10, 1 + 10.
  assert.deepEqual(g.z[1], [11, 10, 11]);
});

test('lossSurface3d: a surface trace, then each trajectory lifted onto it', () => {
  const fig = plots.lossSurface3d(f, [-2, 2], [-1, 1], [{ name: 'adam', points: [[1, 1], [0.5, 0]] }], { resolution: 8 });
  assert.deepEqual(fig.data.map((t) => t.type), ['surface', 'scatter3d']);
  assert.deepEqual(fig.data[1].z, [11, 0.25]);
  assert.equal((fig.data[1].line as { color: string }).color, plots.OPTIMIZER_COLOURS.adam);
  const scene = fig.layout.scene as Record<string, { title: { text: string } }>;
  assert.deepEqual([scene.xaxis.title.text, scene.yaxis.title.text, scene.zaxis.title.text], ['parameter w₁', 'parameter w₂', 'loss']);
});

test('lossSurface3d: given values are used, and logZ plots log10(1 + L)', () => {
  const fig = plots.lossSurface3d(f, [-2, 2], [-1, 1], [{ name: 'sgd', points: [[0, 0], [1, 0]], values: [9, 99] }], { logZ: true, resolution: 4 });
  assert.deepEqual(fig.data[1].z, [1, 2]);
  assert.equal((fig.layout.scene as Record<string, { title: { text: string } }>).zaxis.title.text, 'log₁₀(1 + loss)');
});

test('lossContour: contour then one path per optimizer, axes fixed to the ranges', () => {
  const paths = [{ name: 'sgd', points: [[1, 1], [0, 0]] as [number, number][] }, { name: 'rmsprop', points: [[1, -1], [0, 0]] as [number, number][] }];
  const fig = plots.lossContour(f, [-2, 2], [-1, 1], paths, { resolution: 5, parameters: ['a', 'b'] });
  assert.deepEqual(fig.data.map((t) => t.type), ['contour', 'scatter', 'scatter']);
  assert.deepEqual(fig.data.slice(1).map((t) => t.name), ['sgd', 'rmsprop']);
  assert.deepEqual(fig.data[2].y, [-1, 0]);
  assert.deepEqual((fig.layout.xaxis as { range: number[] }).range, [-2, 2]);
  assert.equal((fig.layout.yaxis as { title: { text: string } }).title.text, 'parameter b');
});
