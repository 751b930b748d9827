/**
 * The slider figures: frames, slider steps and the traces they swap (framesSlider), Huber's δ band
 * and line (hand-computed), focal loss's γ curves and their share of cross-entropy, and the errors.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { plots } from '../../src';
import type { PlotlyTrace } from '../../src/plots';

const line = (name: string, y: number): PlotlyTrace => ({ type: 'scatter', name, x: [0, 1], y: [y, y] });
type Slider = { active: number; currentvalue: { prefix: string }; steps: { label: string; method: string; args: unknown[] }[] };
const sliderOf = (figure: { layout: Record<string, unknown> }) => (figure.layout.sliders as Slider[])[0];

test('framesSlider: fixed traces first, then the active frame; one animate step per frame', () => {
  const frames = [{ label: 'a', data: [line('a', 1)], title: 'A' }, { label: 'b', data: [line('b', 2)], title: 'B' }];
  const figure = plots.framesSlider([line('fixed', 0)], frames, plots.baseLayout('t', 'x', 'y', 2), { prefix: 'k = ', active: 1 });
  assert.deepEqual(figure.data.map((t) => t.name), ['fixed', 'b']);
  assert.equal(figure.layout.title?.text, 'B');
  assert.deepEqual(figure.frames?.map((f) => [f.name, f.traces, f.data[0].name, f.layout?.title?.text]), [['a', [1], 'a', 'A'], ['b', [1], 'b', 'B']]);
  const slider = sliderOf(figure);
  assert.equal(slider.active, 1);
  assert.equal(slider.currentvalue.prefix, 'k = ');
  assert.deepEqual(slider.steps.map((s) => [s.label, s.method, (s.args[0] as string[])[0]]), [['a', 'animate', 'a'], ['b', 'animate', 'b']]);
  assert.doesNotThrow(() => JSON.parse(JSON.stringify(figure)));
});

test('framesSlider: rejects no frames, uneven frames, repeated labels and a bad active index', () => {
  const layout = plots.baseLayout('t', 'x', 'y', 1);
  assert.throws(() => plots.framesSlider([], [], layout, { prefix: '' }), /framesSlider: expected at least one frame; got none/);
  assert.throws(() => plots.framesSlider([], [{ label: 'a', data: [line('a', 1)] }, { label: 'b', data: [] }], layout, { prefix: '' }),
    /framesSlider: every frame must have the same number of traces \(1\); frame 1 \('b'\) has 0/);
  assert.throws(() => plots.framesSlider([], [{ label: 'a', data: [] }, { label: 'a', data: [] }], layout, { prefix: '' }), /'a' appears twice/);
  assert.throws(() => plots.framesSlider([], [{ label: 'a', data: [] }], layout, { prefix: '', active: 3 }), /active must be a frame index in \[0, 0\]; got 3/);
});

test('huberDeltaSlider: per δ, the fitted line and a band of half-width δ around it (hand-computed ends)', () => {
  const x = [0, 1, 2, 4];
  const y = [1, 3, 5, 30];
  const fits = [{ delta: 0.5, b: 1, w1: 2 }, { delta: 3, b: 0, w1: 4 }];
  const figure = plots.huberDeltaSlider(x, y, fits, { references: [{ name: 'mse', b: -2, w1: 6 }], highlight: { name: 'outliers', mask: [false, false, false, true] } });
  // Fixed: examples, outliers, the MSE line (dashed); changing: band and Huber line.
  assert.equal(figure.data.length, 5);
  assert.equal((figure.data[2].line as { dash: string }).dash, 'dash');
  const [band, fitted] = figure.frames![1].data;
  assert.deepEqual(fitted.y, [0, 16]); // 0 + 4·0 and 0 + 4·4 over x in [0, 4]
  assert.deepEqual(band.y, [-3, 13, 19, 3, -3]); // the line ∓ 3 at x = 0 and 4
  assert.deepEqual(figure.frames!.map((f) => f.name), ['0.5', '3']);
  // The view is the data's (y from 1 to 30, padded by 5 %), whatever band a frame draws.
  const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]) < 1e-9);
  assert.ok(near((figure.layout.yaxis as { range: number[] }).range, [-0.45, 31.45]), 'y range: 1 to 30, padded by 1.45');
  assert.ok(near((figure.layout.xaxis as { range: number[] }).range, [-0.2, 4.2]), 'x range: 0 to 4, padded by 0.2');
  assert.match(String(figure.frames![0].layout?.title?.text), /δ = 0\.5: y' = 1\.00 \+ 2\.00·x/);
  assert.throws(() => plots.huberDeltaSlider(x, y, []), /huberDeltaSlider: expected one fit per δ; got none/);
  assert.throws(() => plots.huberDeltaSlider(x, y, [{ delta: 0, b: 1, w1: 1 }]), /each fit needs δ > 0 and finite b and w1; got δ = 0/);
});

test('focalGammaSlider: the focal curve per γ and its share of cross-entropy on the right axis', () => {
  const ce = { x: [0.1, 0.5, 0.9], y: [2.302585, 0.693147, 0.105361] };
  // γ = 2: (1 - p)² · CE = 0.81·2.302585, 0.25·0.693147, 0.01·0.105361.
  const focal = { gamma: 2, x: ce.x, y: [1.865094, 0.173287, 0.001054] };
  const figure = plots.focalGammaSlider([{ gamma: 0, ...ce }, focal], ce, { active: 1 });
  assert.equal(figure.data[0].name, 'cross-entropy (γ = 0)');
  const share = figure.data[2];
  assert.equal(share.yaxis, 'y2');
  (share.y as number[]).forEach((v, i) => assert.ok(Math.abs(v - [0.81, 0.25, 0.01][i]) < 1e-4, `share ${v}`));
  assert.deepEqual((figure.frames![0].data[1].y as number[]), [1, 1, 1]); // γ = 0 keeps all of it
  assert.equal(sliderOf(figure).currentvalue.prefix, 'γ = ');
  assert.throws(() => plots.focalGammaSlider([], ce), /focalGammaSlider: expected one curve per γ; got none/);
  assert.throws(() => plots.focalGammaSlider([{ gamma: 1, x: [0.1, 0.5], y: [1, 1] }], ce), /the curve for γ = 1 is not on the probabilities of crossEntropy \(3 points\)/);
});
