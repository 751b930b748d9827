/**
 * Starts the wasm backend's multi-threaded build (XNNPACK on a pthread pool) under Node.
 *
 * tfjs-backend-wasm ships `tfjs-backend-wasm-threaded-simd.wasm` but never loads it in Node:
 *   1. the flag `WASM_HAS_MULTITHREAD_SUPPORT` answers false whenever `IS_NODE` (tfjs issue #3830);
 *   2. its emscripten glue starts each pthread as `new Worker(blobUrl)`, and sends the worker the
 *      module's source as a `Blob` that the worker loads with `importScripts`; Node's `worker_threads`
 *      accepts neither a `blob:` URL nor a Blob there, only a file;
 *   3. that source is the factory function's text, cut out of the Node bundle, so it refers to the
 *      bundle's locals (`require$$0` = fs, `commonjsGlobal`, tslib's `__values`...);
 *   4. the C++ side caps the pool at `emscripten_num_logical_cores() / 2` (it assumes two hardware
 *      threads per core), which is `os.cpus().length / 2`: one thread on a 2-core machine.
 * While the backend initialises, `withWasmThreads` therefore: sets the flag; records the text of the
 * Blobs the glue makes and gives `worker_threads.Worker` a wrapper that writes that text to a
 * temporary file and starts the worker from the file; prefixes the module source with the locals it
 * needs; and reports twice the cores to the C++ cap so that `threads` workers can run. Everything
 * is put back once the backend is ready, and the workers are unref'd so that Node can still exit.
 * The numbers computed are the same as with one thread.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as tf from '@tensorflow/tfjs';

interface WorkerLike {
  postMessage(message: unknown, transfer?: unknown): void;
  unref(): void;
}
type WorkerClass = new (filename: string | URL, options?: object) => WorkerLike;

/** The bundle locals that the module source refers to, defined for the worker's global scope. */
function modulePrelude(): string {
  const dist = path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm'));
  return [
    "var require$$0 = require('fs'), require$$1 = require('path'), require$$3 = require('perf_hooks'), require$$4 = require('os');",
    'var commonjsGlobal = globalThis;',
    `var __dirname = ${JSON.stringify(dist)}, __filename = __dirname + '/tf-backend-wasm.node.js';`,
    'function __values(o) { return o[Symbol.iterator](); }',
    'function __read(o) { return Array.from(o); }',
    'function __spreadArray(to, from) { return to.concat(Array.from(from)); }',
    '',
  ].join('\n');
}

/** A worker that cannot load its script never answers; setup should fail instead of hanging. */
const START_TIMEOUT_MS = 60_000;

/** A folder for the worker files, removed when the process exits. */
function scratchFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'losslab-wasm-threads-'));
  process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Replaces `object[key]` until the returned function is called. */
function swap<T extends object, K extends keyof T>(object: T, key: K, value: T[K]): () => void {
  const original = object[key];
  object[key] = value;
  return () => {
    object[key] = original;
  };
}

interface Shims {
  /** Puts back everything that was replaced. */
  restore(): void;
  /** Every worker the glue started. */
  workers: WorkerLike[];
}

/** Lets the emscripten glue start its workers from files, and lifts the C++ cap to `threads`. */
function installShims(threads: number): Shims {
  const workerThreads = require('worker_threads') as { Worker: WorkerClass };
  const osModule = require('os') as { cpus: typeof os.cpus };
  const blobText = new WeakMap<Blob, string>();
  const urlText = new Map<string, string>();
  const dir = scratchFolder();
  let files = 0;
  const writeFile = (text: string): string => {
    const file = path.join(dir, `script-${files++}.js`);
    fs.writeFileSync(file, text);
    return file;
  };
  let moduleFile: string | undefined;
  const workers: WorkerLike[] = [];

  const NativeBlob = globalThis.Blob;
  class RecordingBlob extends NativeBlob {
    constructor(parts?: BlobPart[], options?: BlobPropertyBag) {
      super(parts, options);
      if (parts !== undefined && parts.every((p) => typeof p === 'string')) blobText.set(this, parts.join(''));
    }
  }
  const createObjectURL = URL.createObjectURL;
  const NativeWorker = workerThreads.Worker;
  class FileWorker extends NativeWorker {
    constructor(filename: string | URL, options?: object) {
      const text = typeof filename === 'string' ? urlText.get(filename) : undefined;
      super(text === undefined ? filename : writeFile(text), options);
      workers.push(this);
    }
    override postMessage(message: unknown, transfer?: unknown): void {
      const m = message as { cmd?: string; urlOrBlob?: unknown };
      if (m?.cmd === 'load' && m.urlOrBlob instanceof NativeBlob && blobText.has(m.urlOrBlob)) {
        moduleFile ??= writeFile(modulePrelude() + blobText.get(m.urlOrBlob));
        message = { ...m, urlOrBlob: moduleFile };
      }
      super.postMessage(message, transfer);
    }
  }
  const nativeCpus = osModule.cpus;
  const restores = [
    swap(globalThis as { Blob: typeof Blob }, 'Blob', RecordingBlob),
    swap(URL, 'createObjectURL', (blob: Blob) => {
      const url = createObjectURL(blob);
      const text = blobText.get(blob);
      if (text !== undefined) urlText.set(url, text);
      return url;
    }),
    swap(workerThreads, 'Worker', FileWorker),
    swap(osModule, 'cpus', () => Array.from({ length: 2 * threads }, () => nativeCpus()[0])),
  ];
  return { restore: () => restores.reverse().forEach((restore) => restore()), workers };
}

/** Rejects after `ms` unless cancelled. */
function deadline(ms: number, message: string): { promise: Promise<never>; cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

/**
 * Runs `init` (which must initialise the wasm backend) with the multi-threaded build enabled.
 *
 * @param threads size of XNNPACK's pool, 2 to 8 (the glue pre-creates 8 workers).
 * @param init e.g. `() => tf.setBackend('wasm')`.
 */
export async function withWasmThreads<T>(threads: number, init: () => Promise<T>): Promise<T> {
  if (!Number.isInteger(threads) || threads < 2 || threads > 8) {
    throw new Error(`withWasmThreads: threads must be an integer in [2, 8]; got ${threads}`);
  }
  const wasm = require('@tensorflow/tfjs-backend-wasm') as { setThreadsCount(n: number): void };
  const shims = installShims(threads);
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', true);
  wasm.setThreadsCount(threads);
  const limit = deadline(START_TIMEOUT_MS, `withWasmThreads: the ${threads} wasm threads did not start within ${START_TIMEOUT_MS / 1000} s`);
  try {
    return await Promise.race([init(), limit.promise]);
  } finally {
    limit.cancel();
    shims.restore();
    // The glue refs a worker while it runs a pthread; XNNPACK's pool threads never end, so without
    // this a script would never exit. They still run while the process is alive for other reasons.
    shims.workers.forEach((worker) => worker.unref());
  }
}

/** XNNPACK's pool size of the running wasm backend (1 for the single-threaded build). */
export function wasmThreadsCount(): number {
  const wasm = require('@tensorflow/tfjs-backend-wasm') as { getThreadsCount(): number };
  return wasm.getThreadsCount();
}
