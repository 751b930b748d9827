/**
 * The "Choosing a loss" page, rendered from the library's catalogue (`losses.CATALOGUE`) and
 * registry: one section per task, a chart of its losses' shapes, one card per loss. Nothing
 * about a loss is written here; this file only lays the catalogue out.
 */
import { CATALOGUE, lossColour, type CatalogueEntry, type Prediction, type Task } from '../src/losses/catalogue';
import { REGISTRY } from '../src/losses/registry';
import type { GuideFigure } from './guide-figures';
import { escapeHtml } from './html';
import { renderMath } from './math';

/** Site path, title and one-line summary (for the index) of the page. */
export const GUIDE_PAGE = {
  output: 'guide.html',
  title: 'Choosing a loss',
  summary: 'Which loss for which task: every loss of the library with its formula, range, outlier behaviour, options and shape.',
} as const;

/** Section headings, in the order the page shows the tasks. */
const TASKS: Record<Task, { heading: string; question: string }> = {
  regression: { heading: 'Regression', question: 'Predict a real number.' },
  binary: { heading: 'Binary and multi-label classification', question: 'Predict yes or no, for one or several labels.' },
  multiclass: { heading: 'Multi-class classification', question: 'Predict one class out of K.' },
  distribution: { heading: 'Distributions', question: 'Predict a whole probability distribution.' },
  counts: { heading: 'Counts', question: 'Predict how many events happen.' },
  segmentation: { heading: 'Segmentation and overlap', question: 'Predict a mask: which pixels belong to a (often small) object.' },
  similarity: { heading: 'Similarity', question: 'Predict a direction: an embedding or a unit vector.' },
  sequence: { heading: 'Sequences', question: 'Predict a label sequence from a longer sequence of frames, unaligned.' },
  critic: { heading: 'Critics (GANs)', question: 'Score real samples high and generated ones low.' },
};

const PREDICTIONS: Record<Prediction, string> = {
  real: 'real numbers',
  positive: 'positive numbers',
  probabilities: 'probabilities',
  'probabilities-or-logits': 'probabilities, or logits with <code>fromLogits: true</code>',
  scores: 'raw scores (any real number)',
  distribution: 'a probability distribution (e.g. a softmax)',
  rates: 'positive rates (e.g. through exp or softplus)',
  vectors: 'vectors',
  'unit-vectors': 'L2-normalised embeddings',
  'frame-logits': 'logits per frame, shape [batch, frames, classes]',
};

const code = (text: string): string => `<code>${escapeHtml(text)}</code>`;

function identifiers(entry: CatalogueEntry): string {
  const row = REGISTRY.find((r) => r.name === entry.name);
  if (row === undefined) return '';
  const group = (label: string, codes: string[]): string =>
    `<span class="ids-group"><span class="ids-label">${label}</span> ${codes.map(code).join(' ')}</span>`;
  return `<p class="loss-ids">${group('Keras', [...[row.keras, ...row.aliases].map((s) => `'${s}'`), row.className])}` +
    `${group('losslab', [`losses.${row.name}`])}</p>`;
}

function fact(term: string, detail: string): string {
  return `<div><dt>${term}</dt><dd>${detail}</dd></div>`;
}

function card(entry: CatalogueEntry): string {
  const options = entry.options.length > 0 ? entry.options.map(code).join(' ') : '<span class="none">none</span>';
  return `<article class="loss-card" id="${escapeHtml(entry.name)}" style="--loss: ${escapeHtml(lossColour(entry.name))}">
<h3><a href="#${escapeHtml(entry.name)}">${escapeHtml(entry.title)}</a></h3>
${identifiers(entry)}
<div class="loss-formula">${renderMath(entry.formula, true)}</div>
<p class="loss-pick">${escapeHtml(entry.whenToPick)}</p>
<dl class="loss-facts">
${fact('Range', renderMath(entry.range, false))}
${fact('<code>yTrue</code>', escapeHtml(entry.yTrue))}
${fact('<code>yPred</code>', PREDICTIONS[entry.yPred])}
${fact('Outliers', escapeHtml(entry.outliers))}
${fact('Options', options)}
</dl>
</article>`;
}

/** `A`, `A and B`, `A, B and C`, escaped. */
function list(items: string[]): string {
  const e = items.map(escapeHtml);
  return e.length < 2 ? e.join('') : `${e.slice(0, -1).join(', ')} and ${e[e.length - 1]}`;
}

function caption(f: GuideFigure): string {
  const notes = [
    `${f.figure.data.length > 1 ? 'Each curve is' : 'The curve is'} the loss of one sample, computed by <code>losses.lossShape</code>; hover for values, drag to zoom, double-click to reset.`,
    ...[...new Set(f.ownAxis.map((a) => a.xLabel))].map((label) =>
      `${list(f.ownAxis.filter((a) => a.xLabel === label).map((a) => a.title))}: x is the ${escapeHtml(label)}.`),
    f.offScale.length > 0 ? `The y-axis stops at ${f.yMax}; ${list(f.offScale)} ${f.offScale.length > 1 ? 'climb' : 'climbs'} beyond it.` : '',
    f.notDrawn.length > 0 ? `${list(f.notDrawn)} ${f.notDrawn.length > 1 ? 'have' : 'has'} no curve of this kind and is not drawn.` : '',
  ];
  return `<figcaption>${notes.filter(Boolean).join(' ')}</figcaption>`;
}

/** Renders one figure; `renderFigure` from `figure.ts`, bound to the page. */
export type FigureRenderer = (spec: unknown) => string;

function section(task: Task, entries: CatalogueEntry[], figure: GuideFigure | undefined, draw: FigureRenderer): string {
  const { heading, question } = TASKS[task];
  const chart = figure ? `<figure class="guide-figure">${draw(figure.figure)}${caption(figure)}</figure>` : '';
  return `<section class="guide-task" aria-labelledby="${task}">
<h2 id="${task}">${escapeHtml(heading)}</h2>
<p class="task-question">${escapeHtml(question)}</p>
${chart}
<div class="loss-cards">
${entries.map(card).join('\n')}
</div>
</section>`;
}

function overview(tasks: Task[]): string {
  const rows = tasks.map((task) => {
    const chips = CATALOGUE.filter((e) => e.task === task).map((e) =>
      `<a class="loss-chip" style="--loss: ${escapeHtml(lossColour(e.name))}" href="#${escapeHtml(e.name)}">${escapeHtml(e.title)}</a>`);
    return `<li><a class="task-link" href="#${task}">${escapeHtml(TASKS[task].heading)}</a><span class="chips">${chips.join('')}</span></li>`;
  });
  return `<nav class="guide-overview" aria-label="Losses by task"><ol>${rows.join('\n')}</ol></nav>`;
}

/** The page's article: an overview by task, then per task its chart and its loss cards. */
export function renderGuideBody(figures: ReadonlyMap<Task, GuideFigure>, draw: FigureRenderer): string {
  const tasks = (Object.keys(TASKS) as Task[]).filter((t) => CATALOGUE.some((e) => e.task === t));
  return `<article class="guide">
<h1>${GUIDE_PAGE.title}</h1>
<p class="lede">Start from the task, then from what your labels and predictions hold. Every loss
of the library is here, with its formula, the values it takes and how it treats outliers.</p>
<p>This page is generated from the library's catalogue, <code>losses.CATALOGUE</code>, which
notebook 08 renders as a table (<code>losses.lossesFor(task)</code> gives one task's losses).</p>
${overview(tasks)}
${tasks.map((t) => section(t, CATALOGUE.filter((e) => e.task === t), figures.get(t), draw)).join('\n')}
</article>`;
}
