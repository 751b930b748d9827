/**
 * A live training progress view: one output that updates in place each epoch with the epoch,
 * the latest losses and a small loss curve. Works as a tfjs `model.fit` callback and from plain
 * loops; outside a notebook it prints a text progress bar.
 */
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
    `<table><tr>${cells}</tr></table>${history.loss.length > 1 ? staticSvg(lossCurves(history)) : ''}</div>`
  );
}

/**
 * @example
 * await model.fit(xs, ys, { epochs: 20, callbacks: display.trainingProgress({ epochs: 20 }) });
 * // or in a loop: const p = display.trainingProgress(); ... p.onEpochEnd(epoch, { loss }); p.onTrainEnd();
 */
export function trainingProgress(options: TrainingProgressOptions = {}): TrainingProgress {
  const title = options.title ?? 'Training';
  const minInterval = options.minIntervalMs ?? 150;
  let history: History = { loss: [] };
  let displayId = '';
  let started = 0;
  let lastSent = 0;
  let epochsSeen = 0;
  let finalShown = false;
  const render = (final: boolean) => {
    finalShown = final;
    const latest: Record<string, number> = {};
    for (const [k, v] of Object.entries(history)) if (v?.length) latest[k] = v[v.length - 1];
    const line = progressLine(epochsSeen, options.epochs, latest);
    if (!inNotebook()) {
      writeProgress(line, epochsSeen, options.epochs, final);
      return;
    }
    const html = progressHtml(title, epochsSeen, options.epochs, (Date.now() - started) / 1000, history);
    const update = displayId !== '';
    if (!update) displayId = newDisplayId('losslab-progress');
    sendBundle({ 'text/html': html, 'text/plain': line }, { displayId, update });
    lastSent = Date.now();
  };
  const begin = () => { history = { loss: [] }; displayId = ''; started = Date.now(); lastSent = 0; epochsSeen = 0; finalShown = false; };
  const progress: TrainingProgress = {
    get history() { return history; },
    onTrainBegin() { begin(); },
    onEpochEnd(epoch: number, logs?: EpochLogs) {
      if (started === 0) begin();
      epochsSeen = epoch + 1;
      for (const [k, v] of Object.entries(numericLogs(logs))) (history[k] ??= []).push(v);
      const last = options.epochs !== undefined && epochsSeen >= options.epochs;
      if (last || Date.now() - lastSent >= minInterval) render(last);
    },
    onTrainEnd() {
      if (epochsSeen > 0 && !finalShown) render(true);
      started = 0;
    },
  };
  return progress;
}
