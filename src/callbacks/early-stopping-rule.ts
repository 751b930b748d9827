/**
 * The decision of early stopping, without any training loop around it: one value per epoch in,
 * "was it an improvement?" and "stop now?" out. `EarlyStopping` (a tfjs `model.fit` callback) and
 * the library's own loops in `src/descent` both call it, so the rule lives in one place.
 *
 * Semantics of Keras 3.16 (`keras/src/callbacks/early_stopping.py`, `monitor_callback.py`):
 * - a value $v$ improves on a reference $r$ when $v - \delta < r$ (min mode) or
 *   $v - \delta > r$ (max mode), where $\delta = -|\text{minDelta}|$ in min mode and
 *   $+|\text{minDelta}|$ in max mode; so a step must beat the best by more than |minDelta|;
 * - the first monitored epoch is always an improvement (there is no best yet);
 * - `wait` counts epochs since the last improvement; it is reset only when the value beats both the
 *   best and the `baseline` (so with a baseline nobody beats, training stops after `patience` epochs
 *   while the best epoch is still tracked);
 * - stop when `wait >= patience` at an epoch that is not an improvement, and never at epoch 0;
 * - epochs before `startFromEpoch` are ignored entirely (a warm-up).
 *
 * Unlike Keras, a NaN value is never an improvement (Keras keeps a NaN first value as the best
 * forever): it counts as an epoch without improvement, and `baseline` must be finite.
 */
import { inferDirection, type Direction } from './metric-direction';
import { finite, integer } from '../validate';

/** Options shared by `EarlyStoppingRule` and the `EarlyStopping` callback. */
export interface EarlyStoppingRuleOptions {
  /** Name of the monitored quantity, used by `mode: 'auto'`. Default `'val_loss'`. */
  monitor?: string;
  /** Smallest change that counts as an improvement; its sign is ignored. Default 0. */
  minDelta?: number;
  /** Epochs without improvement before stopping. Default 0. */
  patience?: number;
  /** `'min'`, `'max'`, or `'auto'` (inferred from `monitor` as Keras 3 does). Default `'auto'`. */
  mode?: 'auto' | 'min' | 'max';
  /** A value the monitored quantity must beat; if no epoch does, stop after `patience` epochs. */
  baseline?: number;
  /** Epochs to ignore at the start (warm-up). Default 0. */
  startFromEpoch?: number;
}

/** What one epoch's value meant. */
export interface EarlyStoppingDecision {
  /** The value beat the best so far (by more than minDelta): it is the new best. */
  improved: boolean;
  /** Patience is exhausted: stop training now. */
  stop: boolean;
}

function resolveDirection(mode: string, monitor: string): Direction {
  if (mode === 'min' || mode === 'max') return mode;
  if (mode !== 'auto') {
    // Keras warns and falls back to 'auto' for an unknown mode.
    console.warn(`EarlyStopping mode '${mode}' is unknown, fallback to auto mode.`);
  }
  return inferDirection(monitor);
}

/**
 * Early stopping's decision logic (Keras 3 semantics).
 *
 * @example
 * const rule = new EarlyStoppingRule({ monitor: 'val_loss', patience: 2 });
 * [0.9, 0.7, 0.8, 0.75].map((v, epoch) => rule.update(epoch, v).stop); // [false, false, false, true]
 * rule.bestEpoch; // 1
 */
export class EarlyStoppingRule {
  readonly monitor: string;
  readonly direction: Direction;
  readonly patience: number;
  readonly baseline: number | undefined;
  readonly startFromEpoch: number;
  /** $\delta$: $-|\text{minDelta}|$ in min mode, $+|\text{minDelta}|$ in max mode. */
  private readonly delta: number;
  private best: number | undefined;
  private bestEpochValue = 0;
  private stoppedEpochValue = 0;
  private waitValue = 0;

  constructor(options: EarlyStoppingRuleOptions = {}) {
    this.monitor = options.monitor ?? 'val_loss';
    const minDelta = finite('EarlyStoppingRule', 'minDelta', options.minDelta ?? 0);
    this.patience = integer('EarlyStoppingRule', 'patience', options.patience ?? 0);
    this.startFromEpoch = integer('EarlyStoppingRule', 'startFromEpoch', options.startFromEpoch ?? 0);
    // Keras accepts a NaN baseline, which no value ever beats: refused here.
    this.baseline = options.baseline === undefined ? undefined : finite('EarlyStoppingRule', 'baseline', options.baseline);
    this.direction = resolveDirection(options.mode ?? 'auto', this.monitor);
    this.delta = this.direction === 'min' ? -Math.abs(minDelta) : Math.abs(minDelta);
  }

  /** Forgets every epoch seen, so the same rule can watch a new training run. */
  reset(): void {
    this.best = undefined;
    this.bestEpochValue = 0;
    this.stoppedEpochValue = 0;
    this.waitValue = 0;
  }

  /** Epoch (0-based) of the best value; 0 before any monitored epoch. */
  get bestEpoch(): number {
    return this.bestEpochValue;
  }

  /** Best monitored value so far; `NaN` before any monitored epoch. */
  get bestValue(): number {
    return this.best ?? NaN;
  }

  /** Epoch (0-based) at which the rule said stop; 0 if it has not (it never stops at epoch 0). */
  get stoppedEpoch(): number {
    return this.stoppedEpochValue;
  }

  /** Monitored epochs since the last reset of the counter. */
  get wait(): number {
    return this.waitValue;
  }

  /** Does `value` beat `reference` by more than minDelta? Anything beats "no reference yet". */
  isImprovement(value: number, reference: number | undefined): boolean {
    // Keras takes a NaN first value as the best, and then nothing ever beats it; here NaN never improves.
    if (Number.isNaN(value)) return false;
    if (reference === undefined) return true;
    const shifted = value - this.delta;
    return this.direction === 'min' ? shifted < reference : shifted > reference;
  }

  /**
   * Feeds the monitored value at the end of `epoch` (0-based).
   * @returns whether it improved on the best, and whether to stop now.
   */
  update(epoch: number, value: number): EarlyStoppingDecision {
    if (epoch < this.startFromEpoch) return { improved: false, stop: false };
    this.waitValue += 1;
    if (this.isImprovement(value, this.best)) {
      this.best = value;
      this.bestEpochValue = epoch;
      if (this.baseline === undefined || this.isImprovement(value, this.baseline)) this.waitValue = 0;
      return { improved: true, stop: false };
    }
    if (this.waitValue >= this.patience && epoch > 0) {
      this.stoppedEpochValue = epoch;
      return { improved: false, stop: true };
    }
    return { improved: false, stop: false };
  }
}
