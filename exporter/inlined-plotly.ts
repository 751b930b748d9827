/**
 * `display.show` and `display.ensurePlotly` put a 4.8 MB copy of plotly.js inside an output's
 * `text/html` so figures draw in Jupyter. The site has one shared plotly.js instead, so such
 * scripts are removed from HTML outputs, and an output that was only the loader disappears.
 */

const SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi;
/** Scripts this long that mention Plotly are a copy of the library, not figure glue. */
const LIBRARY_CHARS = 200_000;

function isPlotlyLibrary(tag: string, body: string): boolean {
  return /data-plotly-version|plotly/i.test(tag.slice(0, tag.indexOf('>'))) || (body.length > LIBRARY_CHARS && body.includes('Plotly'));
}

/** `html` without inlined copies of plotly.js. */
export function stripInlinedPlotly(html: string): string {
  return html.replace(SCRIPT, (tag: string, body: string) => (isPlotlyLibrary(tag, body) ? '' : tag));
}

/** True when `html` held a plotly.js copy and nothing else worth showing (a "plotly.js ready" note). */
export function isPlotlyLoaderOnly(html: string): boolean {
  const stripped = stripInlinedPlotly(html);
  if (stripped === html) return false;
  const visible = stripped.replace(/<[^>]*>/g, '').trim();
  return visible === '' || (visible.length < 40 && /plotly/i.test(visible));
}
