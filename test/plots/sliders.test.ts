/** The slider figures of lessons 02 and 03: one precomputed frame per knob position, a slider that animates to it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plots } from '../../src';
import type { PlotlyFigure } from '../../src/plots';

type Slider = { active: number; steps: { label: string; method: string; args: unknown[] }[] };
const sliderOf = (fig: PlotlyFigure) => (fig.layout.sliders as Slider[])[0];
const bowl = (w: number) => (w - 3) ** 2;
const slope = (w: number) => 2 * (w - 3);

test('learningRateSlider: each frame is the descent of lesson 02 with that rate (hand-derived steps)', () => {
  const fig = plots.learningRateSlider(bowl, slope, [0.1, 0.5, 0.9, 1.1], { steps: 3, curvature: 2 });
  assert.equal(fig.frames?.length, 4);
  const xs = fig.frames!.map((f) => f.data[0].x as number[]);
  // Lesson 02: distance to w* = 3 is multiplied by 1 - 2η each step.
  [[0, 0.6, 1.08, 1.464], [0, 3, 3, 3], [0, 5.4, 1.08, 4.536], [0, 6.6, -1.32, 8.184]].forEach((want, i) =>
    want.forEach((w, t) => assert.ok(Math.abs(xs[i][t] - w) < 1e-12, `rate ${i} step ${t}: ${xs[i][t]} vs ${w}`)));
  assert.deepEqual(fig.frames!.map((f) => f.name), ['η = 0.1', 'η = 0.5', 'η = 0.9', 'η = 1.1']);
  assert.deepEqual(fig.frames!.map((f) => f.layout?.title?.text.replace(/.*1 − ηL″ = /, '')),
    ['0.8: creeps', '0: lands in one step', '-0.8: bounces, converging', '-1.2: diverges']);
  assert.equal(fig.layout.title?.text, fig.frames![0].layout?.title?.text, 'the title starts as the first frame\'s');
  const lossPerStep = fig.frames![3].data[1].y as number[];
  [9, 12.96, 18.6624, 26.873856].forEach((v, t) => assert.ok(Math.abs(lossPerStep[t] - v) < 1e-9, `loss at step ${t}: ${lossPerStep[t]}`));
  assert.deepEqual(fig.frames![3].data[1].x, [0, 1, 2, 3]);
});

test('learningRateSlider: the slider animates to the frames by name, and data starts as the active frame', () => {
  const fig = plots.learningRateSlider(bowl, slope, [0.05, 0.5, 1.05], { active: 1 });
  const slider = sliderOf(fig);
  assert.equal(slider.active, 1);
  assert.deepEqual(slider.steps.map((s) => s.method), ['animate', 'animate', 'animate']);
  assert.deepEqual(slider.steps.map((s) => (s.args[0] as string[])[0]), fig.frames!.map((f) => f.name));
  assert.deepEqual(fig.data.slice(1), fig.frames![1].data);
  assert.deepEqual(fig.frames![0].traces, [1, 2]);
  assert.equal((fig.layout.yaxis2 as { type: string }).type, 'log');
  assert.deepEqual(JSON.parse(JSON.stringify(fig)), fig, 'plain JSON');
});

test('learningRateSlider: the drawn range holds the start and the converging steps, not the diverging ones', () => {
  const fig = plots.learningRateSlider(bowl, slope, [0.1, 1.5], { steps: 20 });
  const [lo, hi] = (fig.layout.xaxis as { range: [number, number] }).range;
  assert.ok(lo < 0 && hi > 3 && hi < 10, `range [${lo}, ${hi}]`);
  const diverged = fig.frames![1].data[0].x as number[];
  assert.ok(Math.abs(diverged[20]) > 1e5, 'the diverging run keeps its steps');
});

test('learningRateSlider: bad input is a named error', () => {
  assert.throws(() => plots.learningRateSlider(bowl, slope, []), /learningRateSlider: learningRates must be a non-empty array of positive numbers; got \[\]/);
  assert.throws(() => plots.learningRateSlider(bowl, slope, [0.1, -1]), /positive numbers; got \[0.1,-1\]/);
  assert.throws(() => plots.learningRateSlider(bowl, slope, [0.1], { active: 2 }), /learningRateSlider: active must be an integer from 0 to 0; got 2/);
  assert.throws(() => plots.learningRateSlider(bowl, 3 as never, [0.1]), /loss and derivative must be functions/);
});

test('descentSteps: stops once the walk has left the floating-point range', () => {
  const ws = plots.descentSteps(slope, 0, 10, 1000);
  assert.ok(ws.length < 1000 && ws.every((w) => Number.isFinite(w)), `${ws.length} steps`);
});

test('batchSizeSlider: contour + the active path; one frame per batch size, labelled with its noise', () => {
  const runs = [
    { batchSize: 1, points: [[0, 0], [0.5, 0.2], [0.4, 0.9]] as [number, number][], spread: 8.2462 },
    { batchSize: 16, points: [[0, 0], [0.6, 0.6]] as [number, number][] },
  ];
  const fig = plots.batchSizeSlider((b, w) => (b - 1) ** 2 + (w - 2) ** 2, [-1, 3], [-1, 4], runs, { resolution: 5, active: 1 });
  assert.deepEqual(fig.data.map((t) => t.type), ['contour', 'scatter']);
  assert.deepEqual(fig.frames!.map((f) => f.name), ['b = 1', 'b = 16']);
  assert.equal(fig.frames![0].data[0].name, 'b = 1 (2 steps; gradient noise 8.25)');
  assert.equal(fig.frames![0].layout?.title?.text, 'Batch size b = 1 (2 steps; gradient noise 8.25)');
  assert.equal(fig.layout.title?.text, 'Batch size b = 16 (1 step)', 'the title starts as the active frame\'s');
  assert.equal(fig.frames![1].data[0].name, 'b = 16 (1 step)');
  assert.deepEqual(fig.frames![0].data[0].y, [0, 0.2, 0.9]);
  assert.deepEqual(fig.data[1], fig.frames![1].data[0]);
  assert.deepEqual(sliderOf(fig).steps.map((s) => (s.args[0] as string[])[0]), ['b = 1', 'b = 16']);
  assert.deepEqual((fig.layout.xaxis as { range: number[] }).range, [-1, 3]);
});

test('batchSizeSlider: bad input is a named error', () => {
  assert.throws(() => plots.batchSizeSlider((a, b) => a + b, [0, 1], [0, 1], []), /batchSizeSlider: runs must be a non-empty array/);
  assert.throws(() => plots.batchSizeSlider((a, b) => a + b, [0, 1], [0, 1], [{ batchSize: 0.5, points: [[0, 0]] }]), /batchSize \(an integer >= 1\)/);
});
