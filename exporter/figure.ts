/**
 * Plotly figures: a div plus the figure's JSON, drawn in the browser by the site's one shared
 * plotly.js (assets/site.js calls `Plotly.newPlot`). Numbers are written with 6 significant
 * digits: TensorFlow.js computes in float32 (about 7 digits), plotly shows 3 or 4 on hover, and
 * a heatmap's page shrinks by more than half.
 */
import { PLOTLY_MIME } from '../src/display/bundle';
import { escapeHtml, jsonForScript } from './html';

export { PLOTLY_MIME };
const DIGITS = 6;

/** A copy of `value` with every non-integer number rounded to `digits` significant digits. */
export function roundNumbers(value: unknown, digits = DIGITS): unknown {
  if (typeof value === 'number') return Number.isInteger(value) || !Number.isFinite(value) ? value : Number(value.toPrecision(digits));
  if (Array.isArray(value)) return value.map((v) => roundNumbers(v, digits));
  if (value !== null && typeof value === 'object') {
    // fromEntries defines own properties: a `__proto__` key stays data, never a prototype.
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, roundNumbers(v, digits)]));
  }
  return value;
}

type Layout = { title?: unknown; xaxis?: { title?: unknown }; yaxis?: { title?: unknown } };

/** Plotly's title (a string or `{ text }`) as plain text: tags such as `<br>` become spaces. */
function plainTitle(title: unknown): string {
  const text = typeof title === 'string' ? title : (title as { text?: unknown } | undefined)?.text;
  return typeof text === 'string' ? text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim() : '';
}

/**
 * The figure's accessible name: its title, else what its axes show (`loss against epoch`), else
 * `Figure`. The plot's own text (ticks, legend) stays readable inside it.
 */
export function figureLabel(spec: unknown): string {
  const layout = ((spec as { layout?: Layout } | null)?.layout ?? {}) as Layout;
  const title = plainTitle(layout.title);
  if (title) return title;
  const [x, y] = [plainTitle(layout.xaxis?.title), plainTitle(layout.yaxis?.title)];
  return x && y ? `${y} against ${x}` : 'Figure';
}

/** Figures above this many characters of JSON go to their own file, so the page stays small. */
export const INLINE_FIGURE_CHARS = 50_000;

/**
 * The HTML for one figure; `id` must be unique in the page. A large figure's JSON is written
 * with `writeFile` as a script that registers it in `window.losslabFigures` (a script, not
 * JSON, because `fetch` does not work from file://); a small one sits inline in the page.
 */
export function renderFigure(spec: unknown, id: string, writeFile: (ext: string, data: Buffer) => string): string {
  const figure = typeof spec === 'string' ? (JSON.parse(spec) as unknown) : spec;
  const json = jsonForScript(roundNumbers(figure));
  // A figure, not an image: its controls (slider, Play, Plotly's tool bar) stay reachable inside it.
  const div = `<div class="plotly-figure" data-spec="${id}" role="figure" aria-label="${escapeHtml(figureLabel(figure))}"></div>`;
  if (json.length <= INLINE_FIGURE_CHARS) return `${div}<script type="application/json" id="${id}">${json}</script>`;
  const js = `(window.losslabFigures = window.losslabFigures || {})[${JSON.stringify(id)}] = ${json};\n`;
  return `${div}<script src="${escapeHtml(writeFile('js', Buffer.from(js, 'utf8')))}" defer></script>`;
}
