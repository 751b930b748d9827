/** A lesson page: the lesson's markdown, with a link to its notebook. */
import type { RenderEnv } from './env';
import { escapeHtml } from './html';
import { renderMarkdown } from './markdown';

/** The lesson's title: its first `# ` heading, or `undefined` when it has none. */
export function lessonHeading(markdown: string): string | undefined {
  return /^#\s+(.+?)\s*#*\s*$/m.exec(markdown)?.[1];
}

/**
 * The first paragraph of prose after the title, for the index page (rendered as markdown, so
 * math and links work); `undefined` when there is none.
 */
export function lessonSummary(markdown: string): string | undefined {
  const blocks = markdown.split(/\n\s*\n/).map((b) => b.trim());
  const first = blocks.find((b) => b !== '' && !/^(#|\$\$|```|~~~|\||>|[-*+] |\d+\. |!\[|<|\[Next|\[Previous)/.test(b));
  // The index links each notebook already; a closing "The hands-on part is the notebook ..." repeats it.
  return first?.replace(/\s*The hands-on part is\b[\s\S]*$/, '') || undefined;
}

/**
 * The lesson's article HTML: its run box (`lessonRunBox`), the lesson, and a link to its notebook
 * page (`notebookUrl`, page-relative) at the end.
 */
export function renderLessonBody(markdown: string, env: RenderEnv, runBox: string, notebookUrl?: string): string {
  const actions = notebookUrl
    ? `<p class="page-actions"><a class="button" href="${escapeHtml(notebookUrl)}">Open the notebook</a></p>`
    : '';
  return `<article class="lesson">\n${runBox}${renderMarkdown(markdown, env)}\n${actions}</article>`;
}
