/** Training and validation loss per epoch, with the early-stopping point and best epoch marked. */
import { ROLE_COLOURS } from './palette';
import { baseLayout, type FigureOptions } from './layout';
import type { History, PlotlyFigure, PlotlyTrace } from './types';
import { displayable } from '../display/displayable';

/** Options of {@link lossCurves}. */
export interface LossCurvesOptions extends FigureOptions {
  /** Plot the loss on a log axis (losses often fall by orders of magnitude). Default false. */
  logY?: boolean;
  /** Epoch (0-based) at which early stopping halted training; drawn as a dashed line. */
  stoppedEpoch?: number;
  /** Epoch (0-based) whose weights were restored; drawn as a star on the validation curve. */
  bestEpoch?: number;
  /** Name of the loss for the y-axis title, e.g. `'MSE'`. Default `'loss'`. */
  lossName?: string;
}

/**
 * Loss curves: `history.loss` and (if present) `history.val_loss` against the epoch (1-based on
 * the axis, as Keras prints them).
 *
 * @param history per-epoch logs `{ loss: number[], val_loss?: number[] }` (e.g. `History.history`).
 * @returns a figure with one line per curve, plus marker traces for `stoppedEpoch` / `bestEpoch`.
 * @example
 * display.show(plots.lossCurves(h.history, { bestEpoch: 7, stoppedEpoch: 12, logY: true }));
 */
export function lossCurves(history: History, options: LossCurvesOptions = {}): PlotlyFigure {
  if (!Array.isArray(history?.loss)) {
    throw new Error(`lossCurves: history.loss must be an array of numbers; got ${typeof history?.loss}`);
  }
  const epochs = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);
  const data: PlotlyTrace[] = [line('training loss', history.loss, ROLE_COLOURS.train, epochs)];
  const val = history.val_loss;
  if (val) data.push(line('validation loss', val, ROLE_COLOURS.validation, epochs));
  const shapes: Record<string, unknown>[] = [];
  if (options.stoppedEpoch !== undefined) {
    shapes.push(verticalLine(options.stoppedEpoch + 1));
    data.push(stopMarker(options.stoppedEpoch, val ?? history.loss));
  }
  if (options.bestEpoch !== undefined) data.push(bestMarker(options.bestEpoch, val ?? history.loss));
  const layout = baseLayout(
    'Loss per epoch', 'epoch', `${options.lossName ?? 'loss'}${options.logY ? ' (log scale)' : ''}`,
    data.length, options,
  );
  (layout.yaxis as Record<string, unknown>).type = options.logY ? 'log' : 'linear';
  // Epochs are whole numbers: no "1.5" ticks on short runs.
  Object.assign(layout.xaxis as Record<string, unknown>, { tick0: 1, dtick: Math.max(1, Math.ceil(history.loss.length / 10)) });
  layout.shapes = shapes;
  return displayable({ data, layout });
}

function line(name: string, y: number[], colour: string, epochs: (n: number) => number[]): PlotlyTrace {
  return { type: 'scatter', mode: 'lines+markers', name, x: epochs(y.length), y, line: { color: colour, width: 2 }, marker: { size: 5 } };
}

function verticalLine(x: number): Record<string, unknown> {
  return { type: 'line', xref: 'x', yref: 'paper', x0: x, x1: x, y0: 0, y1: 1, line: { color: ROLE_COLOURS.marker, dash: 'dash', width: 1 } };
}

function stopMarker(epoch: number, curve: number[]): PlotlyTrace {
  return {
    type: 'scatter', mode: 'markers', name: `stopped (epoch ${epoch + 1})`, x: [epoch + 1], y: [curve[epoch]],
    marker: { symbol: 'x', size: 12, color: ROLE_COLOURS.marker },
  };
}

function bestMarker(epoch: number, curve: number[]): PlotlyTrace {
  return {
    type: 'scatter', mode: 'markers', name: `best, restored (epoch ${epoch + 1})`, x: [epoch + 1], y: [curve[epoch]],
    marker: { symbol: 'star', size: 16, color: ROLE_COLOURS.validation, line: { color: '#000', width: 1 } },
  };
}
