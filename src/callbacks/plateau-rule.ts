/**
 * The decision of `ReduceLROnPlateau`, without any training loop around it: one monitored value and
 * the current learning rate in, the learning rate for the next epoch out. The callback of
 * `reduce-lr-on-plateau.ts` wraps it; `replayReduceLROnPlateau` runs it over a recorded curve, so a
 * lesson can show what a setting would have done without training again (lesson 11).
 *
 * Semantics of Keras 3 (`keras/src/callbacks/reduce_lr_on_plateau.py`, `monitor_callback.py`), at
 * the end of each epoch with value $v$ and learning rate $\eta$:
 * 1. if in cooldown (counter $c > 0$): $c \leftarrow c - 1$ and $w \leftarrow 0$;
 * 2. if $v$ improves on the best $v^\ast$ ($v + |\delta| < v^\ast$ in min mode, $v - |\delta| > v^\ast$
 *    in max mode; the first value always improves): $v^\ast \leftarrow v$, $w \leftarrow 0$;
 * 3. otherwise, if not in cooldown: $w \leftarrow w + 1$, and when $w \ge$ `patience` and
 *    $\eta > $ `minLr` (compared in float32, as Keras reads its float32 variable):
 *    $\eta \leftarrow \max(\eta \cdot \text{factor}, \text{minLr})$, $c \leftarrow$ `cooldown`, $w \leftarrow 0$.
 */
import { inferDirection, type Direction } from './metric-direction';

/** Options of `PlateauRule` and of the `ReduceLROnPlateau` callback (Keras 3 defaults). */
export interface PlateauOptions {
  /** The monitored log key. Default `'val_loss'`. */
  monitor?: string;
  /** $\eta \leftarrow \eta \cdot$ factor at a plateau; must be in (0, 1). Default 0.1. */
  factor?: number;
  /** Epochs without improvement before reducing. Default 10. */
  patience?: number;
  /** `'min'`, `'max'`, or `'auto'` (inferred from `monitor`, as Keras 3 does). Default `'auto'`. */
  mode?: 'auto' | 'min' | 'max';
  /** Smallest change that counts as an improvement; its sign is ignored. Default 1e-4. */
  minDelta?: number;
  /** Epochs after a reduction during which no plateau is counted. Default 0. */
  cooldown?: number;
  /** The learning rate never goes below this. Default 0. */
  minLr?: number;
}

function count(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 0) throw new Error(`ReduceLROnPlateau: ${name} must be an integer >= 0; got ${value}`);
  return value;
}

function direction(mode: string, monitor: string): Direction {
  if (mode === 'min' || mode === 'max') return mode;
  if (mode !== 'auto') throw new Error(`ReduceLROnPlateau: mode must be 'auto', 'min' or 'max'; got '${mode}'`);
  try {
    return inferDirection(monitor);
  } catch {
    throw new Error(`ReduceLROnPlateau: cannot infer whether '${monitor}' should be minimised or maximised; pass mode: 'min' or 'max'`);
  }
}

/** Keras' plateau logic: feed it one value per epoch with the current learning rate. */
export class PlateauRule {
  readonly monitor: string;
  readonly factor: number;
  readonly patience: number;
  readonly minDelta: number;
  readonly cooldown: number;
  readonly minLr: number;
  readonly direction: Direction;
  /** Best value so far (undefined before the first epoch). */
  best: number | undefined;
  /** Epochs since the last improvement, outside cooldown. */
  wait = 0;
  /** Epochs of cooldown left. */
  cooldownCounter = 0;

  constructor(options: PlateauOptions = {}) {
    this.monitor = options.monitor ?? 'val_loss';
    this.factor = options.factor ?? 0.1;
    if (!(this.factor > 0 && this.factor < 1)) {
      throw new Error(`ReduceLROnPlateau: factor must be in (0, 1) (Keras does not support a factor >= 1); got ${this.factor}`);
    }
    this.patience = count(options.patience ?? 10, 'patience');
    this.cooldown = count(options.cooldown ?? 0, 'cooldown');
    this.minDelta = Math.abs(options.minDelta ?? 1e-4);
    this.minLr = options.minLr ?? 0;
    if (!(this.minLr >= 0 && Number.isFinite(this.minLr))) throw new Error(`ReduceLROnPlateau: minLr must be a number >= 0; got ${this.minLr}`);
    if (!Number.isFinite(this.minDelta)) throw new Error(`ReduceLROnPlateau: minDelta must be a finite number; got ${options.minDelta}`);
    this.direction = direction(options.mode ?? 'auto', this.monitor);
  }

  /** Forget the best value and the counters (Keras' `_reset`, at the start of each `fit`). */
  reset(): void {
    this.best = undefined;
    this.wait = 0;
    this.cooldownCounter = 0;
  }

  /** Whether `value` beats `best` by more than |minDelta|. */
  isImprovement(value: number, best: number | undefined): boolean {
    if (best === undefined) return true;
    return this.direction === 'min' ? value + this.minDelta < best : value - this.minDelta > best;
  }

  /** One epoch: returns the learning rate to use from now on (`learningRate` when unchanged). */
  update(value: number, learningRate: number): number {
    if (this.cooldownCounter > 0) {
      this.cooldownCounter -= 1;
      this.wait = 0;
    }
    if (this.isImprovement(value, this.best)) {
      this.best = value;
      this.wait = 0;
      return learningRate;
    }
    if (this.cooldownCounter > 0) return learningRate;
    this.wait += 1;
    if (this.wait < this.patience || !(Math.fround(learningRate) > Math.fround(this.minLr))) return learningRate;
    this.cooldownCounter = this.cooldown;
    this.wait = 0;
    return Math.max(learningRate * this.factor, this.minLr);
  }
}

/**
 * The learning rate of every epoch that a `ReduceLROnPlateau` would have produced on a recorded curve.
 *
 * @param values the monitored value of each epoch, epoch 0 first.
 * @param learningRate $\eta$ at the start of training.
 * @returns `rates[t]`, the learning rate used during epoch t (so `rates[0] === learningRate`); one
 *   entry more than `values`: the last is the rate after the final epoch.
 * @example
 * replayReduceLROnPlateau([1, 1, 1, 1], 0.1, { monitor: 'loss', patience: 1, minDelta: 0 });
 * // [0.1, 0.1, 0.01, 0.001, 0.0001]
 */
export function replayReduceLROnPlateau(values: readonly number[], learningRate: number, options: PlateauOptions = {}): number[] {
  if (!Array.isArray(values) || values.some((v) => typeof v !== 'number')) {
    throw new Error('replayReduceLROnPlateau: values must be an array of numbers, one per epoch');
  }
  const rule = new PlateauRule(options);
  const rates = [learningRate];
  for (const value of values) rates.push(rule.update(value, rates[rates.length - 1]));
  return rates;
}
