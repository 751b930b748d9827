/**
 * The MIME bundle of a figure: Plotly JSON for renderers that know it (JupyterLab with
 * jupyterlab-plotly, VS Code, the course site), `text/html` for everything else (classic
 * Notebook, JupyterLab without the extension, nbconvert HTML), `text/plain` for terminals.
 */
import type { PlotlyFigure } from '../plots/types';
import type { MimeBundle } from './channel';
import { figureHtml } from './figure-html';
import { figureSummary } from './static-svg';

/** The Plotly MIME type; its payload is plain `{ data, layout, frames? }`. */
export const PLOTLY_MIME = 'application/vnd.plotly.v1+json';

/** Options of {@link figureBundle}. */
export interface FigureBundleOptions {
  /** Id of the html `<div>`. */
  id: string;
  /** Inline plotly.js in the html part. Default false. */
  includePlotly?: boolean;
  /** Leave out the Plotly JSON (updatable displays: JupyterLab's Plotly renderer ignores updates). */
  htmlOnly?: boolean;
}

/** Plain Plotly JSON (a deep copy, no functions, no `undefined`). */
export function plotlyJson(figure: PlotlyFigure): PlotlyFigure {
  const plain = JSON.parse(JSON.stringify({ data: figure.data, layout: figure.layout })) as PlotlyFigure;
  if (figure.frames) plain.frames = JSON.parse(JSON.stringify(figure.frames)) as PlotlyFigure['frames'];
  return plain;
}

/** Build the bundle for one figure (pure: no I/O besides reading plotly.js when inlined). */
export function figureBundle(figure: PlotlyFigure, options: FigureBundleOptions): MimeBundle {
  if (!figure || !Array.isArray(figure.data) || typeof figure.layout !== 'object') {
    throw new Error('figureBundle: expected a Plotly figure { data: [...], layout: {...} }; got ' + typeof figure);
  }
  const bundle: MimeBundle = {};
  if (!options.htmlOnly) bundle[PLOTLY_MIME] = plotlyJson(figure);
  bundle['text/html'] = figureHtml(figure, { id: options.id, includePlotly: options.includePlotly });
  bundle['text/plain'] = `Figure: ${figureSummary(figure)}`;
  return bundle;
}
