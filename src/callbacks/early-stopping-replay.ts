/**
 * Early stopping after the fact: feed a recorded curve (say `history.history.val_loss` of a run
 * without early stopping) to an `EarlyStoppingRule` and see where it would have stopped. Lesson 11
 * uses it to compare patience and minDelta settings without training again.
 */
import { EarlyStoppingRule, type EarlyStoppingRuleOptions } from './early-stopping-rule';

export interface EarlyStoppingReplay {
  /** Whether the rule stopped before the curve ended. */
  stopped: boolean;
  /** Epoch (0-based) at which it stopped; the last epoch if it never did. */
  stoppedEpoch: number;
  /** Epochs that would have been trained: `stoppedEpoch + 1`. */
  epochsRun: number;
  /** Epoch (0-based) and value of the best monitored value seen up to the stop. */
  bestEpoch: number;
  bestValue: number;
}

/**
 * Where early stopping with `options` would stop on the per-epoch `values`.
 * @example
 * callbacks.replayEarlyStopping([1, 0.8, 0.9, 0.85], { monitor: 'val_loss', patience: 2 });
 * // { stopped: true, stoppedEpoch: 3, epochsRun: 4, bestEpoch: 1, bestValue: 0.8 }
 */
export function replayEarlyStopping(values: readonly number[], options: EarlyStoppingRuleOptions = {}): EarlyStoppingReplay {
  if (values.length === 0) throw new Error('replayEarlyStopping: values must hold at least one epoch; got []');
  const rule = new EarlyStoppingRule(options);
  let last = values.length - 1;
  let stopped = false;
  for (let epoch = 0; epoch < values.length; epoch++) {
    if (rule.update(epoch, values[epoch]).stop) {
      [last, stopped] = [epoch, true];
      break;
    }
  }
  return { stopped, stoppedEpoch: last, epochsRun: last + 1, bestEpoch: rule.bestEpoch, bestValue: rule.bestValue };
}
