import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, tf } from '../../src';

test('setup forces the cpu backend when asked, and reports it', async () => {
  const report = await setup({ backend: 'cpu', verbose: false });
  assert.equal(report.backend, 'cpu');
  assert.equal(tf.getBackend(), 'cpu');
});
