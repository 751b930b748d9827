/**
 * The type declarations the in-browser kernel checks cells against, gathered at build time: the
 * TypeScript libs the Jupyter kernel uses (ES2022), the DOM's (the worker's console and timers), and
 * exactly the `.d.ts` files that `import ... from 'losslab'` and `'@tensorflow/tfjs'` reach, with the
 * `package.json` files that let the compiler resolve them. Written as one JSON file,
 * `assets/run/types.json`: `{ libs: string[], files: { [virtualPath]: text } }`.
 */
import ts from '@tslab/typescript-for-tslab';
import { existsSync, readFileSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';

const ROOT = resolve(__dirname, '..');
/** Library files of the check, as TypeScript names them (`lib.es2022.d.ts`) . */
export const CHECK_LIBS = ['lib.es2022.d.ts', 'lib.dom.d.ts'];
/** The modules a cell may import in the browser (see `kernel/worker.ts`). */
export const CELL_MODULES = ['losslab', '@tensorflow/tfjs'];

export interface TypeBundle {
  libs: string[];
  files: Record<string, string>;
}

/** The nearest package.json above `file` (inside node_modules), or undefined. */
function packageJsonOf(file: string): string | undefined {
  for (let dir = dirname(file); dir.includes('node_modules') || dir === ROOT; dir = dirname(dir)) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) return candidate;
    if (dir === dirname(dir)) break;
  }
  return undefined;
}

/** Virtual path of a real file: under `/`, the project root's layout (`/node_modules/...`, `/dist/...`). */
function virtualPath(file: string): string {
  return `/${relative(ROOT, file).split('\\').join('/')}`;
}

export function collectTypes(): TypeBundle {
  const entry = join(ROOT, '.types-entry.ts');
  const source = CELL_MODULES.map((m, i) => `import * as m${i} from '${m}';`).join('\n');
  const options: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.NodeJs, noLib: true, types: [], skipLibCheck: true,
    baseUrl: ROOT, paths: { losslab: ['dist/index.d.ts'] } };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => (resolve(file) === entry ? source : readFile(file));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (file) => resolve(file) === entry || fileExists(file);
  const program = ts.createProgram([entry], options, host);
  const files: Record<string, string> = {};
  for (const file of program.getSourceFiles()) {
    const real = resolve(file.fileName);
    if (real === entry) continue;
    files[virtualPath(real)] = file.text;
    const pkg = packageJsonOf(real);
    if (pkg && !files[virtualPath(pkg)]) files[virtualPath(pkg)] = readFileSync(pkg, 'utf8');
  }
  // `losslab` is the project itself: its declarations are served as the package a learner installs.
  files['/node_modules/losslab/package.json'] = JSON.stringify({ name: 'losslab', types: 'dist/index.d.ts' });
  for (const path of Object.keys(files)) {
    if (!path.startsWith('/dist/')) continue;
    files[`/node_modules/losslab${path}`] = files[path];
    delete files[path];
  }
  const libDir = dirname(require.resolve('@tslab/typescript-for-tslab/lib/lib.d.ts'));
  const libs: string[] = [];
  const addLib = (name: string): void => {
    if (libs.includes(name)) return;
    const text = readFileSync(join(libDir, name), 'utf8');
    for (const ref of text.matchAll(/\/\/\/\s*<reference lib="([^"]+)"\s*\/>/g)) addLib(`lib.${ref[1]}.d.ts`);
    libs.push(name);
    files[`/lib/${name}`] = text;
  };
  CHECK_LIBS.forEach(addLib);
  return { libs, files };
}
