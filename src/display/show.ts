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
import type { MimeBundle } from './channel';

/**
 * The page (Jupyter client session) plotly.js was last sent to. The course's kernel names the
 * page of each request (`Symbol.for('losslab.kernel.client')`), so a reopened tab, a new page
 * with a new session, gets plotly.js again; under plain tslab every request looks the same.
 */
let plotlySentTo: unknown = null;
let plotlySent = false;
const CLIENT = Symbol.for('losslab.kernel.client');
function currentClient(): unknown {
  return (globalThis as Record<symbol, unknown>)[CLIENT] ?? 'tslab';
}
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
  if (plotlySentTo !== currentClient()) {
    plotlySent = false;
    plotlyLoaderSent = false;
  }
  const include = force ?? !plotlySent;
  if (include) {
    plotlySent = true;
    plotlySentTo = currentClient();
  }
  return include;
}

/** Forget that plotly.js was sent (the next figure carries it again). For tests and new pages. */
export function resetPlotly(): void {
  plotlySent = false;
  plotlyLoaderSent = false;
  plotlySentTo = null;
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
  sendBundle(figureShowBundle(figure, options));
}

/** The bundle `show` sends (also a figure's own display as a cell's last value). */
export function figureShowBundle(figure: PlotlyFigure, options: ShowOptions = {}): MimeBundle {
  const id = newDisplayId('losslab-fig');
  // Outside a notebook only text/plain is printed: don't spend the plotly.js on nobody.
  const includePlotly = inNotebook() ? claimPlotly(options.includePlotly) : false;
  return figureBundle(figure, { id, includePlotly });
}

/**
 * Emit plotly.js on its own (an html-only output with a one-line note) unless such an output was
 * already sent this session. Live figures call this so the 4.8 MB script is never resent with
 * each update, and so they draw even where the first figure's html was not rendered.
 */
export function ensurePlotly(): void {
  if (plotlySentTo !== currentClient()) plotlyLoaderSent = false;
  if (!inNotebook() || plotlyLoaderSent) return;
  plotlySentTo = currentClient();
  plotlyLoaderSent = true;
  plotlySent = true;
  sendBundle({
    'text/html': `<div style="font:11px sans-serif;color:#888">plotly.js ready</div>${plotlyScriptTag()}`,
    'text/plain': 'plotly.js ready',
  });
}
