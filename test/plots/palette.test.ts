import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plots } from '../../src';

const OPTIMIZERS = ['sgd', 'momentum', 'nesterov', 'rmsprop', 'adagrad', 'adadelta', 'adam', 'adamw', 'adamax', 'nadam', 'lion', 'ftrl'];

test('each of the 12 optimizers has its own colour', () => {
  const colours = OPTIMIZERS.map(plots.optimizerColour);
  assert.equal(new Set(colours).size, OPTIMIZERS.length);
  for (const c of colours) assert.match(c, /^#[0-9a-f]{6}$/);
  assert.deepEqual(Object.keys(plots.OPTIMIZER_COLOURS).sort(), [...OPTIMIZERS].sort());
});

test('each loss has its own colour, and aliases and spellings share it', () => {
  const colours = Object.values(plots.LOSS_COLOURS);
  assert.equal(new Set(colours).size, colours.length);
  assert.equal(plots.lossColour('meanSquaredError'), plots.lossColour('mse'));
  assert.equal(plots.lossColour('binary_crossentropy'), plots.lossColour('binaryCrossentropy'));
  assert.equal(plots.lossColour('KLDivergence'), plots.lossColour('kld'));
});

test('colourFor: optimizer names first, then losses, then the first word of a label', () => {
  assert.equal(plots.colourFor('Adam'), plots.OPTIMIZER_COLOURS.adam);
  assert.equal(plots.colourFor('huber'), plots.LOSS_COLOURS.huber);
  assert.equal(plots.colourFor('adam (lr=0.01)'), plots.OPTIMIZER_COLOURS.adam);
  assert.equal(plots.colourFor('rmsprop, rho=0.9'), plots.OPTIMIZER_COLOURS.rmsprop);
});

test('unknown names get a stable fallback colour', () => {
  const c = plots.colourFor('my custom thing');
  assert.equal(plots.colourFor('my custom thing'), c);
  assert.ok(plots.FALLBACK_COLOURS.includes(c));
});

test('builders colour traces from the palette', () => {
  const fig = plots.lossContour((a, b) => a * a + b * b, [-1, 1], [-1, 1], [{ name: 'nadam', points: [[1, 1], [0, 0]] }], { resolution: 5 });
  assert.equal((fig.data[1].line as { color: string }).color, plots.OPTIMIZER_COLOURS.nadam);
  const shapes = plots.lossShapes([{ name: 'mae', fn: Math.abs }]);
  assert.equal((shapes.data[0].line as { color: string }).color, plots.lossColour('mae'));
});
