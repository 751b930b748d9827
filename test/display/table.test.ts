import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tf } from '../../src';
import * as display from '../../src/display';

test('toTable: records (union of keys), per-epoch logs, matrices, lists', () => {
  assert.deepEqual(display.toTable([{ a: 1 }, { a: 2, b: 'x' }]), { columns: ['a', 'b'], rows: [[1, undefined], [2, 'x']] });
  assert.deepEqual(display.toTable({ loss: [1, 0.5], val_loss: [2, 1] }), { columns: ['epoch', 'loss', 'val_loss'], rows: [[1, 1, 2], [2, 0.5, 1]] });
  assert.deepEqual(display.toTable([[1, 2], [3, 4]]).rows, [[0, 1, 2], [1, 3, 4]]);
  assert.deepEqual(display.toTable([5, 6]).rows, [[0, 5], [1, 6]]);
});

test('toTable: tensors of rank 0, 1, 2 with dtype and shape as caption, without leaking tensors', () => {
  const before = tf.memory().numTensors;
  const t2 = tf.tensor2d([[1.5, 2], [3, 4]]);
  const table = display.toTable(t2);
  assert.equal(table.caption, 'Tensor float32 [2, 2]');
  assert.deepEqual(table.rows, [[0, 1.5, 2], [1, 3, 4]]);
  const s = tf.scalar(3);
  assert.deepEqual(display.toTable(s).rows, [[3]]);
  tf.dispose([t2, s]);
  assert.equal(tf.memory().numTensors, before);
});

test('tableHtml and tableText: escaped, numbers formatted, long tables cut', () => {
  const rows = [{ name: '<b>huber</b>', value: 0.123456789 }, { name: 'mse', value: 1e-7 }, { name: 'mae', value: 3 }];
  const html = display.tableHtml(display.toTable(rows), { maxRows: 2, caption: 'catalogue' });
  assert.match(html, /&lt;b&gt;huber&lt;\/b&gt;/);
  assert.match(html, />0\.1235</);
  assert.match(html, />1\.000e-7</);
  assert.match(html, /… 1 more rows/);
  assert.match(html, /<caption[^>]*>catalogue<\/caption>/);
  assert.equal(display.tableText(display.toTable(rows)), [
    '        name     value',
    '<b>huber</b>    0.1235',
    '         mse  1.000e-7',
    '         mae         3',
  ].join('\n'));
});

test('table: sends one bundle with html and plain text', () => {
  const sent: Record<string, unknown>[] = [];
  display.setDisplaySink((m) => sent.push(m.data));
  try {
    display.table({ loss: [1, 0.5] });
  } finally {
    display.setDisplaySink(null);
  }
  assert.equal(sent.length, 1);
  assert.deepEqual(Object.keys(sent[0]).sort(), ['text/html', 'text/plain']);
  assert.throws(() => display.toTable('nope' as never), /toTable: expected/);
});
