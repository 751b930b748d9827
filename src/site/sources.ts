/**
 * The course's files: lessons (`NN-name.md`) and notebooks (`NN-name.ipynb`), preferring the
 * executed copy of each notebook and falling back, with a warning, to the unexecuted source.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'fs';
import { basename, join } from 'path';
import { isExecuted, parseNotebook, type Notebook } from './ipynb';
import { stepNumber } from './nav';

export interface LessonFile {
  stem: string;
  path: string;
  markdown: string;
}

export interface NotebookFile {
  stem: string;
  path: string;
  notebook: Notebook;
  executed: boolean;
}

/** Files written within the same couple of seconds (a checkout, a script) are not stale. */
const STALE_SLACK_MS = 2000;

function courseFiles(dir: string | undefined, ext: string): Map<string, string> {
  const files = new Map<string, string>();
  if (!dir || !existsSync(dir)) return files;
  for (const name of readdirSync(dir).sort()) {
    const stem = basename(name, ext);
    if (name.endsWith(ext) && stepNumber(stem) && statSync(join(dir, name)).isFile()) files.set(stem, join(dir, name));
  }
  return files;
}

/** Every `NN-*.md` in `dir`, in order. */
export function collectLessons(dir: string): LessonFile[] {
  return [...courseFiles(dir, '.md')].map(([stem, path]) => ({ stem, path, markdown: readFileSync(path, 'utf8') }));
}

/**
 * Every `NN-*.ipynb` in `executedDir` or `sourceDir`, in order: the executed copy when there is
 * one (warning when it is older than its source), else the source, with a warning.
 */
export function collectNotebooks(executedDir: string, sourceDir: string | undefined, warn: (m: string) => void): NotebookFile[] {
  const executed = courseFiles(executedDir, '.ipynb');
  const sources = courseFiles(sourceDir, '.ipynb');
  const stems = [...new Set([...executed.keys(), ...sources.keys()])].sort();
  return stems.map((stem) => {
    const ran = executed.get(stem);
    const source = sources.get(stem);
    if (!ran) warn(`no executed copy of ${stem}.ipynb in ${executedDir}; using ${source} without outputs`);
    else if (source && statSync(source).mtimeMs > statSync(ran).mtimeMs + STALE_SLACK_MS) {
      warn(`${ran} is older than ${source}; run \`npm run notebooks\` to refresh it`);
    }
    const path = (ran ?? source) as string;
    const notebook = parseNotebook(readFileSync(path, 'utf8'), path);
    return { stem, path, notebook, executed: isExecuted(notebook) };
  });
}
