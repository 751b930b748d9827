/**
 * The browser build's `src/backend/wasm-threads.ts`: the multi-threaded wasm build needs Node's
 * worker_threads shims, so in the browser XNNPACK runs on one thread (the kernel is already a worker).
 */

/** Refuses: threads are a Node-only option of `setup()`. */
export async function withWasmThreads<T>(threads: number, init: () => Promise<T>): Promise<T> {
  void init;
  throw new Error(`setup: wasmThreads must be 1 in the browser (the multi-threaded wasm build is Node-only); got ${threads}`);
}

/** XNNPACK's thread count: always 1 here. */
export function wasmThreadsCount(): number {
  return 1;
}
