/** Helpers shared by the runner's tests: build a notebook, a scratch folder, run the real runner. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
const PYTHON = process.env.LOSSLAB_PYTHON ?? '/usr/bin/python3';
const JUPYTER_PATH = process.env.JUPYTER_PATH ?? join(ROOT, '.jupyter/share/jupyter');

export type Cell = { source: string; tags?: string[]; markdown?: boolean };

export function notebook(cells: Cell[]): string {
  return JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: 'tslab', display_name: 'TypeScript', language: 'typescript' } },
    cells: cells.map((cell, i) => ({
      id: `cell-${i}`,
      cell_type: cell.markdown ? 'markdown' : 'code',
      metadata: cell.tags ? { tags: cell.tags } : {},
      source: cell.source,
      ...(cell.markdown ? {} : { outputs: [], execution_count: null }),
    })),
  });
}

/** A scratch folder inside the repository, so that `losslab` resolves from the notebooks in it. */
export function scratch(): string {
  mkdirSync(join(ROOT, 'build'), { recursive: true });
  return mkdtempSync(join(ROOT, 'build', 'runner-test-'));
}

/** Runs the runner on `names` (files of `dir`); `jupyterPath` replaces the project's kernels. */
export function run(
  dir: string,
  names: string | string[],
  jupyterPath: string = JUPYTER_PATH,
): { status: number | null; output: string } {
  const paths = (Array.isArray(names) ? names : [names]).map((name) => join(dir, name));
  const result = spawnSync(
    PYTHON,
    [join(ROOT, 'scripts/run_notebooks.py'), '--timeout', '60', '--out', join(dir, 'out'), ...paths],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, JUPYTER_PATH: jupyterPath } },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Runs `body` in a scratch folder that is removed afterwards. */
export function inScratch(body: (dir: string) => void): void {
  const dir = scratch();
  try {
    body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
