/**
 * Early stopping inside `train`: the shared `EarlyStoppingRule` (Keras 3 semantics) fed with each
 * epoch's loss, plus the snapshot of the best parameters for `restoreBestWeights`.
 *
 * Epoch numbers: `train` counts completed passes (1, 2, ...); the rule counts as Keras does (0, 1, ...).
 */
import { EarlyStoppingRule, type EarlyStoppingRuleOptions } from '../callbacks/early-stopping-rule';
import type { EpochRecord } from './path';

export interface DescentEarlyStoppingOptions extends EarlyStoppingRuleOptions {
  /** `'loss'` or `'val_loss'` (default `'val_loss'` with validation data, else `'loss'`). */
  monitor?: 'loss' | 'val_loss';
  /** At the end, go back to the parameters of the best epoch (default false), as Keras 3 does. */
  restoreBestWeights?: boolean;
}

export interface EarlyStopper {
  /** Feeds an epoch's record; true means stop now. */
  update(record: EpochRecord): boolean;
  /** The best parameters if `restoreBestWeights` is on and a best was seen. */
  restore(): number[] | undefined;
  /** The best epoch in `train`'s numbering (completed passes). */
  bestEpoch(): number | undefined;
}

/** `undefined` when early stopping is off. */
export function createEarlyStopper(
  options: DescentEarlyStoppingOptions | undefined,
  hasValidation: boolean,
): EarlyStopper | undefined {
  if (options === undefined) return undefined;
  const monitor = options.monitor ?? (hasValidation ? 'val_loss' : 'loss');
  if (monitor !== 'loss' && monitor !== 'val_loss') {
    throw new Error(`train: earlyStopping.monitor must be 'loss' or 'val_loss'; got '${String(monitor)}'`);
  }
  if (monitor === 'val_loss' && !hasValidation) {
    throw new Error("train: earlyStopping monitors 'val_loss' but no validation data were given");
  }
  const rule = new EarlyStoppingRule({ ...options, monitor });
  let best: number[] | undefined;
  let seen = false;
  return {
    update(record) {
      const value = monitor === 'loss' ? record.loss : (record.valLoss as number);
      const decision = rule.update(record.epoch - 1, value);
      seen = true;
      if (decision.improved && options.restoreBestWeights === true) best = record.params.slice();
      return decision.stop;
    },
    restore: () => best,
    bestEpoch: () => (seen ? rule.bestEpoch + 1 : undefined),
  };
}
