/**
 * Choosing where the tensors live: the first call of every notebook.
 *
 * TensorFlow.js can run on several backends. From fastest to slowest on a CPU:
 *   - `tensorflow`: native libtensorflow through `@tensorflow/tfjs-node` (an optional dependency:
 *     its install downloads libtensorflow, so it is only there on machines with internet);
 *   - `wasm`: `@tensorflow/tfjs-backend-wasm`, XNNPACK compiled to WebAssembly with SIMD;
 *   - `cpu`: plain JavaScript, always available.
 * `setup()` takes the first that loads, unless one is forced by the argument or by the
 * `LOSSLAB_BACKEND` environment variable.
 */
import * as tf from '@tensorflow/tfjs';
import { setSeed } from '../random/seed';
import { useFastWasmMatMul, useStockWasmMatMul } from './wasm-matmul';
import { wasmThreadsCount, withWasmThreads } from './wasm-threads';

export type BackendName = 'tensorflow' | 'webgl' | 'wasm' | 'cpu';

/** True in a browser page or worker (the course's in-browser kernel), false in Node. */
const IN_BROWSER = typeof process === 'undefined' || typeof (process as { versions?: { node?: string } }).versions?.node !== 'string';

/** The backends `setup()` tries, fastest first: native TensorFlow in Node, the GPU in a browser. */
export const BACKEND_PREFERENCE: readonly BackendName[] = IN_BROWSER ? ['webgl', 'wasm', 'cpu'] : ['tensorflow', 'wasm', 'cpu'];

export interface SetupOptions {
  /** Use exactly this backend (fail if it does not load). Default: `LOSSLAB_BACKEND`, else the fastest that loads. */
  backend?: BackendName;
  /** Seed for every random draw of the session (data, weight initialisers, shuffling). Default 42. */
  seed?: number;
  /** Print one line naming the chosen backend. Default true. */
  verbose?: boolean;
  /**
   * On `wasm`, route transposed matrix products (every dense layer's backward pass) through
   * XNNPACK instead of the backend's slow loop; see `wasm-matmul.ts`. Default true; `false` is
   * for benchmarks that measure the stock backend.
   */
  wasmFastMatMul?: boolean;
  /**
   * On `wasm`, the size of XNNPACK's thread pool: 1 runs the single-threaded build; 2 to 8 start the
   * multi-threaded build through the shims of `wasm-threads.ts`. Only takes effect on the first
   * initialisation of the wasm backend in a process. Default: `LOSSLAB_WASM_THREADS`, else 1.
   */
  wasmThreads?: number;
}

export interface BackendAttempt {
  backend: BackendName;
  ok: boolean;
  /** Why a backend was not used. */
  reason?: string;
}

export interface SetupReport {
  backend: BackendName;
  tfjsVersion: string;
  seed: number;
  attempts: BackendAttempt[];
  /** XNNPACK's thread count when the backend is wasm. */
  wasmThreads?: number;
}

/** Loads the package that provides a backend; returns why not when it cannot. */
function loadBackendPackage(name: BackendName): string | undefined {
  try {
    // webgl and cpu come with @tensorflow/tfjs itself.
    if (name === 'tensorflow') require('@tensorflow/tfjs-node');
    if (name === 'wasm') require('@tensorflow/tfjs-backend-wasm');
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return `could not load its package (${message})`;
  }
}

/** The cpu backend greets Node users with a banner on its first tensor; a course has no use for it. */
function silenceCpuBanner(): void {
  const cpu = tf.findBackend('cpu') as unknown as { firstUse?: boolean } | null;
  if (cpu !== null && 'firstUse' in cpu) cpu.firstUse = false;
}

function parseBackend(value: string, origin: string): BackendName {
  if ((BACKEND_PREFERENCE as readonly string[]).includes(value)) return value as BackendName;
  throw new Error(
    `setup: ${origin} must be one of ${BACKEND_PREFERENCE.map((b) => `'${b}'`).join(', ')}; got '${value}'`,
  );
}

function parseThreads(value: number | string, origin: string): number {
  const threads = Number(value);
  if (!Number.isInteger(threads) || threads < 1 || threads > 8) {
    throw new Error(`setup: ${origin} must be an integer from 1 to 8; got '${value}'`);
  }
  return threads;
}

function threadsOption(options: SetupOptions): number {
  const fromEnv = process.env.LOSSLAB_WASM_THREADS;
  if (options.wasmThreads !== undefined) return parseThreads(options.wasmThreads, 'options.wasmThreads');
  if (fromEnv !== undefined && fromEnv !== '') return parseThreads(fromEnv, 'the environment variable LOSSLAB_WASM_THREADS');
  return 1;
}

/** Initialises a backend; wasm's multi-threaded build needs its shims around the first initialisation. */
function initialise(name: BackendName, wasmThreads: number): Promise<boolean> {
  const initialised = name in tf.engine().registry;
  if (name === 'wasm' && wasmThreads > 1 && !initialised) return withWasmThreads(wasmThreads, () => tf.setBackend(name));
  return tf.setBackend(name);
}

async function tryBackend(name: BackendName, wasmFastMatMul: boolean, wasmThreads: number): Promise<BackendAttempt> {
  const loadError = loadBackendPackage(name);
  if (loadError !== undefined) return { backend: name, ok: false, reason: loadError };
  if (tf.findBackendFactory(name) === null) {
    return { backend: name, ok: false, reason: 'its package loaded but registered no backend' };
  }
  if (name === 'wasm') {
    if (wasmFastMatMul) useFastWasmMatMul();
    else useStockWasmMatMul();
  }
  try {
    const ok = await initialise(name, wasmThreads);
    if (!ok) return { backend: name, ok: false, reason: 'initialisation failed' };
    await tf.ready();
    return { backend: name, ok: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { backend: name, ok: false, reason: `initialisation failed (${message})` };
  }
}

/**
 * Selects the TensorFlow.js backend and seeds randomness. Call it once, first.
 *
 * @example
 * const { backend } = await setup();          // prints "losslab: backend wasm (TensorFlow.js 4.22.0), seed 42"
 * await setup({ backend: 'cpu', seed: 7 });   // force one
 */
export async function setup(options: SetupOptions = {}): Promise<SetupReport> {
  const fromEnv = process.env.LOSSLAB_BACKEND;
  const forced =
    options.backend !== undefined
      ? parseBackend(options.backend, 'options.backend')
      : fromEnv !== undefined && fromEnv !== ''
        ? parseBackend(fromEnv, 'the environment variable LOSSLAB_BACKEND')
        : undefined;
  const wasmThreads = threadsOption(options);
  const seed = options.seed ?? 42;
  if (!Number.isFinite(seed)) throw new Error(`setup: seed must be a finite number; got ${seed}`);

  silenceCpuBanner();
  const candidates = forced !== undefined ? [forced] : BACKEND_PREFERENCE;
  const attempts: BackendAttempt[] = [];
  for (const name of candidates) {
    const attempt = await tryBackend(name, options.wasmFastMatMul ?? true, wasmThreads);
    attempts.push(attempt);
    if (attempt.ok) break;
  }
  const chosen = attempts.find((a) => a.ok);
  if (chosen === undefined) {
    const why = attempts.map((a) => `${a.backend}: ${a.reason}`).join('; ');
    throw new Error(`setup: no TensorFlow.js backend could be started (${why})`);
  }
  silenceCpuBanner();
  setSeed(seed);

  const report: SetupReport = { backend: chosen.backend, tfjsVersion: tf.version_core, seed, attempts };
  if (chosen.backend === 'wasm') report.wasmThreads = wasmThreadsCount();
  if (options.verbose ?? true) {
    const threads = (report.wasmThreads ?? 1) > 1 ? `, ${report.wasmThreads} threads` : '';
    console.log(`losslab: backend ${report.backend} (TensorFlow.js ${report.tfjsVersion}${threads}), seed ${seed}`);
  }
  return report;
}
