/**
 * plotly.js for the `text/html` fallback, inlined from `plotly.js-dist-min` (never a CDN).
 *
 * The script is wrapped so that it is safe on any page:
 * - `define`, `module` and `exports` are shadowed by `undefined`, so RequireJS (loaded by
 *   nbconvert and nbviewer pages) cannot capture plotly.js as an anonymous AMD module, and it
 *   sets `window.Plotly` as on a plain page;
 * - it runs only if `window.Plotly` is missing, so a page holding it twice evaluates it once;
 * - afterwards it drains `window.__losslabPlotlyQueue`, the figures that were waiting for it.
 */
import * as fs from 'fs';

/** The `id` of the `<script>` element that carries plotly.js (one per page is enough). */
export const PLOTLY_SCRIPT_ID = 'losslab-plotly-js';

/** Name of the global queue of draw callbacks waiting for plotly.js. */
export const QUEUE = '__losslabPlotlyQueue';

let cached: string | null = null;

/** The minified plotly.js source (read once from `node_modules`). */
export function plotlySource(): string {
  if (cached === null) {
    let file: string;
    try {
      file = require.resolve('plotly.js-dist-min');
    } catch {
      throw new Error("plotlySource: expected the package 'plotly.js-dist-min' (plotly.js is inlined, never loaded from a CDN); it is not installed");
    }
    // '</script' cannot appear inside an inline script; '<\/' means the same in JS strings.
    cached = fs.readFileSync(file, 'utf8').replace(/<\/(script)/gi, '<\\/$1');
  }
  return cached;
}

/** The version of the inlined plotly.js, e.g. `'4.1.2'`. */
export function plotlyVersion(): string {
  const pkg = require('plotly.js-dist-min/package.json') as { version: string };
  return pkg.version;
}

/** Runs the queued draws once plotly.js is there. Tiny, so every figure carries it. */
export function drainQueueJs(): string {
  return `(function(w){var q=w.${QUEUE};w.${QUEUE}=[];if(q){for(var i=0;i<q.length;i++){try{q[i]();}catch(e){console.error(e);}}}})(window);`;
}

/** A `<script>` element holding plotly.js, RequireJS-safe and evaluated at most once per page. */
export function plotlyScriptTag(): string {
  return (
    `<script type="text/javascript" id="${PLOTLY_SCRIPT_ID}" data-plotly-version="${plotlyVersion()}">` +
    `if(!window.Plotly){(function(define,module,exports){\n${plotlySource()}\n}).call(window,undefined,undefined,undefined);}` +
    drainQueueJs() +
    `</script>`
  );
}
