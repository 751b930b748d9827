/** Values that display themselves (Symbol.for('Jupyter.display')), tensors' text, and plotly.js per page. */
import { afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { plots, tf } from '../../src';
import * as display from '../../src/display';

const DISPLAY = Symbol.for('Jupyter.display');
const CLIENT = Symbol.for('losslab.kernel.client');
type Displayable = { [DISPLAY]: () => Record<string, unknown> };

afterEach(() => {
  display.setDisplaySink(null);
  display.resetPlotly();
  delete (globalThis as Record<symbol, unknown>)[CLIENT];
});

test('a plots figure returns the bundle display.show sends, and stays plain JSON', () => {
  const fig = plots.lossCurves({ loss: [3, 2, 1] });
  display.setDisplaySink(() => undefined);
  const bundle = (fig as unknown as Displayable)[DISPLAY]();
  assert.deepEqual(Object.keys(bundle).sort(), ['application/vnd.plotly.v1+json', 'text/html', 'text/plain']);
  assert.deepEqual(Object.keys(fig).sort(), ['data', 'layout']);
  assert.equal(JSON.stringify(fig), JSON.stringify({ data: fig.data, layout: fig.layout }));
});

test('a tensor prints dtype, shape and values through util.inspect and its display bundle', () => {
  const t = tf.tensor2d([[1, 2], [3, 4]]);
  for (const text of [inspect(t), String((t as unknown as Displayable)[DISPLAY]()['text/plain'])]) {
    assert.match(text, /dtype: float32/);
    assert.match(text, /shape: \[2,2\]/);
    assert.match(text, /\[\[1, 2\],\s*\[3, 4\]\]/);
  }
  t.dispose();
  assert.match(inspect(t), /Tensor \(disposed\)/);
});

test('plotly.js goes again to a page (client session) that has not had it', () => {
  const sent: boolean[] = [];
  display.setDisplaySink((m) => sent.push(String(m.data['text/html']).includes(display.PLOTLY_SCRIPT_ID)));
  const fig = plots.lossCurves({ loss: [2, 1] });
  for (const client of ['page-1', 'page-1', 'page-2', 'page-2']) {
    (globalThis as Record<symbol, unknown>)[CLIENT] = client;
    display.show(fig);
  }
  assert.deepEqual(sent, [true, false, true, false]);
});

test('a table from display.toTable shows as the html table display.table sends', () => {
  const data = display.toTable({ loss: [0.5, 0.25] });
  const bundle = (data as unknown as Displayable)[DISPLAY]();
  assert.deepEqual(bundle, display.tableBundle({ loss: [0.5, 0.25] }));
  assert.deepEqual(Object.keys(data).sort(), ['columns', 'rows']);
});
