/**
 * Keeps every matrix product of the wasm backend on XNNPACK, including the backward pass.
 *
 * Why: the wasm backend hands a product to XNNPACK's fast kernel only when neither operand is
 * transposed (and there is no batch dimension); otherwise it runs a plain blocked triple loop
 * (`slow_batch_matmul` in tfjs-backend-wasm's `batch_mat_mul_impl.cc`). The gradient of
 * `y = x W` is `dW = xᵀ dy` and `dx = dy Wᵀ`, so every backward step of a dense layer takes the slow
 * loop: for the course's MLP (784-128-10, batch 128) the single product `xᵀ dy` cost ~9 ms of a
 * ~12 ms training step. Copying the transposed operand first (a cheap O(n·m) pass) and then
 * multiplying without transposes gives the same numbers through XNNPACK, about 8x faster for that
 * product. The copy is a blocked loop over the wasm heap, ~3x faster than the backend's `Transpose`.
 *
 * The wrapper is installed over the registered `BatchMatMul` and `_FusedMatMul` kernels of the
 * `wasm` backend; the other backends are untouched.
 */
import * as tf from '@tensorflow/tfjs';

/** The kernels whose transposed case is rewritten. */
export const WASM_MATMUL_KERNELS: readonly string[] = ['BatchMatMul', '_FusedMatMul'];

const WRAPPED = Symbol('losslab.wasmMatMulWrapped');

/** The kernel configs found before wrapping, so the stock behaviour can be restored. */
const originals = new Map<string, tf.KernelConfig>();

type WrappedKernelFunc = tf.KernelFunc & { [WRAPPED]?: true };

interface MatMulAttrs {
  transposeA: boolean;
  transposeB: boolean;
}

/** Product of the dimensions before the last two: XNNPACK is only used when it is 1. */
function batchSize(shape: readonly number[]): number {
  return shape.slice(0, -2).reduce((product, size) => product * size, 1);
}

/** The two methods of the wasm backend used to transpose in JavaScript, straight on its heap. */
interface WasmHeap {
  makeOutput(shape: number[], dtype: tf.DataType): tf.TensorInfo;
  typedArrayFromHeap(info: tf.TensorInfo): Float32Array;
}

function hasHeapAccess(backend: object): backend is WasmHeap {
  const b = backend as Partial<WasmHeap>;
  return typeof b.makeOutput === 'function' && typeof b.typedArrayFromHeap === 'function';
}

const BLOCK = 32;

/**
 * Swaps the last two axes of a float32 tensor whose other axes are all 1, in cache-sized blocks.
 * About 3x faster than the backend's own `Transpose` kernel for the [128, 784] input of the course's MLP.
 */
function transposeOnHeap(x: tf.TensorInfo, heap: WasmHeap): tf.TensorInfo {
  const rank = x.shape.length;
  const [rows, cols] = [x.shape[rank - 2], x.shape[rank - 1]];
  const out = heap.makeOutput([...x.shape.slice(0, -2), cols, rows], 'float32');
  // Views are taken after makeOutput, which may grow (and so replace) the wasm memory.
  const src = heap.typedArrayFromHeap(x);
  const dst = heap.typedArrayFromHeap(out);
  for (let i0 = 0; i0 < rows; i0 += BLOCK) {
    const iEnd = Math.min(i0 + BLOCK, rows);
    for (let j0 = 0; j0 < cols; j0 += BLOCK) {
      const jEnd = Math.min(j0 + BLOCK, cols);
      for (let i = i0; i < iEnd; i++) {
        for (let j = j0; j < jEnd; j++) dst[j * rows + i] = src[i * cols + j];
      }
    }
  }
  return out;
}

/** A kernel function that materialises the transposed operands, then calls the original. */
function withoutTransposes(original: tf.KernelFunc, transposeKernel: tf.KernelFunc): WrappedKernelFunc {
  const swapLastTwo = (x: tf.TensorInfo, backend: tf.KernelBackend): tf.TensorInfo => {
    if (x.dtype === 'float32' && hasHeapAccess(backend)) return transposeOnHeap(x, backend);
    const rank = x.shape.length;
    const perm = Array.from({ length: rank }, (_, i) => i);
    [perm[rank - 2], perm[rank - 1]] = [perm[rank - 1], perm[rank - 2]];
    return transposeKernel({ inputs: { x }, backend, attrs: { perm } }) as tf.TensorInfo;
  };
  const wrapped: WrappedKernelFunc = (args) => {
    const { inputs } = args;
    // tfjs types a kernel's backend as `{}`; the wasm backend is a KernelBackend.
    const backend = args.backend as tf.KernelBackend;
    const attrs = args.attrs as unknown as MatMulAttrs;
    const a = inputs.a as tf.TensorInfo;
    const b = inputs.b as tf.TensorInfo;
    const innerA = a.shape[a.shape.length - (attrs.transposeA ? 2 : 1)];
    const innerB = b.shape[b.shape.length - (attrs.transposeB ? 1 : 2)];
    // Mismatched shapes go to the original kernel, so that its error names the shapes the user gave.
    const needsRewrite =
      (attrs.transposeA || attrs.transposeB) &&
      innerA === innerB &&
      batchSize(a.shape) === 1 &&
      batchSize(b.shape) === 1;
    if (!needsRewrite) return original(args);
    const aPlain = attrs.transposeA ? swapLastTwo(a, backend) : a;
    const bPlain = attrs.transposeB ? swapLastTwo(b, backend) : b;
    try {
      return original({
        inputs: { ...inputs, a: aPlain, b: bPlain },
        backend,
        attrs: { ...args.attrs, transposeA: false, transposeB: false },
      });
    } finally {
      if (aPlain !== a) backend.disposeData(aPlain.dataId);
      if (bPlain !== b) backend.disposeData(bPlain.dataId);
    }
  };
  wrapped[WRAPPED] = true;
  return wrapped;
}

/** True when `kernelName` on wasm is already the wrapped version. */
export function isWasmMatMulWrapped(kernelName: string): boolean {
  const config = tf.getKernel(kernelName, 'wasm');
  return config !== undefined && (config.kernelFunc as WrappedKernelFunc)[WRAPPED] === true;
}

/**
 * Re-registers the wasm matrix-product kernels so that transposed products run on XNNPACK.
 * Idempotent; does nothing when the wasm backend's kernels are not registered.
 *
 * @returns the names of the kernels that are wrapped after the call.
 */
export function useFastWasmMatMul(): string[] {
  const transpose = tf.getKernel('Transpose', 'wasm');
  if (transpose === undefined) return [];
  const wrapped: string[] = [];
  for (const kernelName of WASM_MATMUL_KERNELS) {
    const config = tf.getKernel(kernelName, 'wasm');
    if (config === undefined) continue;
    if (!isWasmMatMulWrapped(kernelName)) {
      originals.set(kernelName, config);
      tf.unregisterKernel(kernelName, 'wasm');
      // The original setupFunc is kept so a re-initialised backend still binds the wasm function.
      tf.registerKernel({ ...config, kernelFunc: withoutTransposes(config.kernelFunc, transpose.kernelFunc) });
    }
    wrapped.push(kernelName);
  }
  return wrapped;
}

/** Puts back the kernels that `useFastWasmMatMul` replaced (for benchmarks of the stock backend). */
export function useStockWasmMatMul(): void {
  for (const [kernelName, config] of originals) {
    if (isWasmMatMulWrapped(kernelName)) {
      tf.unregisterKernel(kernelName, 'wasm');
      tf.registerKernel(config);
    }
  }
  originals.clear();
}
