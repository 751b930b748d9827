/**
 * A live training progress view: one output that updates in place each epoch with the epoch,
 * the latest losses and a small loss curve. Works as a tfjs `model.fit` callback and from plain
 * loops; outside a notebook it prints a text progress bar.
 */
import { asFitCallback } from '../callbacks/fit-callback';
import { lossCurves } from '../plots/loss-curves';
import type { History } from '../plots/types';
import { inNotebook, newDisplayId, sendBundle } from './channel';
import { escapeHtml } from './escape';
import { formatNumber, numericLogs, type EpochLogs } from './logs';
import { progressLine, writeProgress } from './progress-text';
import { staticSvg } from './static-svg';

/** Options of {@link trainingProgress}. */
export interface TrainingProgressOptions {
  /** Total epochs, for "epoch 5/20" and the bar. */
  epochs?: number;
  /** Heading of the view. Default `'Training'`. */
  title?: string;
  /** Least time between two notebook updates; the last epoch is always shown. Default 150 ms. */
  minIntervalMs?: number;
}

/** The callbacks tfjs' `model.fit({ callbacks })` and plain loops call. */
export interface TrainingProgress {
  onTrainBegin(logs?: EpochLogs): void;
  onEpochEnd(epoch: number, logs?: EpochLogs): void;
  onTrainEnd(logs?: EpochLogs): void;
  /** Everything logged so far, Keras-style: `{ loss: [...], val_loss: [...] }`. */
  readonly history: History;
}

function progressHtml(title: string, epoch: number, total: number | undefined, seconds: number, history: History): string {
  const latest = Object.entries(history).map(([k, v]) => [k, v?.[v.length - 1]] as const).filter(([, v]) => typeof v === 'number');
  const cells = latest.map(([k, v]) => `<td style="padding:2px 10px"><b>${escapeHtml(k)}</b> ${formatNumber(v as number)}</td>`).join('');
  const of = total ? `/${total}` : '';
  const pct = total ? Math.round((100 * epoch) / total) : 0;
  const bar = total ? `<div style="width:240px;height:6px;background:#eee"><div style="width:${pct}%;height:6px;background:#1f77b4"></div></div>` : '';
  return (
    `<div class="losslab-progress" style="font:13px sans-serif">` +
    `<div><b>${escapeHtml(title)}</b>: epoch ${epoch}${of} · ${seconds.toFixed(1)} s</div>${bar}` +
    `<table><tr>${cells}</tr></table>${history.loss.length > 1 ? staticSvg(lossCurves(history), { width: 360, height: 180 }) : ''}</div>`
  );
}

/** What one progress view remembers between epochs. */
interface ProgressState {
  history: History;
  displayId: string;
  started: number;
  lastSent: number;
  epochsSeen: number;
  finalShown: boolean;
  ended: boolean;
}

function freshState(): ProgressState {
  return { history: { loss: [] }, displayId: '', started: Date.now(), lastSent: 0, epochsSeen: 0, finalShown: false, ended: false };
}

/** Draw the view: update the notebook output, or write the text bar outside a notebook. */
function render(state: ProgressState, options: TrainingProgressOptions, final: boolean): void {
  state.finalShown = final;
  const latest: Record<string, number> = {};
  for (const [k, v] of Object.entries(state.history)) if (v?.length) latest[k] = v[v.length - 1];
  const line = progressLine(state.epochsSeen, options.epochs, latest);
  if (!inNotebook()) {
    writeProgress(line, state.epochsSeen, options.epochs, final);
    return;
  }
  const seconds = (Date.now() - state.started) / 1000;
  const html = progressHtml(options.title ?? 'Training', state.epochsSeen, options.epochs, seconds, state.history);
  const update = state.displayId !== '';
  if (!update) state.displayId = newDisplayId('losslab-progress');
  sendBundle({ 'text/html': html, 'text/plain': line }, { displayId: state.displayId, update });
  state.lastSent = Date.now();
}

/**
 * A progress view for a training run. Pass it to `model.fit` as a callback, or call
 * `onEpochEnd(epoch, logs)` from a loop; `onTrainBegin` (optional) starts a fresh view, so the
 * same object can be reused across runs.
 *
 * @param options `epochs` (total, for "5/20" and the bar), `title`, `minIntervalMs` (default 150).
 * @returns callbacks and the `history` collected so far.
 * @example
 * await model.fit(xs, ys, { epochs: 20, callbacks: display.trainingProgress({ epochs: 20 }) });
 * // or in a loop: const p = display.trainingProgress(); ... p.onEpochEnd(epoch, { loss }); p.onTrainEnd();
 */
export function trainingProgress(options: TrainingProgressOptions = {}): TrainingProgress {
  const minInterval = options.minIntervalMs ?? 150;
  let state: ProgressState | null = null;
  return asFitCallback({
    get history() { return state?.history ?? { loss: [] }; },
    onTrainBegin() { state = freshState(); },
    onEpochEnd(epoch: number, logs?: EpochLogs) {
      if (!state || state.ended) state = freshState();
      const s = state;
      s.epochsSeen = epoch + 1;
      for (const [k, v] of Object.entries(numericLogs(logs))) (s.history[k] ??= []).push(v);
      const last = options.epochs !== undefined && s.epochsSeen >= options.epochs;
      if (last || Date.now() - s.lastSent >= minInterval) render(s, options, last);
    },
    onTrainEnd() {
      if (state && state.epochsSeen > 0 && !state.finalShown) render(state, options, true);
      if (state) state.ended = true;
    },
  });
}
