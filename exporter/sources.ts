/**
 * The course's files: lessons (`NN-name.md`) and notebooks (`NN-name.ipynb`), preferring the
 * executed copy of each notebook and falling back, with a warning, to the unexecuted source.
 * Nothing is read that resolves (through symlinks) outside the input folders, and a notebook that
 * is not valid nbformat 4 is left out; both are reported as problems, naming the file.
 */
import { readFileSync, readdirSync, statSync } from 'fs';
import { basename, join } from 'path';
import type { InputFolders } from './inputs';
import { isExecuted, type Notebook } from './ipynb';
import { stepNumber } from './nav';
import { parseValidNotebook } from './validate';

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
  /** When the executed copy ran (`executedOn`); absent when it was not executed. */
  ranOn?: Date;
}

/** Where the collectors report: `warn` for what is published anyway, `problem` for what is left out. */
export interface Reporter {
  warn(message: string): void;
  problem(message: string): void;
}

/** Files written within the same couple of seconds (a checkout, a script) are not stale. */
const STALE_SLACK_MS = 2000;

/** Characters no course file name may hold: controls, and U+FFFD (a name that is not UTF-8). */
const UNUSABLE_NAME = /[\u0000-\u001f\u007f\ufffd]/;

function courseFiles(dir: string | undefined, ext: string, inputs: InputFolders, report: Reporter): Map<string, string> {
  const files = new Map<string, string>();
  if (!dir || !inputs.exists(dir)) return files;
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith(ext)) continue;
    const stem = basename(name, ext);
    const path = join(dir, name);
    if (!stepNumber(stem)) report.warn(`${path} is not part of the course: its name does not start with two digits and a hyphen`);
    else if (UNUSABLE_NAME.test(name)) report.problem(`${JSON.stringify(path)} is left out: its name has control characters or is not valid UTF-8`);
    else if (!inputs.inside(path)) report.problem(`${path} is left out: it resolves to ${inputs.real(path)}, outside the input folders`);
    else if (statSync(path).isFile()) files.set(stem, path);
  }
  return files;
}

/** Every `NN-*.md` in `dir`, in order. */
export function collectLessons(dir: string, inputs: InputFolders, report: Reporter): LessonFile[] {
  return [...courseFiles(dir, '.md', inputs, report)].map(([stem, path]) => ({ stem, path, markdown: readFileSync(path, 'utf8') }));
}

/**
 * Every `NN-*.ipynb` in `executedDir` or `sourceDir`, in order: the executed copy when there is
 * one (warning when it is older than its source), else the source, with a warning.
 */
export function collectNotebooks(executedDir: string, sourceDir: string | undefined, inputs: InputFolders, report: Reporter): NotebookFile[] {
  const executed = courseFiles(executedDir, '.ipynb', inputs, report);
  const sources = courseFiles(sourceDir, '.ipynb', inputs, report);
  const stems = [...new Set([...executed.keys(), ...sources.keys()])].sort();
  return stems.flatMap((stem) => {
    const ran = executed.get(stem);
    const source = sources.get(stem);
    if (!ran) report.warn(`no executed copy of ${stem}.ipynb in ${executedDir}; using ${source} without outputs`);
    else if (source && statSync(source).mtimeMs > statSync(ran).mtimeMs + STALE_SLACK_MS) {
      report.warn(`${ran} is older than ${source}; run \`npm run notebooks\` to refresh it`);
    }
    const path = (ran ?? source) as string;
    try {
      const notebook = parseValidNotebook(readFileSync(path, 'utf8'), path);
      const executed = isExecuted(notebook);
      return [{ stem, path, notebook, executed, ranOn: executed ? executedOn(notebook, statSync(path).mtime) : undefined }];
    } catch (error) {
      report.problem(`${(error as Error).message} (the notebook is left out of the site)`);
      return [];
    }
  });
}

/**
 * When the notebook ran: the latest `iopub.status.idle` time the runner (nbclient) records in each
 * code cell's metadata, or `fileTime` when the notebook carries none (a copy keeps the former).
 */
export function executedOn(notebook: Notebook, fileTime: Date): Date {
  let latest: number | undefined;
  for (const cell of notebook.cells) {
    const idle = (cell.metadata as { execution?: Record<string, unknown> } | undefined)?.execution?.['iopub.status.idle'];
    const time = typeof idle === 'string' ? Date.parse(idle) : NaN;
    if (Number.isFinite(time) && (latest === undefined || time > latest)) latest = time;
  }
  return latest === undefined ? fileTime : new Date(latest);
}
