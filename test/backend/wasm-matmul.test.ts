import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, tf } from '../../src';
import { isWasmMatMulWrapped, useFastWasmMatMul, WASM_MATMUL_KERNELS } from '../../src/backend/wasm-matmul';

// Reference: the same products computed by the pure-JavaScript cpu backend (an independent implementation).
async function onCpu<T>(f: () => T): Promise<T> {
  await tf.setBackend('cpu');
  try {
    return f();
  } finally {
    await tf.setBackend('wasm');
  }
}

function seeded(shape: number[], seed: number): tf.Tensor {
  return tf.randomNormal(shape, 0, 1, 'float32', seed);
}

test('setup on wasm wraps the matrix-product kernels, once', async () => {
  await setup({ backend: 'wasm', verbose: false });
  for (const name of WASM_MATMUL_KERNELS) assert.ok(isWasmMatMulWrapped(name), name);
  const before = tf.getKernel('BatchMatMul', 'wasm')?.kernelFunc;
  useFastWasmMatMul();
  await setup({ backend: 'wasm', verbose: false });
  assert.equal(tf.getKernel('BatchMatMul', 'wasm')?.kernelFunc, before);
});

test('setup({ wasmFastMatMul: false }) restores the stock kernels, and true wraps them again', async () => {
  await setup({ backend: 'wasm', verbose: false, wasmFastMatMul: false });
  assert.equal(isWasmMatMulWrapped('BatchMatMul'), false);
  await setup({ backend: 'wasm', verbose: false });
  assert.equal(isWasmMatMulWrapped('BatchMatMul'), true);
});

test('transposed products on wasm match the cpu backend, for every transpose combination', async () => {
  await setup({ backend: 'wasm', verbose: false });
  const shapes: Array<[number[], number[], boolean, boolean]> = [
    [[5, 3], [5, 4], true, false],
    [[3, 5], [4, 5], false, true],
    [[5, 3], [4, 5], true, true],
    [[3, 5], [5, 4], false, false],
    [[1, 5, 3], [1, 5, 4], true, false],
    [[2, 5, 3], [2, 5, 4], true, false], // a batch: left to the backend's own loop
    [[70, 45], [70, 33], true, false], // more than one 32x32 block of the transposing copy, ragged edges
    [[33, 70], [45, 70], false, true],
  ];
  for (const [aShape, bShape, transposeA, transposeB] of shapes) {
    const cpuValues = await onCpu(() =>
      tf.tidy(() => Array.from(tf.matMul(seeded(aShape, 1), seeded(bShape, 2), transposeA, transposeB).dataSync())),
    );
    const wasmValues = tf.tidy(() =>
      Array.from(tf.matMul(seeded(aShape, 1), seeded(bShape, 2), transposeA, transposeB).dataSync()),
    );
    assert.equal(wasmValues.length, cpuValues.length);
    wasmValues.forEach((v, i) => assert.ok(Math.abs(v - cpuValues[i]) < 1e-4, `${aShape} ${bShape} [${i}]`));
  }
});

test('fused transposed product with bias and relu on wasm matches the cpu backend', async () => {
  await setup({ backend: 'wasm', verbose: false });
  const run = () =>
    tf.tidy(() =>
      Array.from(
        tf.fused
          .matMul({ a: seeded([6, 3], 3) as tf.Tensor2D, b: seeded([4, 6], 4) as tf.Tensor2D, transposeA: true, transposeB: true, bias: seeded([4], 5), activation: 'relu' })
          .dataSync(),
      ),
    );
  const expected = await onCpu(run);
  const actual = run();
  actual.forEach((v, i) => assert.ok(Math.abs(v - expected[i]) < 1e-4, `[${i}]`));
});

test('gradients of a dense layer on wasm match the cpu backend and leak no tensors', async () => {
  await setup({ backend: 'wasm', verbose: false });
  const grads = () =>
    tf.tidy(() => {
      const x = seeded([8, 5], 6);
      const w = seeded([5, 3], 7);
      const g = tf.grads((xi: tf.Tensor, wi: tf.Tensor) => tf.relu(tf.matMul(xi, wi)).square().sum());
      return g([x, w]).map((t) => Array.from(t.dataSync()));
    });
  const expected = await onCpu(grads);
  const before = tf.memory().numTensors;
  for (let i = 0; i < 3; i++) {
    const actual = grads();
    actual.forEach((values, k) =>
      values.forEach((v, i) => assert.ok(Math.abs(v - expected[k][i]) < 1e-3, `grad ${k} [${i}]`)),
    );
  }
  assert.equal(tf.memory().numTensors, before);
});

test('a shape mismatch still reports the shapes and transposes the caller gave', async () => {
  await setup({ backend: 'wasm', verbose: false });
  assert.throws(
    () => tf.matMul(tf.ones([2, 3]), tf.ones([3, 2]), true, false),
    /inner shapes \(2\) and \(3\) of Tensors with shapes 2,3 and 3,2 and transposeA=true/,
  );
});
