/**
 * A notebook page: markdown cells rendered like lessons, code cells highlighted as TypeScript
 * with their execution count, and every output; plus a link to download the `.ipynb`.
 */
import type { RenderEnv } from './env';
import { codeBlock } from './highlight';
import { escapeHtml, joinSource, own } from './html';
import { imageBytes, IMAGE_EXTENSIONS, type Cell, type Notebook } from './ipynb';
import { renderMarkdown } from './markdown';
import { renderOutputs, type OutputContext } from './outputs';
import { notebookRunBox } from './run-box';

export interface NotebookPageOptions {
  /** Markdown environment of the page (shared slugger, link rewriter, fragments if untrusted). */
  env: RenderEnv;
  outputs: OutputContext;
  /** Page-relative URL of the downloadable `.ipynb`. */
  downloadUrl: string;
  /** Page-relative URL of the lesson, when there is one. */
  lessonUrl?: string;
  /** False when the exporter fell back to an unexecuted notebook. */
  executed: boolean;
  /** When the notebook was executed (its file's `ranOn`, see `executedOn` in `sources.ts`); absent when it was not. */
  executedOn?: Date;
  /** Solution source by exercise id (`04-1`), from `notebooks/solutions/`, shown behind a toggle. */
  solutions?: Map<string, string>;
}

/** The id after `kind:` in a cell's tags (`exercise:04-1` -> `04-1`). */
function tagId(cell: Cell, kind: 'exercise' | 'check'): string | undefined {
  return (cell.metadata?.tags ?? []).find((t) => t.startsWith(`${kind}:`))?.slice(kind.length + 1);
}

/**
 * The shipped notebook runs each check on the placeholder answer, so its verdict is "Not yet":
 * the site shows what the check does instead, and the solution behind a toggle.
 */
function exerciseExtras(cell: Cell, o: NotebookPageOptions): string {
  const solution = o.solutions?.get(tagId(cell, 'exercise') ?? '');
  return solution === undefined ? ''
    : `<details class="solution"><summary>Show a solution</summary>${codeBlock(solution, 'typescript')}</details>`;
}

/** The notebook's title: the first `# ` heading of its markdown cells. */
export function notebookHeading(nb: Notebook): string | undefined {
  for (const cell of nb.cells) {
    if (cell.cell_type !== 'markdown') continue;
    const match = /^#\s+(.+?)\s*#*\s*$/m.exec(joinSource(cell.source));
    if (match) return match[1];
  }
  return undefined;
}

/** The attachment an `attachment:name` link names, or `undefined` (not one, badly encoded, missing). */
function attachmentName(href: string): string | undefined {
  if (!href.startsWith('attachment:')) return undefined;
  try {
    return decodeURIComponent(href.slice('attachment:'.length));
  } catch {
    return undefined;
  }
}

/** Wrap the link rewriter so `attachment:name` links in a cell point at files written beside the page. */
function cellEnv(cell: Cell, o: NotebookPageOptions): RenderEnv {
  const attachments = cell.attachments;
  if (!attachments) return o.env;
  const rewriteLink = (href: string): string | undefined => {
    const name = attachmentName(href);
    const bundle = name === undefined ? undefined : own(attachments, name);
    const mime = bundle && Object.keys(bundle).find((m) => IMAGE_EXTENSIONS.has(m));
    if (!bundle || !mime) return o.env.rewriteLink(href);
    return o.outputs.writeFile(IMAGE_EXTENSIONS.get(mime) as string, imageBytes(mime, joinSource(bundle[mime])));
  };
  return { ...o.env, rewriteLink };
}

function tagBadges(cell: Cell): string {
  const labels = (cell.metadata?.tags ?? []).map((tag) => {
    const match = /^(exercise|check):(.+)$/.exec(tag);
    return match ? `<span class="cell-tag cell-tag-${match[1]}">${match[1] === 'exercise' ? 'Exercise' : 'Check'} ${escapeHtml(match[2])}</span>` : '';
  });
  return labels.join('');
}

function renderCodeCell(cell: Cell, o: NotebookPageOptions): string {
  const count = cell.execution_count == null ? ' ' : escapeHtml(String(cell.execution_count));
  const outputs = tagId(cell, 'check') === undefined ? renderOutputs(cell.outputs ?? [], o.outputs)
    : '<p class="check-note">Run this check after your answer: it says whether the answer is right and, if not, gives a hint.</p>';
  return (
    `<section class="cell code-cell">${tagBadges(cell)}` +
    `<div class="cell-input"><div class="prompt" aria-hidden="true">In [${count}]:</div>` +
    `${codeBlock(joinSource(cell.source), 'typescript')}</div>` +
    (outputs ? `<div class="cell-outputs">${outputs}</div>` : '') +
    `${exerciseExtras(cell, o)}</section>`
  );
}

function renderCell(cell: Cell, o: NotebookPageOptions): string {
  if (cell.cell_type === 'code') return renderCodeCell(cell, o);
  if (cell.cell_type === 'markdown') {
    return `<section class="cell markdown-cell">${renderMarkdown(joinSource(cell.source), cellEnv(cell, o))}</section>`;
  }
  return `<section class="cell raw-cell"><pre>${escapeHtml(joinSource(cell.source))}</pre></section>`;
}

/** The notebook's article HTML. */
export function renderNotebookBody(nb: Notebook, o: NotebookPageOptions): string {
  const lesson = o.lessonUrl ? `<a class="button" href="${escapeHtml(o.lessonUrl)}">Read the lesson</a>` : '';
  const download = `<a class="button" href="${escapeHtml(o.downloadUrl)}" download>Download .ipynb</a>`;
  const notice = o.executed
    ? ''
    : '<p class="notice">This notebook was not executed when the site was built, so its outputs are missing. Run it locally to see them.</p>';
  const cells = nb.cells.map((cell, i) => {
    o.env.where = `cells[${i}]`;
    return renderCell(cell, o);
  }).join('\n');
  o.env.where = undefined;
  return `<article class="notebook">\n<p class="page-actions">${download}${lesson}</p>\n${notice}${notebookRunBox(o.downloadUrl, o.executedOn)}${cells}\n</article>`;
}
