/**
 * Bundles the in-browser course for the static site: the kernel (a Web Worker holding the library,
 * TensorFlow.js and TypeScript's compiler) and the notebook page's front end, plus the wasm
 * binaries of TensorFlow.js' wasm backend. One copy per site, under `assets/run/`.
 */
import { build, type Plugin } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'fs';
import { dirname, join, resolve } from 'path';
import { collectTypes } from './types';

const ROOT = resolve(__dirname, '..');
const SHIMS = join(ROOT, 'browser/kernel/shims');

/** Node-only modules of the library, replaced by their browser versions (see `kernel/shims/`). */
const REPLACED: Record<string, string> = {
  [join(ROOT, 'src/backend/wasm-threads')]: join(SHIMS, 'wasm-threads.ts'),
  [join(ROOT, 'src/display/plotly-loader')]: join(SHIMS, 'plotly-loader.ts'),
};
const NODE_BUILTINS = /^(node:)?(fs|os|path|worker_threads|perf_hooks|crypto)$/;

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
    b.onResolve({ filter: /^(node:)?util$/ }, () => ({ path: join(SHIMS, 'util.ts') }));
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

/** Where the bundles are kept between builds (git-ignored), with the stamp of what they were built from. */
const CACHE = join(ROOT, 'build', 'run-assets');

/** The newest modification time under the inputs of the bundles (sources, declarations, lock file). */
function inputsStamp(): string {
  let newest = 0;
  const visit = (path: string): void => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  ['browser', 'exporter', 'src', 'dist', 'package-lock.json'].forEach((p) => visit(join(ROOT, p)));
  return String(Math.round(newest));
}

/**
 * Writes `assets/run/` into the site folder `out`, from the bundles of an earlier build when no
 * input changed since (bundling TensorFlow.js and TypeScript takes seconds; tests build many sites).
 */
export async function buildBrowserCourse(out: string, options: { minify?: boolean } = {}): Promise<BrowserBuildResult> {
  const dir = join(out, 'assets', 'run');
  mkdirSync(dir, { recursive: true });
  // One folder per state of the inputs, written whole then renamed into place, so that builds running
  // at the same time (the test runner's) never read a half-written bundle.
  const cached = join(CACHE, `${inputsStamp()}-${options.minify ?? true ? 'min' : 'dev'}`);
  if (!existsSync(cached)) {
    const temporary = `${cached}.${process.pid}.tmp`;
    await bundle(temporary, options);
    try {
      renameSync(temporary, cached);
      for (const old of readdirSync(CACHE)) {
        if (join(CACHE, old) !== cached && !old.endsWith('.tmp')) rmSync(join(CACHE, old), { recursive: true, force: true });
      }
    } catch {
      rmSync(temporary, { recursive: true, force: true }); // another build got there first
    }
  }
  const files = readdirSync(cached);
  for (const file of files) copyFileSync(join(cached, file), join(dir, file));
  return { files: files.map((f) => `assets/run/${f}`) };
}

async function bundle(dir: string, options: { minify?: boolean }): Promise<void> {
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
  const wasmDir = dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
  for (const wasm of ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm']) copyFileSync(join(wasmDir, wasm), join(dir, wasm));
}
