/**
 * Plotly figures: a div plus the figure's JSON, drawn in the browser by the site's one shared
 * plotly.js (assets/site.js calls `Plotly.newPlot`). Numbers are written with 6 significant
 * digits: TensorFlow.js computes in float32 (about 7 digits), plotly shows 3 or 4 on hover, and
 * a heatmap's page shrinks by more than half.
 */
import { jsonForScript } from './html';

export const PLOTLY_MIME = 'application/vnd.plotly.v1+json';
const DIGITS = 6;

/** A copy of `value` with every non-integer number rounded to `digits` significant digits. */
export function roundNumbers(value: unknown, digits = DIGITS): unknown {
  if (typeof value === 'number') return Number.isInteger(value) || !Number.isFinite(value) ? value : Number(value.toPrecision(digits));
  if (Array.isArray(value)) return value.map((v) => roundNumbers(v, digits));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = roundNumbers(v, digits);
    return out;
  }
  return value;
}

/** The HTML for one figure; `id` must be unique in the page. */
export function renderFigure(spec: unknown, id: string): string {
  const figure = typeof spec === 'string' ? (JSON.parse(spec) as unknown) : spec;
  return (
    `<div class="plotly-figure" data-spec="${id}" role="img" aria-label="interactive figure"></div>` +
    `<script type="application/json" id="${id}">${jsonForScript(roundNumbers(figure))}</script>`
  );
}
