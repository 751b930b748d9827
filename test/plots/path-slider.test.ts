import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plots } from '../../src';

const bowl = { value: ([x, y]: readonly number[]) => x * x + y * y, xRange: [-2, 2] as [number, number], yRange: [-2, 2] as [number, number], minima: [[0, 0] as const] };
const run = (label: string, factor: number): plots.SliderRun => {
  const points = Array.from({ length: 6 }, (_, i) => [1.5 * factor ** i, 1 * factor ** i] as [number, number]);
  return { label, points, values: points.map((p) => bowl.value(p)) };
};

test('pathSlider: one frame per run, updating only the path and its loss curve; slider labelled by the knob', () => {
  const runs = [run('0.1', 0.8), run('0.5', 0), run('1.1', -1.2)];
  const fig = plots.pathSlider(bowl, runs, { prefix: 'η = ', active: 1, title: 'Bowl' });
  assert.equal(fig.frames?.length, 3);
  const n = fig.data.length;
  assert.deepEqual(fig.frames![2].traces, [n - 2, n - 1]);
  assert.equal(fig.data[n - 3].name, 'minimum');
  const slider = (fig.layout.sliders as { active: number; steps: { label: string; args: unknown[] }[]; currentvalue: { prefix: string } }[])[0];
  assert.deepEqual(slider.steps.map((s) => s.label), ['0.1', '0.5', '1.1']);
  assert.deepEqual(slider.steps.map((s) => (s.args[0] as string[])[0]), fig.frames!.map((f) => f.name));
  assert.equal(slider.active, 1);
  assert.equal(slider.currentvalue.prefix, 'η = ');
  assert.deepEqual(fig.data[n - 2].x, runs[1].points.map((p) => p[0]), 'the active run is drawn first');
});

test('pathSlider: each frame\'s title says where the run ended; a diverging run says so and leaves gaps, not NaN', () => {
  const diverging: plots.SliderRun = { label: '3', points: [[1, 1], [1e20, 1e20], [Infinity, NaN]], values: [2, 2e40, NaN] };
  const fig = plots.pathSlider(bowl, [run('0.1', 0.5), diverging], { prefix: 'η = ', title: 'Bowl' });
  assert.match(String(fig.frames![0].layout?.title?.text), /^Bowl: 5 steps: loss 3\.2e-3$/); // (1.5² + 1) · 0.5¹⁰ = 0.00317
  assert.match(String(fig.frames![1].layout?.title?.text), /diverges/);
  assert.deepEqual(fig.frames![1].data[0].x, [1, 1e20, null]);
  assert.deepEqual(fig.frames![1].data[1].y, [2, 2e40, null]);
  // one loss axis for all frames: from the smallest loss (3.25 · 0.5¹⁰) to the largest, capped at 1e8
  const range = (fig.layout.yaxis2 as { range: number[] }).range;
  assert.ok(Math.abs(range[0] - (Math.log10(3.25 * 0.5 ** 10) - 0.2)) < 1e-9 && Math.abs(range[1] - 8.2) < 1e-9, `range ${range}`);
});

test('pathSlider: bad runs and a bad active index are named errors', () => {
  assert.throws(() => plots.pathSlider(bowl, [], { prefix: 'μ = ' }), /pathSlider: runs must be a non-empty array/);
  assert.throws(() => plots.pathSlider(bowl, [{ label: 'a', points: [[0, 0]], values: [] }], { prefix: 'μ = ' }), /one value per point/);
  assert.throws(() => plots.pathSlider(bowl, [run('a', 0.5)], { prefix: 'μ = ', active: 3 }), /pathSlider: active must be an index of runs \(0 to 0\); got 3/);
});
