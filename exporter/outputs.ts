/**
 * Code-cell outputs rendered faithfully: streams, errors, and rich display data, choosing the
 * richest MIME type we can show. Plotly figures become a div plus their JSON, drawn by the site's
 * one shared plotly.js (the `text/html` fallback next to them, which may inline plotly.js, is
 * never used). Images are written as files next to the page; SVG goes through `<img>`, where
 * it cannot run scripts (and untrusted SVG is sanitised before it is written). HTML and markdown of
 * untrusted notebooks are sanitised. An output longer than `MAX_OUTPUT_CHARS` is cut on the page,
 * with a note; the downloadable `.ipynb` keeps it whole.
 */
import { ansiToHtml, stripAnsi } from './ansi';
import { PLOTLY_MIME, renderFigure } from './figure';
import { escapeHtml, joinSource, own } from './html';
import { isPlotlyLoaderOnly, stripInlinedPlotly } from './inlined-plotly';
import type { LinkRewriter } from './env';
import { imageBytes, IMAGE_EXTENSIONS, type DataOutput, type Output } from './ipynb';
import { renderMath } from './math';
import { sanitize } from './sanitize';
import { untrustedFigure } from './untrusted-figure';


export interface OutputContext {
  trusted: boolean;
  /** Write `data` to a file beside the page (`ext` without dot); returns its page-relative URL. */
  writeFile(ext: string, data: Buffer): string;
  /** Map links and images in untrusted HTML to the site (see `sanitize`). */
  rewriteLink?: LinkRewriter;
  /** Render markdown as a markdown cell of this page would be. */
  markdown(source: string): string;
  /** Next figure id unique in the page. */
  nextFigureId(): string;
  /** Set when a Plotly figure was rendered, so the page loads plotly.js. */
  usesPlotly: boolean;
}

type MimeRenderer = (value: unknown, ctx: OutputContext) => string;

/**
 * Characters of one output shown on a page (a stream, a traceback, an HTML table...): about 200 KB,
 * far more than anyone reads, and a page stays quick to open. Longer outputs are cut with a note.
 */
export const MAX_OUTPUT_CHARS = 200_000;

/** The note under a cut output: how much is shown, how much was cut, where the rest is. */
export function truncationNote(shown: number, total: number): string {
  const n = (x: number): string => x.toLocaleString('en-US');
  return `<p class="output-truncated">Output truncated: showing the first ${n(shown)} of ${n(total)} characters ` +
    `(${n(total - shown)} cut). The full output is in the downloadable .ipynb.</p>`;
}

/** `text` cut to `MAX_OUTPUT_CHARS`, rendered by `render`, with the note when it was cut. */
function capped(text: string, render: (shown: string) => string): string {
  if (text.length <= MAX_OUTPUT_CHARS) return render(text);
  return render(text.slice(0, MAX_OUTPUT_CHARS)) + truncationNote(MAX_OUTPUT_CHARS, text.length);
}

/** What a terminal would show: `\r` rewinds the line (progress bars), so keep what was written last. */
export function collapseCarriageReturns(value: string): string {
  return value
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\r+$/, '').split('\r').pop() ?? '')
    .join('\n');
}

function text(value: unknown): string {
  return typeof value === 'string' || Array.isArray(value) ? joinSource(value as string | string[]) : JSON.stringify(value);
}

function image(mime: string): MimeRenderer {
  return (value, ctx) => {
    const src = ctx.writeFile(IMAGE_EXTENSIONS.get(mime) as string, imageBytes(mime, text(value)));
    return `<img class="output-image" src="${escapeHtml(src)}" alt="output image" loading="lazy">`;
  };
}

function plotly(value: unknown, ctx: OutputContext): string {
  ctx.usesPlotly = true;
  return renderFigure(ctx.trusted ? value : untrustedFigure(value), ctx.nextFigureId(), (ext, data) => ctx.writeFile(ext, data));
}

function html(value: unknown, ctx: OutputContext): string {
  const source = text(value);
  if (isPlotlyLoaderOnly(source)) return '';
  const safe = ctx.trusted ? stripInlinedPlotly(source) : sanitize(source, ctx.rewriteLink);
  return `<div class="output-html">${safe}</div>`;
}

/** MIME renderers, richest first: the first one present in an output's data is used. */
const RENDERERS: Array<[string, MimeRenderer]> = [
  [PLOTLY_MIME, plotly],
  ['text/html', html],
  ...[...IMAGE_EXTENSIONS.keys()].map((mime): [string, MimeRenderer] => [mime, image(mime)]),
  ['text/markdown', (v, ctx) => `<div class="output-markdown">${ctx.markdown(text(v))}</div>`],
  ['text/latex', (v) => `<div class="output-latex">${renderMath(text(v).trim().replace(/^\$+|\$+$/g, ''), true)}</div>`],
  ['application/json', (v) => `<pre class="output-text">${escapeHtml(JSON.stringify(v, null, 2))}</pre>`],
  ['text/plain', (v) => capped(text(v), (shown) => `<pre class="output-text">${ansiToHtml(shown)}</pre>`)],
];

/** Shown inline, so subject to `MAX_OUTPUT_CHARS`; a longer one gives way to the next type. */
const INLINE = new Set(['text/html', 'text/markdown', 'text/latex', 'application/json']);

/** Characters an output adds to the page; an inlined plotly.js is never shipped, so never counted. */
function inlineLength(mime: string, value: unknown): number {
  return mime === 'text/html' ? stripInlinedPlotly(text(value)).length : text(value).length;
}

function renderData(output: DataOutput, ctx: OutputContext): string {
  let tooLong: [string, number] | undefined;
  for (const [mime, render] of RENDERERS) {
    const value = own(output.data, mime);
    if (value === undefined) continue;
    const length = INLINE.has(mime) ? inlineLength(mime, value) : 0;
    if (length <= MAX_OUTPUT_CHARS) return render(value, ctx);
    tooLong ??= [mime, length];
  }
  if (tooLong) {
    return `<p class="output-truncated">Output truncated: this ${escapeHtml(tooLong[0])} output has ${tooLong[1].toLocaleString('en-US')} ` +
      `characters, more than the ${MAX_OUTPUT_CHARS.toLocaleString('en-US')} a page shows. The full output is in the downloadable .ipynb.</p>`;
  }
  const kinds = Object.keys(output.data).join(', ') || 'empty';
  return `<p class="output-unsupported">[output of type ${escapeHtml(kinds)} not shown]</p>`;
}

/** One output as HTML. */
export function renderOutput(output: Output, ctx: OutputContext): string {
  switch (output.output_type) {
    case 'stream': {
      const kind = output.name === 'stderr' ? 'stderr' : 'stdout';
      const shown = capped(joinSource(output.text), (t) => `<pre>${ansiToHtml(collapseCarriageReturns(t))}</pre>`);
      return `<div class="output stream ${kind}">${shown}</div>`;
    }
    case 'error': {
      const traceback = (output.traceback ?? []).join('\n');
      const head = `${stripAnsi(output.ename)}: ${stripAnsi(output.evalue)}`;
      // tslab's traceback starts with the same "Error: message" line; show it once.
      const repeats = stripAnsi(traceback).trimStart().startsWith(head);
      const title = repeats ? '' : `<p class="error-head">${escapeHtml(head)}</p>`;
      const body = traceback ? capped(traceback, (t) => `<pre>${ansiToHtml(t)}</pre>`) : '';
      return `<div class="output error" role="alert">${title}${body}</div>`;
    }
    case 'execute_result':
    case 'display_data':
    case 'update_display_data': {
      const label = output.output_type === 'execute_result' && output.execution_count != null
        ? `<div class="prompt out" aria-hidden="true">Out [${escapeHtml(String(output.execution_count))}]:</div>` : '';
      const body = renderData(output, ctx);
      return body ? `<div class="output data">${label}${body}</div>` : '';
    }
    default:
      return `<p class="output-unsupported">[output of type ${escapeHtml(String((output as { output_type: unknown }).output_type))} not shown]</p>`;
  }
}

/** Every output of a code cell; consecutive stream chunks of the same kind are merged first. */
export function renderOutputs(outputs: Output[], ctx: OutputContext): string {
  const merged: Output[] = [];
  for (const output of outputs) {
    const prev = merged[merged.length - 1];
    if (output.output_type === 'stream' && prev?.output_type === 'stream' && prev.name === output.name) {
      merged[merged.length - 1] = { ...prev, text: joinSource(prev.text) + joinSource(output.text) };
    } else merged.push(output);
  }
  return merged.map((o) => renderOutput(o, ctx)).filter(Boolean).join('\n');
}
