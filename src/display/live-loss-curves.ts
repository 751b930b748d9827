/** Live loss curves: a {@link liveFigure} of `plots.lossCurves`, fed by epoch callbacks. */
import { asFitCallback } from '../callbacks/fit-callback';
import { lossCurves, type LossCurvesOptions } from '../plots/loss-curves';
import type { History } from '../plots/types';
import { liveFigure, type LiveFigure } from './live-figure';
import { numericLogs, type EpochLogs } from './logs';

/** The callbacks of {@link liveLossCurves} (a tfjs `model.fit` callback or for plain loops). */
export interface LiveLossCurves {
  onTrainBegin(logs?: EpochLogs): void;
  onEpochEnd(epoch: number, logs?: EpochLogs): void;
  onTrainEnd(logs?: EpochLogs): void;
  readonly history: History;
}

/**
 * Loss curves that grow epoch by epoch in one output; the final figure (with its Plotly JSON)
 * is shown at `onTrainEnd`.
 *
 * @param options passed to `plots.lossCurves` on each redraw.
 * @param minIntervalMs least time between two redraws (the last epoch always shows). Default 250.
 * @example
 * await model.fit(xs, ys, { epochs: 50, validationSplit: 0.2, callbacks: display.liveLossCurves({ logY: true }) });
 */
export function liveLossCurves(options: LossCurvesOptions = {}, minIntervalMs = 250): LiveLossCurves {
  let history: History = { loss: [] };
  let live: LiveFigure | null = null;
  let lastDraw = 0;
  const start = () => {
    history = { loss: [] };
    live = liveFigure(lossCurves(history, options));
    lastDraw = 0;
  };
  return asFitCallback({
    get history() { return history; },
    onTrainBegin() { start(); },
    onEpochEnd(_epoch: number, logs?: EpochLogs) {
      if (!live) start();
      for (const [k, v] of Object.entries(numericLogs(logs))) (history[k] ??= []).push(v);
      if (Date.now() - lastDraw >= minIntervalMs) {
        live?.update(lossCurves(history, options));
        lastDraw = Date.now();
      }
    },
    onTrainEnd() {
      live?.done(lossCurves(history, options));
      live = null;
    },
  });
}
