import { afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { plots } from '../../src';
import * as display from '../../src/display';
import type { DisplayMessage } from '../../src/display';

type Sent = { data: Record<string, unknown>; id?: string; update: boolean };

function capture(plotlyAlreadySent = true): Sent[] {
  const sent: Sent[] = [];
  display.setDisplaySink((m: DisplayMessage, update) => sent.push({ data: m.data, id: m.transient?.display_id, update }));
  display.resetPlotly();
  if (plotlyAlreadySent) display.ensurePlotly();
  sent.length = 0;
  return sent;
}

afterEach(() => { display.setDisplaySink(null); display.resetPlotly(); });

test('liveFigure: display_data with an id, then update_display_data on the same id; Plotly JSON only at done', () => {
  const sent = capture();
  const live = display.liveFigure(plots.lossCurves({ loss: [1] }));
  live.update(plots.lossCurves({ loss: [1, 0.5] }));
  live.done();
  live.update(plots.lossCurves({ loss: [1, 0.5, 0.1] }));
  assert.deepEqual(sent.map((s) => s.update), [false, true, true], 'no update after done');
  assert.ok(sent.every((s) => s.id === live.displayId));
  assert.deepEqual(sent.map((s) => display.PLOTLY_MIME in s.data), [false, false, true]);
  assert.match(sent[1].data['text/plain'] as string, /1 trace/);
  assert.deepEqual((sent[2].data[display.PLOTLY_MIME] as { data: { y: number[] }[] }).data[0].y, [1, 0.5]);
});

test('liveFigure: plotly.js goes out in its own output first, never inside the updating one', () => {
  const sent = capture(false);
  const live = display.liveFigure(plots.lossCurves({ loss: [1] }));
  live.update(plots.lossCurves({ loss: [1, 0.5] }));
  assert.equal(sent.length, 3);
  assert.equal(sent[0].id, undefined);
  assert.match(sent[0].data['text/html'] as string, /id="losslab-plotly-js"/);
  assert.ok(sent.slice(1).every((s) => !(s.data['text/html'] as string).includes('losslab-plotly-js')));
});

test('liveFigure: after show() it still sends its own html-only plotly.js loader, once', () => {
  const sent = capture(false);
  display.show(plots.lossCurves({ loss: [1] }));
  display.liveFigure(plots.lossCurves({ loss: [1] }));
  display.liveFigure(plots.lossCurves({ loss: [1] }));
  const carriers = sent.map((s) => (s.data['text/html'] as string).includes('id="losslab-plotly-js"'));
  assert.deepEqual(carriers, [true, true, false, false]);
  assert.deepEqual(Object.keys(sent[1].data).sort(), ['text/html', 'text/plain']);
});

test('trainingProgress: reused for a second run, it starts a new output', () => {
  const sent = capture();
  const progress = display.trainingProgress({ epochs: 1 });
  for (let run = 0; run < 2; run++) {
    progress.onTrainBegin();
    progress.onEpochEnd(0, { loss: run });
    progress.onTrainEnd();
  }
  assert.equal(sent.length, 2);
  assert.notEqual(sent[0].id, sent[1].id);
  assert.deepEqual(progress.history.loss, [1]);
});

test('liveLossCurves: a fit callback that grows the curves and shows the final figure at train end', () => {
  const sent = capture();
  const cb = display.liveLossCurves({}, 0);
  cb.onTrainBegin();
  for (let e = 0; e < 3; e++) cb.onEpochEnd(e, { loss: 1 / (e + 1), val_loss: 2 / (e + 1) });
  cb.onTrainEnd();
  assert.deepEqual(cb.history, { loss: [1, 0.5, 1 / 3], val_loss: [2, 1, 2 / 3] });
  assert.deepEqual(sent.map((s) => s.update), [false, true, true, true, true]);
  const final = sent[sent.length - 1].data[display.PLOTLY_MIME] as { data: { y: number[] }[] };
  assert.deepEqual(final.data[1].y, [2, 1, 2 / 3]);
});

test('trainingProgress: one output updated in place, epoch, losses and a small curve; scalars in logs are read', () => {
  const sent = capture();
  const progress = display.trainingProgress({ epochs: 3, minIntervalMs: 0 });
  progress.onTrainBegin();
  const scalar = { dataSync: () => new Float32Array([0.25]) };
  progress.onEpochEnd(0, { loss: 1, val_loss: 1.5 });
  progress.onEpochEnd(1, { loss: 0.5, val_loss: 1 });
  progress.onEpochEnd(2, { loss: scalar, val_loss: 0.75 });
  progress.onTrainEnd();
  assert.equal(sent.length, 3, 'the last epoch is final; train end adds nothing');
  assert.deepEqual(sent.map((s) => s.update), [false, true, true]);
  assert.ok(sent.every((s) => s.id === sent[0].id));
  const html = sent[2].data['text/html'] as string;
  assert.match(html, /epoch 3\/3/);
  assert.match(html, /<b>loss<\/b> 0\.25/);
  assert.match(html, /<svg/);
  assert.equal(sent[2].data['text/plain'], '[####################] epoch 3/3  loss 0.25  val_loss 0.75');
  assert.deepEqual(progress.history.loss, [1, 0.5, 0.25]);
});

test('trainingProgress: throttled updates still end on the last epoch', () => {
  const sent = capture();
  const progress = display.trainingProgress({ minIntervalMs: 60_000 });
  for (let e = 0; e < 50; e++) progress.onEpochEnd(e, { loss: 1 / (e + 1) });
  progress.onTrainEnd();
  assert.equal(sent.length, 2);
  assert.match(sent[1].data['text/plain'] as string, /^epoch 50  loss 0\.02$/);
});

test('trainingProgress outside a notebook: a text progress bar on stdout', (t) => {
  display.setDisplaySink(null);
  const written: string[] = [];
  t.mock.method(process.stdout, 'write', (s: string) => { written.push(s); return true; });
  const progress = display.trainingProgress({ epochs: 2 });
  progress.onEpochEnd(0, { loss: 2 });
  progress.onEpochEnd(1, { loss: 1 });
  progress.onTrainEnd();
  t.mock.restoreAll();
  const text = written.join('');
  assert.match(text, /\[##########\.{10}\] epoch 1\/2  loss 2/);
  assert.match(text, /\[#{20}\] epoch 2\/2  loss 1\n/);
});
