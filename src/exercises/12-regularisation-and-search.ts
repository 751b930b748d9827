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

/** Unseen searches of exercise 12-4: U-shaped, monotone, unsorted candidates, a flat stretch. */
const SEARCHES_12_4: ReadonlyArray<{ candidates: number[]; loss: (lambda: number) => number }> = [
  { candidates: [1e-4, 1e-3, 1e-2, 1e-1, 1], loss: (l) => (Math.log10(l) + 2.2) ** 2 + 0.1 },
  { candidates: [10, 0.1, 1, 0.01], loss: (l) => 0.5 + 0.1 * Math.log10(l) ** 2 },
  { candidates: [0, 0.5, 1, 2], loss: (l) => 1 + l },
  { candidates: [0.3, 3, 30, 300], loss: (l) => (l < 100 ? 2 - l / 100 : 3) },
];

/** 12-4: a search loop that scores every candidate once on the validation loss and keeps the lowest. */
export function checkSearchLoop(search: (candidates: number[], validationLoss: (lambda: number) => number) => number): Verdict {
  const calls: number[][] = SEARCHES_12_4.map(() => []);
  const run = attempt('12-4', () => SEARCHES_12_4.map((s, i) => search(s.candidates.slice(), (l) => {
    calls[i].push(l);
    return s.loss(l);
  })));
  if (!run.ok) return run.verdict;
  return checkAll(
    '12-4',
    SEARCHES_12_4.flatMap((s, i) => {
      const scores = s.candidates.map(s.loss);
      const best = s.candidates[scores.indexOf(Math.min(...scores))];
      const worst = s.candidates[scores.indexOf(Math.max(...scores))];
      const got = run.value[i];
      const hint = got === worst ? ' (that is the worst: a loss is better when it is lower)'
        : got === scores.indexOf(Math.min(...scores)) ? ' (return the value of lambda, not its position in the list)'
        : got === s.candidates[s.candidates.length - 1] ? ' (that is the last candidate: keep the best seen so far)' : '';
      const missed = s.candidates.filter((c) => !calls[i].includes(c));
      return [
        [missed.length === 0, `with candidates [${s.candidates}] your loop never scored ${missed.join(', ')}: try every candidate`] as const,
        [calls[i].length === s.candidates.length, `with ${s.candidates.length} candidates your loop trained ${calls[i].length} times: score each candidate once (each call is a whole training run)`] as const,
        [got === best, `with candidates [${s.candidates}] the lowest validation loss is at lambda = ${best}; yours returned ${got}${hint}`] as const,
      ];
    }),
    'every candidate scored once, the lowest validation loss kept: a grid search by hand',
  );
}
