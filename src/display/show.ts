/**
 * `display.show(fig)`: one call, one output, a figure that draws everywhere.
 *
 * plotly.js travels inside the html of the first figure shown in a kernel session (after a
 * restart, the first one again), so a notebook run top to bottom carries it exactly once;
 * later figures are a few kilobytes and wait for it (see `figure-html.ts`).
 */
import type { PlotlyFigure } from '../plots/types';
import { inNotebook, newDisplayId, sendBundle } from './channel';
import { figureBundle } from './bundle';
import { plotlyScriptTag } from './plotly-loader';

let plotlySent = false;
// JupyterLab with jupyterlab-plotly renders a figure's Plotly JSON, not its html, so plotly.js
// inside a figure output may never run; an html-only loader output always does.
let plotlyLoaderSent = false;

/** Options of {@link show}. */
export interface ShowOptions {
  /** Force (true) or forbid (false) inlining plotly.js in this output. Default: only the first time. */
  includePlotly?: boolean;
}

/** True if this output should carry plotly.js; marks it as sent. */
export function claimPlotly(force?: boolean): boolean {
  const include = force ?? !plotlySent;
  if (include) plotlySent = true;
  return include;
}

/** Forget that plotly.js was sent (the next figure carries it again). For tests and new pages. */
export function resetPlotly(): void {
  plotlySent = false;
  plotlyLoaderSent = false;
}

/**
 * Show a Plotly figure in the notebook as one display bundle (`application/vnd.plotly.v1+json`,
 * `text/html`, `text/plain`). Outside a notebook prints a one-line summary.
 *
 * @param figure any builder's result from `plots`, or your own `{ data, layout, frames? }`.
 * @example
 * display.show(plots.lossCurves(history.history));
 */
export function show(figure: PlotlyFigure, options: ShowOptions = {}): void {
  const id = newDisplayId('losslab-fig');
  // Outside a notebook only text/plain is printed: don't spend the plotly.js on nobody.
  const includePlotly = inNotebook() ? claimPlotly(options.includePlotly) : false;
  sendBundle(figureBundle(figure, { id, includePlotly }));
}

/**
 * Emit plotly.js on its own (an html-only output with a one-line note) unless such an output was
 * already sent this session. Live figures call this so the 4.8 MB script is never resent with
 * each update, and so they draw even where the first figure's html was not rendered.
 */
export function ensurePlotly(): void {
  if (!inNotebook() || plotlyLoaderSent) return;
  plotlyLoaderSent = true;
  plotlySent = true;
  sendBundle({
    'text/html': `<div style="font:11px sans-serif;color:#888">plotly.js ready</div>${plotlyScriptTag()}`,
    'text/plain': 'plotly.js ready',
  });
}
