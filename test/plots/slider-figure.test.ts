/** sliderFigure: one frame per precomputed step, a slider that animates to each, fixed axes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plots } from '../../src';

const xs = [1, 2, 3];
const steps = [0.5, 1, 2].map((s) => ({ label: String(s), series: [{ name: 'fit', x: xs, y: xs.map((x) => s * x) }] }));

test('sliderFigure: fixed traces first, then the active step; one frame per step changing only the moving traces', () => {
  const fig = plots.sliderFigure(steps, { fixed: [{ name: 'data', x: xs, y: [1, 2, 3], mode: 'markers' }], prefix: 'slope = ', active: 1 });
  assert.deepEqual(fig.data.map((t) => t.name), ['data', 'fit']);
  assert.deepEqual(fig.data[1].y, [1, 2, 3], 'the active step (slope 1) is drawn first');
  assert.equal(fig.frames?.length, 3);
  assert.deepEqual(fig.frames!.map((f) => f.name), ['0.5', '1', '2']);
  assert.deepEqual(fig.frames![2].traces, [1]);
  assert.deepEqual(fig.frames![2].data[0].y, [2, 4, 6]);
  const slider = (fig.layout.sliders as { active: number; currentvalue: { prefix: string }; steps: { label: string; method: string; args: unknown[] }[] }[])[0];
  assert.equal(slider.active, 1);
  assert.equal(slider.currentvalue.prefix, 'slope = ');
  assert.deepEqual(slider.steps.map((s) => [s.label, s.method, (s.args[0] as string[])[0]]), [['0.5', 'animate', '0.5'], ['1', 'animate', '1'], ['2', 'animate', '2']]);
});

test('sliderFigure: the axes cover every step (0.5 to 6 in y, padded by 5 %), so they do not jump', () => {
  const fig = plots.sliderFigure(steps);
  const [lo, hi] = (fig.layout.yaxis as { range: number[] }).range;
  assert.ok(Math.abs(lo - (0.5 - 0.275)) < 1e-12 && Math.abs(hi - (6 + 0.275)) < 1e-12, `${lo}, ${hi}`);
  const logFig = plots.sliderFigure(steps, { logY: true });
  const [llo, lhi] = (logFig.layout.yaxis as { range: number[] }).range;
  assert.ok(llo < Math.log10(0.5) && lhi > Math.log10(6) && lhi < 1, 'a log axis takes its range in powers of ten');
});

test('sliderFigure: bad steps are named errors', () => {
  assert.throws(() => plots.sliderFigure([]), /sliderFigure: steps must be a non-empty array/);
  assert.throws(() => plots.sliderFigure([steps[0], { label: 'x', series: [...steps[1].series, ...steps[2].series] }]), /same number of series.*step 1 \('x'\) has 2/);
  assert.throws(() => plots.sliderFigure([steps[0], steps[0]]), /labels must be unique/);
  assert.throws(() => plots.sliderFigure(steps, { active: 3 }), /active must be a step index from 0 to 2; got 3/);
});
