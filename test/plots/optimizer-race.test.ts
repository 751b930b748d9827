import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plots } from '../../src';

const f = (a: number, b: number) => a * a + b * b;
const line = (n: number, s: number): [number, number][] => Array.from({ length: n }, (_, i) => [s - i * 0.1, s - i * 0.1]);

test('optimizerRace: contour lines, then a trail and a head per optimizer; frames replace only those', () => {
  const fig = plots.optimizerRace(f, [-2, 2], [-2, 2], [{ name: 'sgd', points: line(5, 1) }, { name: 'adam', points: line(3, 0.5) }], { resolution: 9 });
  const racers = fig.data.slice(-4);
  const contours = fig.data.slice(0, -4);
  assert.ok(contours.length >= 5, `contour lines: ${contours.length}`);
  assert.ok(contours.every((t) => t.type === 'scatter' && t.mode === 'lines' && t.showlegend === false), 'contours are line traces (Plotly hides contour traces while it animates)');
  assert.deepEqual(racers.map((t) => t.name), ['sgd', 'sgd (now)', 'adam', 'adam (now)']);
  assert.equal(fig.frames?.length, 5);
  const last = fig.frames![4];
  const n = contours.length;
  assert.deepEqual(last.traces, [n, n + 1, n + 2, n + 3]);
  assert.equal((last.data[0].x as number[]).length, 5, 'sgd trail holds all 5 points');
  assert.deepEqual(last.data[3].x, [0.3], 'adam (3 points) waits at its last point');
  assert.equal((racers[0].line as { color: string }).color, plots.OPTIMIZER_COLOURS.sgd);
});

test('optimizerRace: the minimum as a star under the racers; legend below the controls, title at the left', () => {
  const fig = plots.optimizerRace(f, [-2, 2], [-2, 2], [{ name: 'sgd', points: line(3, 1) }], { resolution: 5, minima: [[0, 0]] });
  const star = fig.data[fig.data.length - 3];
  assert.equal(star.name, 'minimum');
  assert.deepEqual([star.x, star.y], [[0], [0]]);
  assert.equal((star.marker as { symbol: string }).symbol, 'star');
  const legend = fig.layout.legend as { y: number; yanchor: string };
  const slider = (fig.layout.sliders as { y: number }[])[0];
  assert.ok(legend.yanchor === 'top' && legend.y < slider.y, `legend (y = ${legend.y}) below the slider (y = ${slider.y})`);
  assert.equal(fig.layout.title?.xanchor, 'left');
});

test('levelSegments: marching squares on one cell, by hand', () => {
  // z = x + y on the unit square; the level 0.5 crosses the bottom edge at (0.5, 0) and the left edge at (0, 0.5)
  const seg = plots.levelSegments({ x: [0, 1], y: [0, 1], z: [[0, 1], [1, 2]] }, 0.5);
  assert.deepEqual(seg, { x: [0.5, 0, null], y: [0, 0.5, null] });
  assert.deepEqual(plots.levelSegments({ x: [0, 1], y: [0, 1], z: [[0, 1], [1, 2]] }, 3), { x: [], y: [] });
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
