/**
 * The "run this" box at the top of every lesson and notebook page: how to run the notebook (the two
 * commands; the in-browser runner when the site has it), a link to the page's source file, and when
 * the notebook was executed.
 */
import { escapeHtml } from './html';

export interface LessonRunBoxOptions {
  /** Page-relative URL of the lesson's markdown, published beside its page. */
  sourceUrl: string;
  /** Page-relative URL of the lesson's notebook page, when it has one, and its step number. */
  notebookUrl?: string;
  number: string;
  /** When that notebook ran (see `executedOn` in `sources.ts`); absent when it was not executed. */
  ranOn?: Date;
  /** The site carries the in-browser runner (trusted builds). */
  runnable: boolean;
}

const COMMANDS = 'in a copy of the course, <code>npm install</code>, then <code>npm start</code> opens it in Jupyter; ' +
  '<code>npm test</code> checks every notebook.';

const day = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * The box on a notebook page (`sourceUrl` is its `.ipynb`, `ranOn` absent when it was not executed:
 * the page says so in its own notice). The in-browser runner (`browser/page`) adds its toolbar below.
 */
export function notebookRunBox(sourceUrl: string, ranOn?: Date): string {
  const ran = ranOn ? ` Executed on ${day(ranOn)}.` : '';
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
${source}${o.ranOn ? ` Notebook executed on ${day(o.ranOn)}.` : ' Notebook was not executed when this site was built.'}</p></aside>\n`;
}
