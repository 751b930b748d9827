/**
 * The `text/html` fallback of a figure: a `<div>` holding a static preview, and a script that
 * replaces the preview with the interactive Plotly figure once plotly.js is on the page.
 *
 * The figure script never loads anything: if `window.Plotly` is missing it queues itself on
 * `window.__losslabPlotlyQueue`, which the plotly.js carrier (see `plotly-loader.ts`) drains, so
 * figures draw whatever the order in which their outputs reach the page.
 */
import type { PlotlyFigure } from '../plots/types';
import { escapeHtml, scriptJson } from './escape';
import { PLOTLY_CONFIG } from './plotly-config';
import { plotlyScriptTag, QUEUE } from './plotly-loader';
import { figureSummary, staticSvg } from './static-svg';

/** Options of {@link figureHtml}. */
export interface FigureHtmlOptions {
  /** The id of the figure's `<div>` (unique on the page). */
  id: string;
  /** Put plotly.js itself in this output (the first figure of a session does). Default false. */
  includePlotly?: boolean;
}


function staticPart(figure: PlotlyFigure): string {
  const note = 'Interactive figure: run the cell (or trust the notebook) to draw it.';
  return (
    `<div class="losslab-static">${staticSvg(figure)}` +
    `<div style="font:12px sans-serif;color:#666">${escapeHtml(figureSummary(figure))}. ${note}</div></div>`
  );
}

function drawScript(figure: PlotlyFigure, id: string): string {
  const spec = { data: figure.data, layout: figure.layout, frames: figure.frames ?? [], config: PLOTLY_CONFIG };
  return (
    `<script type="text/javascript">(function(w){` +
    `var spec=${scriptJson(spec)};` +
    `function draw(){var el=document.getElementById(${scriptJson(id)});if(!el||el.getAttribute('data-drawn'))return;` +
    `el.setAttribute('data-drawn','1');el.innerHTML='';w.Plotly.newPlot(el,spec);}` +
    `if(w.Plotly){draw();}else{(w.${QUEUE}=w.${QUEUE}||[]).push(draw);}` +
    `})(window);</script>`
  );
}

/** The whole `text/html` payload for one figure. */
export function figureHtml(figure: PlotlyFigure, options: FigureHtmlOptions): string {
  const height = typeof figure.layout.height === 'number' ? figure.layout.height : 420;
  return (
    `<div class="losslab-figure" id="${escapeHtml(options.id)}" style="width:100%;min-height:${height}px">` +
    staticPart(figure) +
    `</div>` +
    (options.includePlotly ? plotlyScriptTag() : '') +
    drawScript(figure, options.id)
  );
}
