/**
 * The in-browser kernel: a Web Worker that runs notebook cells the way the Jupyter kernel does, and
 * answers with Jupyter's message types (`stream`, `display_data`, `update_display_data`,
 * `execute_result`, `error`), so the page renders them as the static export renders a notebook's
 * outputs. The library runs here, bundled for the browser; the page stays responsive, and
 * interrupting a runaway cell is terminating this worker.
 */
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import * as losslab from '../../src/index';
import { setDisplaySink } from '../../src/display/channel';
import { compileCell, CellSyntaxError } from './cell-transform';
import { formatArgs } from './format';
import type { FromKernel, ToKernel } from './protocol';
import { runtimeError } from './traceback';
import { CellChecker, type TypeBundle } from './type-check';
import { valueBundle } from '../../src/kernel/value-bundle';

declare const self: { postMessage(message: FromKernel): void; onmessage: ((event: { data: ToKernel }) => void) | null };

const MODULES: Record<string, unknown> = { losslab, '@tensorflow/tfjs': tf };
const scope: Record<string, unknown> = Object.create(null);
let currentId = '';
let cellCounter = 0;
let checker: Promise<CellChecker | undefined> = Promise.resolve(undefined);
/** Cells run one after another, in the order they were sent. */
let queue: Promise<void> = Promise.resolve();

function post(message: FromKernel): void {
  self.postMessage(message);
}

function importModule(name: string): unknown {
  if (Object.prototype.hasOwnProperty.call(MODULES, name)) return MODULES[name];
  throw new Error(`Cannot find module '${name}': in the browser a cell can import ${Object.keys(MODULES).map((m) => `'${m}'`).join(' and ')}`);
}

function importDefault(name: string): unknown {
  const module = importModule(name) as { default?: unknown };
  return module.default ?? module;
}

function captureConsole(): void {
  const write = (name: 'stdout' | 'stderr') => (...args: unknown[]) =>
    post({ type: 'stream', id: currentId, name, text: `${formatArgs(args)}\n` });
  console.log = write('stdout');
  console.info = write('stdout');
  console.debug = write('stdout');
  console.warn = write('stderr');
  console.error = write('stderr');
}

function reportError(error: unknown, cell: { count: number; cellLine(line: number): number } | undefined, file: string, source: string): void {
  post({ type: 'error', id: currentId, ...runtimeError(error, cell, file, source) });
}

async function execute(id: string, source: string, count: number): Promise<void> {
  currentId = id;
  cellCounter += 1;
  const file = `cell-${cellCounter}.js`;
  let compiled;
  try {
    compiled = compileCell(source);
  } catch (error) {
    if (!(error instanceof CellSyntaxError)) throw error;
    post({ type: 'error', id, ename: 'SyntaxError', evalue: error.message, traceback: [error.message] });
    post({ type: 'done', id, status: 'error' });
    return;
  }
  const check = await checker;
  const problems = check ? check.check(source) : [];
  if (problems.length > 0) {
    post({ type: 'error', id, ename: 'TypeScriptError', evalue: problems[0], traceback: problems });
    post({ type: 'done', id, status: 'error' });
    return;
  }
  for (const name of compiled.declared) if (!(name in scope)) scope[name] = undefined;
  const wrapped =
    `(function (__scope, __import, __importDefault) { with (__scope) { return (async () => {\n` +
    `${compiled.body}\n})(); } })\n//# sourceURL=${file}`;
  try {
    const run = (0, eval)(wrapped) as (s: object, i: typeof importModule, d: typeof importDefault) => Promise<{ value: unknown } | undefined>;
    const result = await run(scope, importModule, importDefault);
    check?.commit(source);
    if (compiled.showsValue && result && result.value !== undefined) {
      post({ type: 'execute_result', id, data: await valueBundle(result.value) });
    }
    post({ type: 'done', id, status: 'ok' });
  } catch (error) {
    reportError(error, { count, cellLine: compiled.cellLine }, file, source);
    post({ type: 'done', id, status: 'error' });
  }
}

self.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'init') {
    (globalThis as { __losslabEnv?: Record<string, string> }).__losslabEnv = message.backend ? { LOSSLAB_BACKEND: message.backend } : {};
    setWasmPaths(message.wasmBase);
    checker = fetch(`${message.wasmBase}types.json`)
      .then((response) => response.json() as Promise<TypeBundle>)
      .then((types) => new CellChecker(types))
      .catch((error: unknown) => {
        post({ type: 'stream', id: currentId, name: 'stderr', text: `losslab: type checking is off (the type declarations did not load: ${String(error)})\n` });
        return undefined;
      });
    captureConsole();
    setDisplaySink((display, update) =>
      post({ type: update ? 'update_display_data' : 'display_data', id: currentId, data: display.data, metadata: display.metadata, transient: display.transient }),
    );
    addEventListener('unhandledrejection', (e) => reportError((e as PromiseRejectionEvent).reason, undefined, '', ''));
    post({ type: 'ready', id: '' });
    return;
  }
  if (message.type === 'execute') queue = queue.then(() => execute(message.id, message.code, message.count));
  // Completions do not wait for the queue: they are answered between the awaits of a running cell.
  if (message.type === 'complete') {
    void checker.then((check) => post({ type: 'completions', id: message.id, items: check ? check.completions(message.code, message.position) : [] }));
  }
};
