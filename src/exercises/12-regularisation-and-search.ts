/**
 * Exercise checks of lesson 12: z-scores by hand, the L2 penalty, and the cost of a grid search
 * with cross-validation. Expected values come from `data.fitZScore`, `regularizers.l2` and
 * `search.gridConfigs`, each tested against hand-derived numbers in their own tests.
 */
import { fitZScore } from '../data/z-score';
import { l2 } from '../regularizers/penalty';
import { gridConfigs } from '../search/space';
import { attempt, checkAll, isClose, type Verdict } from './check';

/** 12-1: standardise one column with its own mean and (population) standard deviation. */
export function checkZScores(zScores: (values: number[]) => number[]): Verdict {
  const cases = [[2, 4, 6, 8], [10, 10, 40], [-1, 0, 1, 2, 3]];
  const run = attempt('12-1', () => cases.map((c) => zScores(c.slice())));
  if (!run.ok) return run.verdict;
  const expected = cases.map((c) => fitZScore(c.map((v) => [v])).transform(c.map((v) => [v])).map(([v]) => v));
  return checkAll(
    '12-1',
    cases.map((c, i) => {
      const got = run.value[i];
      const ok = Array.isArray(got) && got.length === c.length && got.every((v, j) => isClose(v, expected[i][j], 1e-6));
      const n = c.length;
      const sampleStd = Array.isArray(got) && got.every((v, j) => isClose(v, expected[i][j] * Math.sqrt((n - 1) / n), 1e-6));
      const hint = sampleStd ? ' (divide by n, not n - 1: the population standard deviation)' : '';
      return [ok, `for [${c}] the z-scores are [${expected[i].map((v) => v.toFixed(4))}]; yours are [${got}]${hint}`] as const;
    }),
    'each value minus the mean, divided by the standard deviation',
  );
}

/** 12-2: the L2 penalty $\lambda \sum_i w_i^2$. */
export function checkL2Penalty(penalty: (weights: number[], lambda: number) => number): Verdict {
  const cases: Array<[number[], number]> = [[[1, -2], 0.1], [[0.5, 0.5, -3], 0.01], [[0], 1]];
  const run = attempt('12-2', () => cases.map(([w, lambda]) => penalty(w.slice(), lambda)));
  if (!run.ok) return run.verdict;
  return checkAll(
    '12-2',
    cases.map(([w, lambda], i) => {
      const expected = l2(lambda).value(w);
      const half = isClose(run.value[i], expected / 2);
      const hint = half && expected !== 0 ? ' (Keras and tfjs use no factor 1/2)' : '';
      return [isClose(run.value[i], expected), `with w = [${w}] and lambda = ${lambda} the penalty is ${expected}; yours is ${run.value[i]}${hint}`] as const;
    }),
    'lambda times the sum of the squared weights',
  );
}

/** The grid of exercise 12-3 and its number of folds. */
export const GRID_12_3 = { learningRate: [0.001, 0.01, 0.1], optimizer: ['sgd', 'adam'], batchSize: [16, 64] };
export const FOLDS_12_3 = 5;

/** 12-3: how many models does the grid search of GRID_12_3 with 5-fold cross-validation train? */
export function checkTrainingRuns(answer: number): Verdict {
  const configs = gridConfigs(GRID_12_3).length;
  const expected = configs * FOLDS_12_3;
  return checkAll(
    '12-3',
    [
      [answer !== configs, `${configs} is the number of configurations; each one is trained once per fold`],
      [answer !== 3 + 2 + 2 && answer !== (3 + 2 + 2) * FOLDS_12_3, 'a grid tries every combination: multiply the list lengths, do not add them'],
      [answer === expected, `not ${answer}: count the combinations, then the folds`],
    ],
    `${configs} configurations × ${FOLDS_12_3} folds = ${expected} trainings`,
  );
}
