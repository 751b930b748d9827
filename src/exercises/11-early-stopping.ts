/**
 * Exercise checks of lesson 11 (early stopping): reading a curve as the rule does, the improvement
 * test with minDelta, and configuring the callback. The expected answers come from the library's
 * own `EarlyStoppingRule` (Keras 3 semantics), which the lesson derives by hand.
 */
import { EarlyStopping } from '../callbacks/early-stopping-callback';
import { replayEarlyStopping } from '../callbacks/early-stopping-replay';
import { attempt, checkAll, verdict, type Verdict } from './check';

/** The validation losses of exercise 11-1, epoch 0 first. */
export const CURVE_11_1: readonly number[] = [0.9, 0.72, 0.65, 0.66, 0.64, 0.67, 0.69, 0.7];
/** The settings of exercise 11-1. */
export const OPTIONS_11_1 = { monitor: 'val_loss', patience: 2, minDelta: 0.02 } as const;

/** 11-1: at which epoch does training stop, and which epoch's weights are the best? (0-based) */
export function checkStopEpoch(answer: { stoppedEpoch: number; bestEpoch: number }): Verdict {
  const truth = replayEarlyStopping(CURVE_11_1, OPTIONS_11_1);
  const noDelta = replayEarlyStopping(CURVE_11_1, { ...OPTIONS_11_1, minDelta: 0 });
  const { stoppedEpoch, bestEpoch } = answer ?? { stoppedEpoch: NaN, bestEpoch: NaN };
  const forgotDelta = stoppedEpoch === noDelta.stoppedEpoch && bestEpoch === noDelta.bestEpoch;
  return checkAll(
    '11-1',
    [
      [!forgotDelta, `that is the answer with minDelta = 0: with minDelta ${OPTIONS_11_1.minDelta}, is 0.64 an improvement on 0.65?`],
      [stoppedEpoch === truth.stoppedEpoch, `training does not stop at epoch ${stoppedEpoch}: count the epochs without an improvement of more than minDelta`],
      [bestEpoch === truth.bestEpoch, `epoch ${bestEpoch} is not the best: an epoch is the new best only if it beats the best by more than minDelta`],
    ],
    `it stops at epoch ${truth.stoppedEpoch} and the best weights are those of epoch ${truth.bestEpoch}`,
  );
}

/** 11-2: the improvement test in min mode: current beats best by more than |minDelta|. */
export function checkIsImprovement(isImprovement: (current: number, best: number, minDelta: number) => boolean): Verdict {
  const cases: Array<[number, number, number, boolean]> = [
    [0.5, 0.6, 0, true], [0.6, 0.6, 0, false], [0.7, 0.6, 0, false],
    [0.5, 0.6, 0.05, true], [0.56, 0.6, 0.05, false], [0.5, 0.6, -0.05, true], [0.56, 0.6, -0.05, false],
  ];
  const run = attempt('11-2', () => cases.map(([c, b, d]) => isImprovement(c, b, d)));
  if (!run.ok) return run.verdict;
  return checkAll(
    '11-2',
    cases.map(([c, b, d, expected], i) => {
      const hint = d < 0 ? ' (the sign of minDelta is ignored: use its absolute value)' : '';
      return [run.value[i] === expected, `isImprovement(${c}, ${b}, ${d}) should be ${expected}; yours is ${run.value[i]}${hint}`] as const;
    }),
    'current - |minDelta| < best, as Keras compares in min mode',
  );
}

/** 11-3: an EarlyStopping on val_loss with patience 10 that restores the best weights. */
export function checkStopper(stopper: unknown): Verdict {
  if (!(stopper instanceof EarlyStopping)) return verdict('11-3', false, 'make it with new callbacks.EarlyStopping({ ... })');
  return checkAll(
    '11-3',
    [
      [stopper.monitor === 'val_loss', `it should watch 'val_loss'; it watches '${stopper.monitor}'`],
      [stopper.rule.patience === 10, `patience should be 10; it is ${stopper.rule.patience}`],
      [stopper.restoreBestWeights, 'it should put back the best weights at the end: restoreBestWeights: true'],
    ],
    'val_loss, patience 10, best weights restored',
  );
}
