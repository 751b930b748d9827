/**
 * Build the static site: index, one page per lesson, one per notebook, the loss guide, shared assets.
 * The site mirrors the source layout (`lessons/`, `notebooks/`) and uses relative URLs only.
 */
import { createHash } from 'crypto';
import { existsSync, readFileSync } from 'fs';
import { join, posix } from 'path';
import { buildBrowserCourse } from '../browser/build';
import { copyAssets } from './assets';
import type { RenderEnv } from './env';
import { Fragments } from './fragments';
import { renderIndexBody, type IndexStep } from './index-page';
import { renderPage } from './layout';
import { lessonHeading, lessonSummary, renderLessonBody } from './lesson';
import { makeLinkRewriter, relativeUrl } from './links';
import { renderMarkdown } from './markdown';
import { cleanTitle, pageSequence, renderPager, renderSidebar, stepNumber, titleFromStem, type PageRef, type Step } from './nav';
import { notebookHeading, renderNotebookBody } from './notebook';
import { InputFolders } from './inputs';
import { localFileCopier, publish } from './local-files';
import { prepareOut, write } from './out-dir';
import { lessonRunBox } from './run-box';
import { PLOTLY_MIME, renderFigure } from './figure';
import { GUIDE_PAGE, renderGuideBody } from './guide';
import { guideFigures } from './guide-figures';
import type { OutputContext } from './outputs';
import { slimForDownload } from './ipynb';
import { parseValidNotebook } from './validate';
import { joinSource } from './html';
import { SearchIndex } from './search';
import { Slugger } from './slug';
import { collectLessons, collectNotebooks, type LessonFile, type NotebookFile } from './sources';
import { measureSite, type SiteStats } from './stats';

/** What a build produced, and what it left out. */
export interface SiteReport extends SiteStats {
  /**
   * Everything left out of the site, each naming the file (and the cell) and why: malformed
   * notebooks, files outside the input folders, files not published from untrusted inputs.
   */
  problems: string[];
}

export interface SiteOptions {
  /** Folder of executed notebooks (`build/notebooks`). */
  notebooks: string;
  /** Folder of the committed, unexecuted notebooks, used when an executed copy is missing. */
  sources?: string;
  /** Folder of lessons (`lessons`). */
  lessons: string;
  /** Output folder; replaced if it holds a previous site, refused if it holds anything else. */
  out: string;
  /** Trusted content keeps raw HTML and scripts; untrusted content is sanitised. */
  trusted: boolean;
  courseTitle?: string;
  description?: string;
  /** Clone URL shown on the index (`git clone URL losslab`); without it the index says to get the repository. */
  repository?: string;
  warn?: (message: string) => void;
  /** Called for each problem as it is found (they are also returned in the report). */
  problem?: (message: string) => void;
}

export const DEFAULT_TITLE = 'losslab';
export const DEFAULT_DESCRIPTION =
  'A course on how neural networks learn: loss functions, gradient descent and optimizers, in TypeScript on TensorFlow.js.';

interface Site {
  o: SiteOptions;
  title: string;
  steps: Step[];
  pages: PageRef[];
  /** Pages outside the sequence, linked from the sidebar and the index (the loss guide). */
  reference: PageRef[];
  /** Logical source path -> site path. */
  links: Map<string, string>;
  inputs: InputFolders;
  problem: (message: string) => void;
  /** Every page's sections but the index's, for the site's search. */
  search: SearchIndex;
}

function makeSteps(lessons: LessonFile[], notebooks: NotebookFile[]): Step[] {
  const steps = new Map<string, Step>();
  const stepFor = (stem: string, title: string | undefined): Step => {
    const number = stepNumber(stem) as string;
    const step = steps.get(number) ?? { number, stem, title: title ? cleanTitle(title) : titleFromStem(stem) };
    steps.set(number, step);
    return step;
  };
  for (const l of lessons) stepFor(l.stem, lessonHeading(l.markdown)).lesson = `lessons/${l.stem}.html`;
  for (const n of notebooks) stepFor(n.stem, notebookHeading(n.notebook)).notebook = `notebooks/${n.stem}.html`;
  return [...steps.values()].sort((a, b) => a.number.localeCompare(b.number));
}

function pageEnv(site: Site, fromSource: string, fromOutput: string): RenderEnv {
  const roots = new Map([['lessons', [site.o.lessons]], ['notebooks', [site.o.notebooks, ...(site.o.sources ? [site.o.sources] : [])]]]);
  const files = { out: site.o.out, trusted: site.o.trusted, inputs: site.inputs, roots, warn: site.o.warn ?? (() => undefined), problem: site.problem };
  const env: RenderEnv = {
    slugger: new Slugger(),
    headings: [],
    fragments: site.o.trusted ? undefined : new Fragments(),
    rewriteLink: (href) => rewrite(href),
  };
  const localFile = localFileCopier(files, fromSource, () => env.where);
  const rewrite = makeLinkRewriter({ fromSource, fromOutput, pages: site.links, outputs: new Set(site.links.values()), localFile });
  return env;
}

function emitPage(site: Site, page: PageRef, body: string, usesPlotly: boolean, runnable = false): void {
  const sidebar = renderSidebar(site.title, site.steps, page, site.reference);
  const pager = renderPager(site.pages, page);
  const html = renderPage({ courseTitle: site.title, output: page.output, title: page.title, body, sidebar, pager, usesPlotly, runnable, description: site.o.description });
  write(site.o.out, page.output, html);
  if (page.kind !== 'index') site.search.add(page, body);
}

function outputContext(site: Site, page: PageRef, env: RenderEnv): OutputContext {
  let figures = 0;
  const filesDir = page.output.replace(/\.html$/, '.files');
  return {
    trusted: site.o.trusted,
    usesPlotly: false,
    nextFigureId: () => `figure-${++figures}`,
    markdown: (source) => renderMarkdown(source, env),
    rewriteLink: env.rewriteLink,
    writeFile: (ext, data) => {
      const path = `${filesDir}/${createHash('sha1').update(data).digest('hex').slice(0, 16)}.${ext}`;
      publish(site.o, path, data);
      return relativeUrl(page.output, path);
    },
  };
}

function emitNotebook(site: Site, page: PageRef, file: NotebookFile): void {
  const env = pageEnv(site, `notebooks/${file.stem}.ipynb`, page.output);
  const outputs = outputContext(site, page, env);
  const download = `notebooks/${file.stem}.ipynb`;
  write(site.o.out, download, `${JSON.stringify(slimForDownload(file.notebook, PLOTLY_MIME))}\n`);
  const lesson = page.step?.lesson;
  const body = renderNotebookBody(file.notebook, {
    env, outputs, executed: file.executed, solutions: solutionsFor(site, file.stem), executedOn: file.ranOn,
    downloadUrl: relativeUrl(page.output, download),
    lessonUrl: lesson && relativeUrl(page.output, lesson),
  });
  // Only the course's own (trusted) notebooks get the in-browser kernel.
  emitPage(site, page, body, outputs.usesPlotly, site.o.trusted);
}

/** A lesson page, with its markdown source published beside it and a run box for its notebook. */
function emitLesson(site: Site, page: PageRef, lesson: LessonFile, notebook: NotebookFile | undefined): void {
  const source = `lessons/${lesson.stem}.md`;
  write(site.o.out, source, lesson.markdown);
  const nb = page.step?.notebook;
  const notebookUrl = nb && relativeUrl(page.output, nb);
  const box = lessonRunBox({
    sourceUrl: relativeUrl(page.output, source), notebookUrl, number: page.step?.number ?? '', ranOn: notebook?.ranOn, runnable: site.o.trusted,
  });
  emitPage(site, page, renderLessonBody(lesson.markdown, pageEnv(site, source, page.output), box, notebookUrl), false);
}

/** Exercise id -> solution source, from `<sources>/solutions/<stem>.ipynb` (cells tagged `exercise:NN-k`). */
function solutionsFor(site: Site, stem: string): Map<string, string> {
  const file = site.o.sources && join(site.o.sources, 'solutions', `${stem}.ipynb`);
  const solutions = new Map<string, string>();
  // Read only inside the input folders (a symlink out of them is not followed), and only a valid notebook.
  if (!file || !existsSync(file) || !site.inputs.inside(file)) return solutions;
  let notebook;
  try {
    notebook = parseValidNotebook(readFileSync(file, 'utf8'), file);
  } catch (error) {
    site.problem(`${file}: the solutions are not shown (${(error as Error).message})`);
    return solutions;
  }
  for (const cell of notebook.cells) {
    const id = (cell.metadata?.tags ?? []).find((t: string) => t.startsWith('exercise:'))?.slice('exercise:'.length);
    if (id && cell.cell_type === 'code') solutions.set(id, joinSource(cell.source));
  }
  return solutions;
}

function emitIndex(site: Site, lessons: LessonFile[]): void {
  const entries: IndexStep[] = site.steps.map((step) => {
    const lesson = lessons.find((l) => l.stem === step.lesson?.slice('lessons/'.length, -'.html'.length));
    const summary = lesson && lessonSummary(lesson.markdown);
    const env = pageEnv(site, `lessons/${lesson?.stem ?? 'index'}.md`, 'index.html');
    const readingMinutes = lesson && Math.max(1, Math.round(lesson.markdown.split(/\s+/).length / 200));
    return { step, summaryHtml: summary ? renderMarkdown(summary, env) : undefined, readingMinutes };
  });
  const reference = [{ output: GUIDE_PAGE.output, title: GUIDE_PAGE.title, summaryHtml: GUIDE_PAGE.summary }];
  const body = renderIndexBody(site.title, site.o.description ?? DEFAULT_DESCRIPTION, entries, reference, { repository: site.o.repository, runnable: site.o.trusted });
  emitPage(site, site.pages[0], body, false);
}

/** The loss guide, from the library's catalogue; its charts are computed here, with tfjs. */
async function emitGuide(site: Site, page: PageRef): Promise<void> {
  const figures = await guideFigures();
  const outputs = outputContext(site, page, pageEnv(site, page.output, page.output));
  const body = renderGuideBody(figures, (spec) => renderFigure(spec, outputs.nextFigureId(), outputs.writeFile));
  emitPage(site, page, body, figures.size > 0);
}

/** Render one page; a page that fails is reported and left out instead of stopping the build. */
function emitSafely(site: Site, page: PageRef, emit: () => void): void {
  try {
    emit();
  } catch (error) {
    site.problem(`${page.output}: could not be rendered (${(error as Error).message}); the page is left out`);
  }
}

/** Build the site into `o.out`; returns its statistics and what was left out. */
export async function buildSite(options: SiteOptions): Promise<SiteReport> {
  const start = performance.now();
  const once = (report?: (m: string) => void) => {
    const seen = new Set<string>();
    return (m: string): void => {
      if (!seen.has(m)) report?.(m);
      seen.add(m);
    };
  };
  const warn = once(options.warn);
  const problems: string[] = [];
  const problem = once((m) => {
    problems.push(m);
    options.problem?.(m);
  });
  const o: SiteOptions = { ...options, warn };
  const inputs = new InputFolders([o.lessons, o.notebooks, o.sources]);
  const lessons = collectLessons(o.lessons, inputs, { warn, problem });
  const notebooks = collectNotebooks(o.notebooks, o.sources, inputs, { warn, problem });
  prepareOut(o.out);
  const title = o.courseTitle ?? DEFAULT_TITLE;
  const steps = makeSteps(lessons, notebooks);
  const links = new Map<string, string>();
  for (const l of lessons) links.set(`lessons/${l.stem}.md`, `lessons/${l.stem}.html`);
  for (const n of notebooks) links.set(`notebooks/${n.stem}.ipynb`, `notebooks/${n.stem}.html`);
  const guide: PageRef = { kind: 'guide', output: GUIDE_PAGE.output, title: GUIDE_PAGE.title };
  const site: Site = { o, title, steps, pages: pageSequence(title, steps, [guide]), reference: [guide], links, inputs, problem, search: new SearchIndex() };
  copyAssets(o.out);
  if (o.trusted) await buildBrowserCourse(o.out);
  emitIndex(site, lessons);
  for (const page of site.pages) {
    const stem = posix.basename(page.output, '.html');
    const lesson = page.kind === 'lesson' ? lessons.find((l) => l.stem === stem) : undefined;
    const notebook = page.kind === 'notebook' ? notebooks.find((n) => n.stem === stem) : undefined;
    if (lesson) emitSafely(site, page, () => emitLesson(site, page, lesson, notebooks.find((n) => n.stem === stem)));
    if (notebook) emitSafely(site, page, () => emitNotebook(site, page, notebook));
  }
  await emitGuide(site, guide);
  const search = site.search.write(o.out);
  return { ...measureSite(o.out, performance.now() - start), search, problems };
}
