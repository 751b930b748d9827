import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plots } from '../../src';

const history = { loss: [1, 0.5, 0.3, 0.25], val_loss: [1.1, 0.6, 0.5, 0.55] };

test('lossCurves: one line per curve against 1-based epochs, train/validation colours', () => {
  const fig = plots.lossCurves(history);
  assert.deepEqual(fig.data.map((t) => t.name), ['training loss', 'validation loss']);
  assert.deepEqual(fig.data[0].x, [1, 2, 3, 4]);
  assert.deepEqual(fig.data[1].y, history.val_loss);
  assert.equal((fig.data[0].line as { color: string }).color, plots.ROLE_COLOURS.train);
  assert.equal((fig.data[1].line as { color: string }).color, plots.ROLE_COLOURS.validation);
  assert.equal((fig.layout.xaxis as { title: { text: string } }).title.text, 'epoch');
  assert.equal((fig.layout.yaxis as { type: string }).type, 'linear');
});

test('lossCurves: log scale and the loss name reach the y-axis', () => {
  const fig = plots.lossCurves(history, { logY: true, lossName: 'MSE' });
  const y = fig.layout.yaxis as { type: string; title: { text: string } };
  assert.equal(y.type, 'log');
  assert.equal(y.title.text, 'MSE (log scale)');
});

test('lossCurves: early-stopping point (dashed line + marker) and the restored best epoch (star)', () => {
  const fig = plots.lossCurves(history, { stoppedEpoch: 3, bestEpoch: 2 });
  const stop = fig.data.find((t) => String(t.name).startsWith('stopped'))!;
  const best = fig.data.find((t) => String(t.name).startsWith('best'))!;
  assert.deepEqual([stop.x, stop.y], [[4], [0.55]]);
  assert.deepEqual([best.x, best.y], [[3], [0.5]]);
  assert.equal((best.marker as { symbol: string }).symbol, 'star');
  const shapes = fig.layout.shapes as { x0: number; line: { dash: string } }[];
  assert.equal(shapes.length, 1);
  assert.equal(shapes[0].x0, 4);
  assert.equal(shapes[0].line.dash, 'dash');
});

test('lossCurves: training loss only gives one trace and no legend', () => {
  const fig = plots.lossCurves({ loss: [3, 2] });
  assert.equal(fig.data.length, 1);
  assert.equal(fig.layout.showlegend, false);
});

test('lossCurves: a missing loss array is a named error', () => {
  assert.throws(() => plots.lossCurves({} as never), /lossCurves: history.loss must be an array/);
});
