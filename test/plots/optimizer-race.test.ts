import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plots } from '../../src';

const f = (a: number, b: number) => a * a + b * b;
const line = (n: number, s: number): [number, number][] => Array.from({ length: n }, (_, i) => [s - i * 0.1, s - i * 0.1]);

test('optimizerRace: contour + trail and head per optimizer; one frame per step', () => {
  const fig = plots.optimizerRace(f, [-2, 2], [-2, 2], [{ name: 'sgd', points: line(5, 1) }, { name: 'adam', points: line(3, 0.5) }], { resolution: 5 });
  assert.equal(fig.data.length, 5);
  assert.deepEqual(fig.data.map((t) => t.type), ['contour', 'scatter', 'scatter', 'scatter', 'scatter']);
  assert.equal(fig.frames?.length, 5);
  const last = fig.frames![4];
  assert.deepEqual(last.traces, [1, 2, 3, 4]);
  assert.equal((last.data[0].x as number[]).length, 5, 'sgd trail holds all 5 points');
  assert.deepEqual(last.data[3].x, [0.3], 'adam (3 points) waits at its last point');
  assert.equal((fig.data[1].line as { color: string }).color, plots.OPTIMIZER_COLOURS.sgd);
});

test('optimizerRace: play/pause buttons and a slider with one step per frame', () => {
  const fig = plots.optimizerRace(f, [-2, 2], [-2, 2], [{ name: 'sgd', points: line(4, 1) }], { resolution: 5, frameDuration: 40 });
  const menu = (fig.layout.updatemenus as { buttons: { label: string; method: string; args: unknown[] }[] }[])[0];
  assert.deepEqual(menu.buttons.map((b) => b.method), ['animate', 'animate']);
  assert.match(menu.buttons[0].label, /Play/);
  assert.match(menu.buttons[1].label, /Pause/);
  assert.equal((menu.buttons[0].args[1] as { frame: { duration: number } }).frame.duration, 40);
  const slider = (fig.layout.sliders as { steps: { args: unknown[] }[] }[])[0];
  assert.deepEqual(slider.steps.map((s) => (s.args[0] as string[])[0]), fig.frames!.map((fr) => fr.name));
});

test('frameSteps: long races are sampled evenly and end at the last step', () => {
  assert.deepEqual(plots.frameSteps(4, 10), [0, 1, 2, 3]);
  const s = plots.frameSteps(1001, 5);
  assert.deepEqual(s, [0, 250, 500, 750, 1000]);
});

test('optimizerRace: an empty path is a named error', () => {
  assert.throws(() => plots.optimizerRace(f, [-1, 1], [-1, 1], [{ name: 'sgd', points: [] }]), /optimizerRace: trajectories must be/);
});
