/**
 * Exercise checks of lesson 11 (early stopping): reading a curve as the rule does, the improvement
 * test with minDelta, configuring the callback, and writing the whole stopping loop. The expected
 * answers come from the library's
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
    'current + |minDelta| < best: the value must beat the best by more than |minDelta|, as Keras compares in min mode',
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

/** What the learner's stopping loop of exercise 11-4 returns (0-based epochs). */
export interface StopAnswer {
  stoppedEpoch: number;
  bestEpoch: number;
}

/** Curves the learner never sees: a clear minimum, a noisy plateau, a curve that never stops, ties. */
const CURVES_11_4: ReadonlyArray<[number[], number, number]> = [
  [[1.0, 0.7, 0.5, 0.45, 0.46, 0.47, 0.5, 0.55, 0.6], 2, 0],
  [[0.9, 0.8, 0.79, 0.785, 0.78, 0.775, 0.77, 0.76], 3, 0.02],
  [[2.0, 1.5, 1.2, 1.0, 0.9], 1, 0],
  [[0.5, 0.5, 0.5, 0.4, 0.4, 0.4], 1, 0],
  [[1.0, 1.1, 0.95, 1.2, 1.3, 0.9, 1.4], 0, 0],
];

/** Which common slip explains an answer, if any (compared with the rule under a changed setting). */
function slip(curve: number[], patience: number, minDelta: number, got: StopAnswer): string {
  const same = (r: { stoppedEpoch: number; bestEpoch: number }) => got.stoppedEpoch === r.stoppedEpoch && got.bestEpoch === r.bestEpoch;
  const options = { monitor: 'val_loss', patience, minDelta };
  if (minDelta > 0 && same(replayEarlyStopping(curve, { ...options, minDelta: 0 }))) return ' (minDelta seems ignored: an improvement must beat the best by more than minDelta)';
  if (same(replayEarlyStopping(curve, { ...options, patience: patience + 1 }))) return ' (one epoch late: stop as soon as the count of epochs without improvement reaches patience)';
  if (patience > 0 && same(replayEarlyStopping(curve, { ...options, patience: patience - 1 }))) return ' (one epoch early: the counter must reach patience, not patience - 1)';
  if (got.stoppedEpoch === curve.length) return ' (epochs are 0-based: the last epoch of this curve is ' + (curve.length - 1) + ')';
  return '';
}

/**
 * 11-4: the whole rule as a loop over a recorded curve (min mode, no baseline): returns the epoch
 * after which training stops (the last epoch if it never does) and the best epoch.
 */
export function checkEarlyStop(earlyStop: (curve: number[], patience: number, minDelta: number) => StopAnswer): Verdict {
  const run = attempt('11-4', () => CURVES_11_4.map(([c, p, d]) => earlyStop(c.slice(), p, d)));
  if (!run.ok) return run.verdict;
  return checkAll(
    '11-4',
    CURVES_11_4.map(([curve, patience, minDelta], i) => {
      const truth = replayEarlyStopping(curve, { monitor: 'val_loss', patience, minDelta });
      const got = run.value[i] ?? { stoppedEpoch: NaN, bestEpoch: NaN };
      const ok = got.stoppedEpoch === truth.stoppedEpoch && got.bestEpoch === truth.bestEpoch;
      const shown = `{ stoppedEpoch: ${got.stoppedEpoch}, bestEpoch: ${got.bestEpoch} }`;
      return [ok, `on [${curve}] with patience ${patience} and minDelta ${minDelta} the rule gives { stoppedEpoch: ${truth.stoppedEpoch}, bestEpoch: ${truth.bestEpoch} }; yours gives ${shown}${ok ? '' : slip(curve, patience, minDelta, got)}`] as const;
    }),
    'your loop stops where Keras\' rule does on five curves you had not seen (a clear minimum, a noisy plateau, a curve that never stops, ties, patience 0)',
  );
}
