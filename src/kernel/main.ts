/**
 * The course's Jupyter kernel: tslab's compiler and executor, with the fixes of issue 13
 * (see the README's "The kernel"). Jupyter starts it as
 *   node dist/kernel/main.js --config-path CONNECTION_FILE
 * in the notebook's folder.
 */
import * as path from 'path';
import vm = require('vm');
import { createConverter, type Converter } from 'tslab/dist/converter';
import { createExecutor, type ConverterSet } from 'tslab/dist/executor';
import { JupyterHandlerImpl } from 'tslab/dist/jupyter';
import { CellCompiler } from './cells';
import { KernelServer } from './server';
import { KernelSession, OutcomeConsole } from './session';
import { Tracebacks } from './traceback';

const TSLAB_WRAPPER = /^\(async function\(exports, require\) \{ |^\(function\(exports, require\) \{ /;

/** Names the V8 script of each cell (tslab runs them all as `evalmachine.<anonymous>`). */
function nameCells(compiler: CellCompiler, tracebacks: Tracebacks): (count: number) => void {
  let next: number | null = null;
  const run = vm.runInThisContext;
  (vm as { runInThisContext: typeof vm.runInThisContext }).runInThisContext = function (code: string, options?: vm.RunningScriptOptions | string) {
    if (next !== null && TSLAB_WRAPPER.test(code) && compiler.last && typeof options !== 'string') {
      const file = Tracebacks.fileName(next);
      const { source, expanded } = compiler.last;
      tracebacks.remember(file, { count: next, source, compiledFrom: expanded.code, insertions: expanded.insertions, javascript: code });
      next = null;
      return run.call(vm, code, { ...options, filename: file });
    }
    return run.call(vm, code, options);
  };
  return (count) => { next = count; };
}

export function startKernel(configPath: string): void {
  Error.stackTraceLimit = 50;
  let browser: Converter | null = null;
  const compiler = new CellCompiler(createConverter({ isJS: false, isBrowser: false }));
  const converters: ConverterSet = {
    node: compiler,
    get browser() { return (browser ??= createConverter({ isJS: false, isBrowser: true })); },
    close: () => { compiler.close(); browser?.close(); },
  };
  const outcomes = new OutcomeConsole();
  const root = path.resolve(__dirname, '..', '..');
  const tslabDir = path.dirname(require.resolve('tslab/package.json'));
  const tracebacks = new Tracebacks(root, [tslabDir + path.sep, __dirname + path.sep]);
  const nameNext = nameCells(compiler, tracebacks);
  const executor = createExecutor(process.cwd(), converters, outcomes);
  const session = new KernelSession(executor, compiler, outcomes, tracebacks, nameNext);
  const server = new KernelServer(new JupyterHandlerImpl(executor, false), configPath).attach(session);
  process.on('SIGINT', () => executor.interrupt());
  const report = (what: string) => (thrown: unknown) => {
    const { traceback } = tracebacks.fromThrown(thrown);
    console.error(`${what}: ${traceback.join('\n')}`);
  };
  process.on('uncaughtException', report('Uncaught exception'));
  process.on('unhandledRejection', report('Unhandled promise rejection'));
  void server.init();
}

function configPathFrom(argv: string[]): string {
  const at = argv.indexOf('--config-path');
  const value = at >= 0 ? argv[at + 1] : undefined;
  if (!value) throw new Error(`losslab kernel: expected --config-path CONNECTION_FILE; got ${JSON.stringify(argv)}`);
  return value;
}

if (require.main === module) startKernel(configPathFrom(process.argv.slice(2)));
