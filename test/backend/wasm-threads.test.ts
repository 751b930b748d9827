import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, tf } from '../../src';

// This file runs in its own process (Node's test runner isolates files), so the wasm backend is
// initialised here for the first time, which is when the thread count can be chosen.

test('setup rejects a thread count outside 1..8, from the option or the environment', async () => {
  await assert.rejects(setup({ backend: 'wasm', wasmThreads: 0, verbose: false }), /options\.wasmThreads must be an integer from 1 to 8; got '0'/);
  await assert.rejects(setup({ backend: 'wasm', wasmThreads: 2.5, verbose: false }), /got '2\.5'/);
  process.env.LOSSLAB_WASM_THREADS = 'many';
  try {
    await assert.rejects(setup({ backend: 'wasm', verbose: false }), /LOSSLAB_WASM_THREADS must be an integer from 1 to 8; got 'many'/);
  } finally {
    delete process.env.LOSSLAB_WASM_THREADS;
  }
});

test('setup({ wasmThreads: 2 }) starts the multi-threaded wasm build and computes what cpu computes', async () => {
  // Reference: the pure-JavaScript cpu backend on the same seeded inputs.
  await tf.setBackend('cpu');
  const product = () =>
    tf.tidy(() => {
      const a = tf.randomNormal([64, 96], 0, 1, 'float32', 1);
      const b = tf.randomNormal([96, 48], 0, 1, 'float32', 2);
      return Array.from(tf.matMul(a, b, false, false).dataSync());
    });
  const expected = product();

  const report = await setup({ backend: 'wasm', wasmThreads: 2, verbose: false });
  assert.equal(report.backend, 'wasm');
  assert.equal(report.wasmThreads, 2);
  const actual = product();
  actual.forEach((v, i) => assert.ok(Math.abs(v - expected[i]) < 1e-3, `[${i}] ${v} vs ${expected[i]}`));
  // The shims are removed once the backend is up.
  assert.equal(require('worker_threads').Worker.name, 'Worker');
  assert.notEqual(globalThis.Blob.name, 'RecordingBlob');
});

test('a later setup cannot change the thread count of a running wasm backend, and says so in the report', async () => {
  const report = await setup({ backend: 'wasm', wasmThreads: 4, verbose: false });
  assert.equal(report.wasmThreads, 2);
});
