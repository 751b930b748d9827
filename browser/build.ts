/**
 * Bundles the in-browser course for the static site: the kernel (a Web Worker holding the library,
 * TensorFlow.js and TypeScript's compiler) and the notebook page's front end, plus the wasm
 * binaries of TensorFlow.js' wasm backend. One copy per site, under `assets/run/`.
 */
import { build, type Plugin } from 'esbuild';
import { copyFileSync, mkdirSync, writeFileSync } from 'fs';
import { dirname, join, resolve } from 'path';
import { collectTypes } from './types';

const ROOT = resolve(__dirname, '..');
const SHIMS = join(ROOT, 'browser/kernel/shims');

/** Node-only modules of the library, replaced by their browser versions (see `kernel/shims/`). */
const REPLACED: Record<string, string> = {
  [join(ROOT, 'src/backend/wasm-threads')]: join(SHIMS, 'wasm-threads.ts'),
  [join(ROOT, 'src/display/plotly-loader')]: join(SHIMS, 'plotly-loader.ts'),
};
const NODE_BUILTINS = /^(node:)?(fs|os|path|worker_threads|perf_hooks|crypto|util)$/;

const browserModules: Plugin = {
  name: 'losslab-browser-modules',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      const target = resolve(args.resolveDir, args.path).replace(/\.ts$/, '');
      const replacement = REPLACED[target];
      if (!replacement || args.importer === replacement) return undefined;
      return { path: replacement };
    });
    b.onResolve({ filter: NODE_BUILTINS }, () => ({ path: join(SHIMS, 'node-builtin.ts') }));
    // The library's `require('@tensorflow/tfjs-backend-wasm')` would otherwise pull in the CommonJS
    // builds, a second tfjs-core whose tensors have no ops: resolve it as an import instead.
    b.onResolve({ filter: /^@tensorflow\/tfjs-(core|backend-wasm)$/ }, (args) => {
      if (args.kind !== 'require-call') return undefined;
      return b.resolve(args.path, { kind: 'import-statement', resolveDir: args.resolveDir });
    });
  },
};

export interface BrowserBuildResult {
  /** Files written, relative to the output folder. */
  files: string[];
}

/** Writes `assets/run/` into the site folder `out`. */
export async function buildBrowserCourse(out: string, options: { minify?: boolean } = {}): Promise<BrowserBuildResult> {
  const dir = join(out, 'assets', 'run');
  mkdirSync(dir, { recursive: true });
  const common = {
    bundle: true,
    platform: 'browser' as const,
    format: 'iife' as const,
    target: 'es2020',
    minify: options.minify ?? true,
    legalComments: 'none' as const,
    logLevel: 'error' as const,
    plugins: [browserModules],
    define: { 'process.env': 'globalThis.__losslabEnv', 'process.pid': '0', global: 'globalThis' },
    external: ['@tensorflow/tfjs-node'],
  };
  await build({ ...common, entryPoints: [join(ROOT, 'browser/kernel/worker.ts')], outfile: join(dir, 'kernel.js') });
  await build({
    ...common,
    entryPoints: [join(ROOT, 'browser/page/main.ts')],
    outfile: join(dir, 'notebook.js'),
    inject: [join(ROOT, 'browser/page/buffer-shim.ts')],
    loader: { '.css': 'text' },
  });
  writeFileSync(join(dir, 'types.json'), JSON.stringify(collectTypes()));
  const files = ['kernel.js', 'notebook.js', 'types.json'];
  const wasmDir = dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
  for (const wasm of ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm']) {
    copyFileSync(join(wasmDir, wasm), join(dir, wasm));
    files.push(wasm);
  }
  return { files: files.map((f) => `assets/run/${f}`) };
}
