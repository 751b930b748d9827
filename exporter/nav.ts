/**
 * The course's sequence, derived from the files present: steps ordered by their `NN-` prefix,
 * each with its lesson and/or notebook; the flat page order (index, then lesson and notebook of
 * each step) gives previous/next; the sidebar marks the current page.
 */
import { escapeHtml } from './html';
import { relativeUrl } from './links';

export interface Step {
  /** Two-digit prefix, e.g. `04`. */
  number: string;
  /** File stem shared by lesson and notebook, e.g. `04-regression-losses`. */
  stem: string;
  title: string;
  /** Site paths of the step's pages. */
  lesson?: string;
  notebook?: string;
}

export interface PageRef {
  kind: 'index' | 'lesson' | 'notebook' | 'guide';
  /** Site path, e.g. `lessons/04-regression-losses.html`. */
  output: string;
  title: string;
  step?: Step;
}

/** `NN-` and any name: spaces, letters of any script and HTML characters are published (URLs are encoded). */
const STEM = /^(\d\d)-[^/\\]+$/;

/** The `NN` of a course file stem, or `undefined` when it is not part of the sequence. */
export function stepNumber(stem: string): string | undefined {
  return STEM.exec(stem)?.[1];
}

/** `# 04. Regression losses` -> `Regression losses` (the number is shown separately). */
export function cleanTitle(heading: string): string {
  return heading.replace(/^\s*#+\s*/, '').replace(/^\d+\s*[.:)\-–—]?\s+/, '').trim();
}

/** `04-regression-losses` -> `Regression losses`, for files without a heading. */
export function titleFromStem(stem: string): string {
  const words = stem.replace(/^\d+-/, '').replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Every page in reading order; `appendix` pages (the guide) come after the last step. */
export function pageSequence(indexTitle: string, steps: Step[], appendix: PageRef[] = []): PageRef[] {
  const pages: PageRef[] = [{ kind: 'index', output: 'index.html', title: indexTitle }];
  for (const step of steps) {
    if (step.lesson) pages.push({ kind: 'lesson', output: step.lesson, title: step.title, step });
    if (step.notebook) pages.push({ kind: 'notebook', output: step.notebook, title: `${step.title} (notebook)`, step });
  }
  return [...pages, ...appendix];
}

function navLink(from: string, target: string, label: string, cls: string): string {
  const current = from === target;
  const attrs = current ? ' aria-current="page"' : '';
  return `<a class="${cls}${current ? ' current' : ''}" href="${escapeHtml(relativeUrl(from, target))}"${attrs}>${label}</a>`;
}

/** The sidebar: the course sequence, each step with its lesson and notebook links, then `reference` pages. */
export function renderSidebar(courseTitle: string, steps: Step[], current: PageRef, reference: PageRef[] = []): string {
  const items = steps.map((step) => {
    const active = current.step === step ? ' class="active"' : '';
    const main = step.lesson ?? step.notebook;
    const title = main ? navLink(current.output, main, escapeHtml(step.title), 'step-title') : escapeHtml(step.title);
    const notebook = step.notebook && step.lesson
      ? navLink(current.output, step.notebook, 'Notebook', 'step-notebook') : '';
    return `<li${active}><span class="step-num">${step.number}</span><div class="step-links">${title}${notebook}</div></li>`;
  });
  return (
    `<nav class="sidebar" id="sidebar" aria-label="${escapeHtml(courseTitle)}: course outline">` +
    `${navLink(current.output, 'index.html', 'Overview', 'sidebar-home')}` +
    `<ol class="steps">${items.join('')}</ol>${referenceLinks(current, reference)}</nav>`
  );
}

function referenceLinks(current: PageRef, reference: PageRef[]): string {
  if (reference.length === 0) return '';
  const items = reference.map((page) => `<li>${navLink(current.output, page.output, escapeHtml(page.title), 'reference-link')}</li>`);
  return `<p class="sidebar-heading">Reference</p><ul class="reference">${items.join('')}</ul>`;
}

/** Previous / next links at the bottom of a page. */
export function renderPager(pages: PageRef[], current: PageRef): string {
  const at = pages.findIndex((p) => p.output === current.output);
  const link = (page: PageRef | undefined, rel: 'prev' | 'next'): string => {
    if (!page) return '<span></span>';
    const label = rel === 'prev' ? 'Previous' : 'Next';
    const href = escapeHtml(relativeUrl(current.output, page.output));
    return `<a class="pager-${rel}" rel="${rel}" href="${href}"><span class="pager-label">${label}</span>` +
      `<span class="pager-title">${escapeHtml(page.title)}</span></a>`;
  };
  return `<nav class="pager" aria-label="Previous and next">${link(pages[at - 1], 'prev')}${link(pages[at + 1], 'next')}</nav>`;
}
