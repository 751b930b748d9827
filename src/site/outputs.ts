/**
 * Code-cell outputs rendered faithfully: streams, errors, and rich display data, choosing the
 * richest MIME type we can show. Plotly figures become a div plus their JSON, drawn by the site's
 * one shared plotly.js (the `text/html` fallback next to them, which may inline plotly.js, is
 * never used). Images are written as files next to the page; SVG goes through `<img>`, where
 * it cannot run scripts. HTML and markdown of untrusted notebooks are sanitised.
 */
import { ansiToHtml, stripAnsi } from './ansi';
import { PLOTLY_MIME, renderFigure } from './figure';
import { escapeHtml, joinSource } from './html';
import { isPlotlyLoaderOnly, stripInlinedPlotly } from './inlined-plotly';
import type { LinkRewriter } from './env';
import type { DataOutput, Output } from './ipynb';
import { renderMath } from './math';
import { sanitize } from './sanitize';


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

function image(mime: string, ext: string): MimeRenderer {
  return (value, ctx) => {
    const data = mime === 'image/svg+xml' ? Buffer.from(text(value), 'utf8') : Buffer.from(text(value).replace(/\s/g, ''), 'base64');
    return `<img class="output-image" src="${escapeHtml(ctx.writeFile(ext, data))}" alt="output image" loading="lazy">`;
  };
}

function plotly(value: unknown, ctx: OutputContext): string {
  ctx.usesPlotly = true;
  return renderFigure(value, ctx.nextFigureId(), (ext, data) => ctx.writeFile(ext, data));
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
  ['image/svg+xml', image('image/svg+xml', 'svg')],
  ['image/png', image('image/png', 'png')],
  ['image/jpeg', image('image/jpeg', 'jpg')],
  ['image/gif', image('image/gif', 'gif')],
  ['text/markdown', (v, ctx) => `<div class="output-markdown">${ctx.markdown(text(v))}</div>`],
  ['text/latex', (v) => `<div class="output-latex">${renderMath(text(v).trim().replace(/^\$+|\$+$/g, ''), true)}</div>`],
  ['application/json', (v) => `<pre class="output-text">${escapeHtml(JSON.stringify(v, null, 2))}</pre>`],
  ['text/plain', (v) => `<pre class="output-text">${ansiToHtml(text(v))}</pre>`],
];

function renderData(output: DataOutput, ctx: OutputContext): string {
  for (const [mime, render] of RENDERERS) {
    if (output.data[mime] !== undefined) return render(output.data[mime], ctx);
  }
  const kinds = Object.keys(output.data).join(', ') || 'empty';
  return `<p class="output-unsupported">[output of type ${escapeHtml(kinds)} not shown]</p>`;
}

/** One output as HTML. */
export function renderOutput(output: Output, ctx: OutputContext): string {
  switch (output.output_type) {
    case 'stream': {
      const kind = output.name === 'stderr' ? 'stderr' : 'stdout';
      return `<div class="output stream ${kind}"><pre>${ansiToHtml(collapseCarriageReturns(joinSource(output.text)))}</pre></div>`;
    }
    case 'error': {
      const traceback = (output.traceback ?? []).join('\n');
      const head = `${stripAnsi(output.ename)}: ${stripAnsi(output.evalue)}`;
      // tslab's traceback starts with the same "Error: message" line; show it once.
      const repeats = stripAnsi(traceback).trimStart().startsWith(head);
      const title = repeats ? '' : `<p class="error-head">${escapeHtml(head)}</p>`;
      const body = traceback ? `<pre>${ansiToHtml(traceback)}</pre>` : '';
      return `<div class="output error" role="alert">${title}${body}</div>`;
    }
    case 'execute_result':
    case 'display_data':
    case 'update_display_data': {
      const label = output.output_type === 'execute_result' && output.execution_count != null
        ? `<div class="prompt out" aria-hidden="true">Out [${output.execution_count}]:</div>` : '';
      const body = renderData(output, ctx);
      return body ? `<div class="output data">${label}${body}</div>` : '';
    }
    default:
      return '';
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
