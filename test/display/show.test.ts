import { afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { plots } from '../../src';
import * as display from '../../src/display';
import type { DisplayMessage } from '../../src/display';

const fig = plots.lossBowl((w) => w * w, [1, 0.5, 0.25]);

function capture(): { messages: [DisplayMessage, boolean][] } {
  const log = { messages: [] as [DisplayMessage, boolean][] };
  display.setDisplaySink((m, update) => log.messages.push([m, update]));
  display.resetPlotly();
  return log;
}

afterEach(() => { display.setDisplaySink(null); display.resetPlotly(); });

test('show: one display_data per call with Plotly JSON, html and text; plotly.js only in the first', () => {
  const log = capture();
  display.show(fig);
  display.show(fig);
  assert.equal(log.messages.length, 2);
  for (const [m, update] of log.messages) {
    assert.equal(update, false);
    assert.deepEqual(Object.keys(m.data).sort(), [display.PLOTLY_MIME, 'text/html', 'text/plain'].sort());
  }
  assert.match(log.messages[0][0].data['text/html'] as string, /id="losslab-plotly-js"/);
  assert.doesNotMatch(log.messages[1][0].data['text/html'] as string, /id="losslab-plotly-js"/);
});

test('show: includePlotly forces or forbids plotly.js; resetPlotly starts over', () => {
  const log = capture();
  display.show(fig, { includePlotly: false });
  display.show(fig);
  display.show(fig, { includePlotly: true });
  const carries = log.messages.map(([m]) => (m.data['text/html'] as string).includes('losslab-plotly-js'));
  assert.deepEqual(carries, [false, true, true]);
});

test('the tslab kernel is found through its jupyter module and gets the whole bundle', () => {
  const key = '/fake/node_modules/tslab/dist/jupyter.js';
  const sent: [DisplayMessage, boolean][] = [];
  require.cache[key] = { exports: { lastWriteDisplayData: (m: DisplayMessage, u: boolean) => sent.push([m, u]) } } as NodeJS.Module;
  try {
    assert.equal(display.inNotebook(), true);
    display.show(fig);
    assert.equal(sent.length, 1);
    assert.ok(display.PLOTLY_MIME in sent[0][0].data && 'text/html' in sent[0][0].data);
  } finally {
    delete require.cache[key];
  }
  assert.equal(display.inNotebook(), false);
});

test('outside a notebook show prints the one-line summary and sends nothing', (t) => {
  const lines: string[] = [];
  t.mock.method(console, 'log', (s: string) => lines.push(s));
  display.show(fig);
  assert.deepEqual(lines, ['Figure: Gradient descent on the loss bowl (2 traces: loss L(w), gradient descent)']);
});
