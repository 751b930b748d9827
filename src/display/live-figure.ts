/**
 * A figure that redraws in place: one output, new data each epoch (tslab's updatable display:
 * `display_data` with a `transient.display_id`, then `update_display_data` with the same id).
 *
 * While it updates, the output holds only `text/html` and `text/plain`: JupyterLab's Plotly
 * renderer ignores display updates, so the Plotly JSON joins only in the final update
 * (`done()`), where a renderer that knows it takes over with the finished figure.
 */
import type { PlotlyFigure } from '../plots/types';
import { inNotebook, newDisplayId, sendBundle } from './channel';
import { figureBundle } from './bundle';
import { ensurePlotly } from './show';
import { figureSummary } from './static-svg';

/** A figure shown once and redrawn by `update`. */
export interface LiveFigure {
  /** Replace the figure shown (same output). */
  update(figure: PlotlyFigure): void;
  /** The final update: adds the Plotly JSON so saved notebooks and the site keep the result. */
  done(figure?: PlotlyFigure): void;
  /** The Jupyter display id of the output. */
  readonly displayId: string;
}

/**
 * Show `figure` in an output that later calls replace.
 *
 * @example
 * const live = display.liveFigure(plots.lossCurves({ loss: [] }));
 * for (...) live.update(plots.lossCurves(history));
 * live.done();
 */
export function liveFigure(figure: PlotlyFigure): LiveFigure {
  const displayId = newDisplayId('losslab-live');
  let last = figure;
  let version = 0;
  let finished = false;
  const notebook = inNotebook();
  if (notebook) ensurePlotly();
  const send = (fig: PlotlyFigure, final: boolean, update: boolean) => {
    version += 1;
    // A fresh div id per version: the old div's draw callback must not grab the new one.
    sendBundle(figureBundle(fig, { id: `${displayId}-${version}`, htmlOnly: !final }), { displayId, update });
  };
  if (notebook) send(figure, false, false);
  return {
    displayId,
    update(next: PlotlyFigure) {
      last = next;
      if (notebook && !finished) send(next, false, true);
    },
    done(next?: PlotlyFigure) {
      if (finished) return;
      finished = true;
      last = next ?? last;
      if (notebook) send(last, true, true);
      else console.log(`Figure: ${figureSummary(last)}`);
    },
  };
}
