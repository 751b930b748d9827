/** The index page: what the course teaches, its sequence, and how to run the notebooks locally. */
import { codeBlock } from './highlight';
import { escapeHtml } from './html';
import { relativeUrl } from './links';
import type { Step } from './nav';

export interface IndexStep {
  step: Step;
  /** Rendered first paragraph of the lesson, if any. */
  summaryHtml?: string;
  /** Minutes to read the lesson (words / 200), if there is one. */
  readingMinutes?: number;
}

/** Where the course's repository lives, for the clone command; without it the page says how to get it. */
export interface IndexOptions {
  /** The notebook pages run in the browser (the course's own, trusted build; see `browser/`). */
  runnable?: boolean;
  repository?: string;
}

function runLocally(repository: string | undefined): string {
  const get = repository
    ? `<p>You need Node.js 20 or newer and Python 3 with Jupyter. Get the course and start it:</p>\n` +
      codeBlock(`git clone ${repository} losslab\ncd losslab\nnpm install\nnpm start`, 'bash')
    : `<p>You need Node.js 20 or newer and Python 3 with Jupyter. Download or clone the course's repository,
then, in its folder:</p>\n${codeBlock('npm install\nnpm start', 'bash')}`;
  return `${get}
<p><code>npm start</code> sets up the TypeScript kernel (tslab) and serves the notebooks in Jupyter; open the
URL it prints and pick a notebook, starting with the first. <code>npm test</code> runs every test, executes every
notebook and checks each exercise both ways (as shipped, and with its solution):</p>
${codeBlock('npm test', 'bash')}`;
}

const RUN_HERE = `<section aria-labelledby="run-here"><h2 id="run-here">Run it in your browser</h2>
<p>Every notebook page runs right here, with nothing to install: open a notebook, edit any cell and press
<em>Run</em> (Shift-Enter), or <em>Run all</em>. The cells run in your browser on TensorFlow.js, type-checked as in
Jupyter, and the exercises check your answers as they do there. Your edits stay in this browser (Reset brings back
the course's version; Download saves your notebook as <code>.ipynb</code>).</p>
</section>
`;

const PUBLISH = `<p>The site you are reading is built from the same files: <code>npm run export</code> executes the
notebooks and writes a static site into <code>site/</code>. Publish the folder as it is on any static host
(GitHub Pages, Netlify, a university web space), under any path: learners need only the link, and the notebooks
run in their browsers. Opened from disk (<code>site/index.html</code>) the pages read well, but browsers do not run
notebooks from files: serve the folder instead, for example <code>python3 -m http.server -d site 8000</code>.</p>
${codeBlock('npm run export', 'bash')}`;

function stepCard(entry: IndexStep): string {
  const { step } = entry;
  const link = (target: string | undefined, label: string): string =>
    target ? `<a href="${escapeHtml(relativeUrl('index.html', target))}">${label}</a>` : '';
  const main = step.lesson ?? step.notebook;
  const title = main ? link(main, escapeHtml(step.title)) : escapeHtml(step.title);
  const reading = entry.readingMinutes ? `<span class="step-time">${entry.readingMinutes} min read</span>` : '';
  const links = [link(step.lesson, 'Lesson'), link(step.notebook, 'Notebook'), reading].filter(Boolean).join('');
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
export function renderIndexBody(
  _courseTitle: string, description: string, steps: IndexStep[], reference: IndexReference[] = [], options: IndexOptions = {},
): string {
  const minutes = steps.reduce((sum, s) => sum + (s.readingMinutes ?? 0), 0);
  const notebooks = steps.filter((s) => s.step.notebook).length;
  const hours = Math.max(1, Math.round((minutes + 45 * notebooks) / 60));
  return `<article class="index">
<header class="hero">
<h1>How neural networks learn</h1>
<p class="lede">${escapeHtml(description)}</p>
</header>
<section aria-labelledby="learn"><h2 id="learn">What you will learn</h2>
<ul>
<li>Why training is the minimisation of a loss, and how gradient descent, mini-batches and the learning rate get there.</li>
<li>Which loss fits which task: regression, binary and multi-class classification, distributions, custom combinations.</li>
<li>How SGD, momentum, Nesterov, Adagrad, RMSprop, Adam and their kin update the weights, and why they differ.</li>
<li>How to stop early, regularise and search hyperparameters, up to a complete Keras-style workflow.</li>
</ul>
<p>Each of the ${steps.length} steps pairs a lesson (the ideas and the math) with a notebook in TypeScript on
TensorFlow.js where you run the code, move the sliders and solve exercises that check your answer.
The lessons take about ${minutes} minutes to read; give each notebook about 45 minutes, about ${hours} hours in all.</p>
</section>
<section aria-labelledby="sequence"><h2 id="sequence">The course</h2>
<ol class="step-cards">${steps.map(stepCard).join('\n')}</ol>
</section>
${referenceSection(reference)}${options.runnable ? RUN_HERE : ''}<section aria-labelledby="run-locally"><h2 id="run-locally">Run the notebooks yourself</h2>
<p>The pages here show the notebooks as they ran when the site was built. To run them in Jupyter on your machine:</p>
${runLocally(options.repository)}
</section>
<section aria-labelledby="publish"><h2 id="publish">Publish the site</h2>
${PUBLISH}
</section>
</article>`;
}
