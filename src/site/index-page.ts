/** The index page: what the course teaches, its sequence, and how to run the notebooks locally. */
import { codeBlock } from './highlight';
import { escapeHtml } from './html';
import { relativeUrl } from './links';
import type { Step } from './nav';

export interface IndexStep {
  step: Step;
  /** Rendered first paragraph of the lesson, if any. */
  summaryHtml?: string;
}

const RUN_LOCALLY = `git clone <this repository> losslab
cd losslab
npm install
npm start`;

function stepCard(entry: IndexStep): string {
  const { step } = entry;
  const link = (target: string | undefined, label: string): string =>
    target ? `<a href="${escapeHtml(relativeUrl('index.html', target))}">${label}</a>` : '';
  const main = step.lesson ?? step.notebook;
  const title = main ? link(main, escapeHtml(step.title)) : escapeHtml(step.title);
  const links = [link(step.lesson, 'Lesson'), link(step.notebook, 'Notebook')].filter(Boolean).join('');
  return (
    `<li class="step-card"><span class="step-num">${step.number}</span><div>` +
    `<h3>${title}</h3>${entry.summaryHtml ? `<div class="step-summary">${entry.summaryHtml}</div>` : ''}` +
    `<p class="step-card-links">${links}</p></div></li>`
  );
}

/** A page outside the sequence that the index points to (the loss guide). */
export interface IndexReference {
  output: string;
  title: string;
  /** One sentence, HTML. */
  summaryHtml: string;
}

function referenceSection(reference: IndexReference[]): string {
  if (reference.length === 0) return '';
  const cards = reference.map((r) =>
    `<li class="step-card reference-card"><span class="step-num" aria-hidden="true">§</span><div>` +
    `<h3><a href="${escapeHtml(relativeUrl('index.html', r.output))}">${escapeHtml(r.title)}</a></h3>` +
    `<div class="step-summary"><p>${r.summaryHtml}</p></div></div></li>`);
  return `<section aria-labelledby="reference"><h2 id="reference">Reference</h2>
<ol class="step-cards">${cards.join('\n')}</ol>
</section>\n`;
}

/** The index page's main content. */
export function renderIndexBody(courseTitle: string, description: string, steps: IndexStep[], reference: IndexReference[] = []): string {
  const first = steps.find((s) => s.step.notebook)?.step.stem;
  const open = first ? ` and open <code>notebooks/${escapeHtml(first)}.ipynb</code>` : '';
  return `<article class="index">
<header class="hero">
<h1>${escapeHtml(courseTitle)}</h1>
<p class="lede">${escapeHtml(description)}</p>
<p>Each step pairs a lesson, which carries the theory and the math, with a notebook in TypeScript on
TensorFlow.js where you run the code, see the figures and solve the exercises. Read them in order.</p>
</header>
<section aria-labelledby="sequence"><h2 id="sequence">The course</h2>
<ol class="step-cards">${steps.map(stepCard).join('\n')}</ol>
</section>
${referenceSection(reference)}<section aria-labelledby="run-locally"><h2 id="run-locally">Run the notebooks yourself</h2>
<p>The pages here show the notebooks as they ran when the site was built. To change the code and run
it, you need Node.js 20 or newer and Python 3 with Jupyter. Then:</p>
${codeBlock(RUN_LOCALLY, 'bash')}
<p><code>npm start</code> sets up the TypeScript kernel (tslab) and serves <code>notebooks/</code> in
Jupyter; open the URL it prints${open}.</p>
</section>
</article>`;
}
