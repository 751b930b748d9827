/**
 * The "run this" box at the top of every lesson and notebook page: how to run the notebook (the two
 * commands; the in-browser runner when the site has it), a link to the page's source file, and when
 * the notebook was executed.
 */
import { escapeHtml } from './html';
import type { Notebook } from './ipynb';

/** How the notebook behind a page ran: the date it was executed, or not executed for this build. */
export type NotebookRun = { executed: true; on: Date } | { executed: false };

export interface LessonRunBoxOptions {
  /** Page-relative URL of the lesson's markdown, published beside its page. */
  sourceUrl: string;
  /** Page-relative URL of the lesson's notebook page, when it has one, and its step number. */
  notebookUrl?: string;
  number: string;
  run?: NotebookRun;
  /** The site carries the in-browser runner (trusted builds). */
  runnable: boolean;
}

const COMMANDS = 'in a copy of the course, <code>npm install</code>, then <code>npm start</code> opens it in Jupyter; ' +
  '<code>npm test</code> checks every notebook.';

const day = (date: Date): string => date.toISOString().slice(0, 10);

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

/** " Notebook executed on 2026-11-29." (" Executed on ..." without a subject). */
function ranText(run: NotebookRun | undefined, subject?: string): string {
  if (!run) return '';
  if (!run.executed) return ` ${subject ?? 'It'} was not executed when this site was built.`;
  return ` ${subject ? `${subject} executed` : 'Executed'} on ${day(run.on)}.`;
}

/**
 * The box on a notebook page (`sourceUrl` is its `.ipynb`, `ranOn` absent when it was not executed:
 * the page says so in its own notice). The in-browser runner (`browser/page`) adds its toolbar below.
 */
export function notebookRunBox(sourceUrl: string, ranOn?: Date): string {
  const ran = ranOn ? ranText({ executed: true, on: ranOn }) : '';
  return `<aside class="run-box" aria-label="Run this notebook"><p><strong>Run this notebook:</strong> ${COMMANDS}
The <a href="${escapeHtml(sourceUrl)}">source notebook</a> is a download away.${ran}</p></aside>\n`;
}

/** The box on a lesson page: its notebook, to run in the browser or locally. */
export function lessonRunBox(o: LessonRunBoxOptions): string {
  const source = `The <a href="${escapeHtml(o.sourceUrl)}">lesson source</a> is plain markdown.`;
  if (!o.notebookUrl) {
    return `<aside class="run-box" aria-label="Source of this lesson"><p>${source}</p></aside>\n`;
  }
  const label = o.runnable ? `Run notebook ${escapeHtml(o.number)} in your browser` : `Open notebook ${escapeHtml(o.number)}`;
  return `<aside class="run-box" aria-label="Practise this lesson"><p class="run-box-action">` +
    `<a class="button" href="${escapeHtml(o.notebookUrl)}">${label}</a></p>
<p><strong>Practise it:</strong> the notebook builds this lesson's code step by step. To run it locally: ${COMMANDS}
${source}${ranText(o.run, 'Notebook')}</p></aside>\n`;
}
