/**
 * Exercise checks of lesson 13 (the capstone): choosing the loss for the task, fitting the scaler
 * on the right split, and reading accuracy off predictions.
 */
import { lookup } from '../losses/registry';
import { attempt, checkAll, isClose, type Verdict } from './check';

/** 13-1: the loss for integer class labels and a model that outputs logits. */
export function checkLossChoice(choice: { loss: string; fromLogits: boolean }): Verdict {
  const found = lookup(choice.loss);
  const name = found?.entry.name;
  return checkAll(
    '13-1',
    [
      [found !== undefined, `'${choice.loss}' is not a loss the library knows (try a Keras identifier such as 'mse')`],
      [name !== 'categoricalCrossentropy', 'categorical cross-entropy wants one-hot labels; the Iris labels are the integers 0, 1, 2'],
      [name === 'sparseCategoricalCrossentropy', `${name} is not made for one class out of three given as an integer label`],
      [choice.fromLogits, 'the last layer has no softmax: its outputs are logits, so say fromLogits: true'],
    ],
    'sparse categorical cross-entropy from logits: integer labels, one class each, stable logits',
  );
}

/** 13-2: which split the z-score statistics are fitted on. */
export function checkScalerSplit(split: string): Verdict {
  const why: Record<string, string> = {
    all: 'fitting on all the data lets the test flowers shape the scaling: information leaks from the test set',
    test: 'the test split is looked at once, at the end; fitting anything on it leaks it into training',
    validation: 'the validation split judges the model; the scaler must come from the data the model learns from',
  };
  return checkAll('13-2', [[split === 'train', why[split] ?? `'${split}' is not one of 'train', 'validation', 'test', 'all'`]],
    'fit on the training split, then apply the same mean and deviation everywhere');
}

/** 13-3: accuracy = the fraction of examples whose predicted class equals the label. */
export function checkAccuracy(accuracy: (labels: readonly number[], predicted: readonly number[]) => number): Verdict {
  const cases: Array<[number[], number[], number]> = [[[0, 1, 2, 2], [0, 1, 1, 2], 0.75], [[1, 1], [0, 0], 0], [[2], [2], 1]];
  const run = attempt('13-3', () => cases.map(([labels, predicted]) => accuracy(labels, predicted)));
  if (!run.ok) return run.verdict;
  return checkAll(
    '13-3',
    cases.map(([labels, predicted, expected], i) => {
      const hint = isClose(run.value[i], expected * labels.length) ? ' (a count: divide by the number of examples)' : '';
      return [isClose(run.value[i], expected), `labels [${labels}] and predictions [${predicted}] give ${expected}; yours gives ${run.value[i]}${hint}`] as const;
    }),
    'the fraction of matching classes',
  );
}

/** Unseen runs of exercise 13-4: a score per seed (a test accuracy, a test MAE, a constant). */
const RUNS_13_4: ReadonlyArray<{ seeds: number[]; score: (seed: number) => number }> = [
  { seeds: [1, 2, 3, 4, 5], score: (s) => [0.9, 0.93, 0.97, 0.93, 0.9][s - 1] },
  { seeds: [10, 20, 30], score: (s) => 1 + s / 100 },
  { seeds: [7, 8, 9, 10, 11, 12], score: () => 0.5 },
];

/** 13-4: the seed loop: run once per seed, report the mean and the (population) standard deviation. */
export function checkSeedSpread(spread: (seeds: number[], score: (seed: number) => number) => { mean: number; std: number }): Verdict {
  const calls: number[][] = RUNS_13_4.map(() => []);
  const run = attempt('13-4', () => RUNS_13_4.map((r, i) => spread(r.seeds.slice(), (seed) => {
    calls[i].push(seed);
    return r.score(seed);
  })));
  if (!run.ok) return run.verdict;
  return checkAll(
    '13-4',
    RUNS_13_4.flatMap((r, i) => {
      const values = r.seeds.map(r.score);
      const n = values.length;
      const mean = values.reduce((a, b) => a + b, 0) / n;
      const std = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / n);
      const got = run.value[i] ?? { mean: NaN, std: NaN };
      const sample = n > 1 && isClose(got.std, std * Math.sqrt(n / (n - 1)), 1e-6) && std > 0;
      const hint = sample ? ' (divide by n, as the lesson does for folds; n - 1 gives the sample estimate)'
        : isClose(got.std, std * std, 1e-6) && std > 0 ? ' (that is the variance: take its square root)' : '';
      return [
        [calls[i].length === n && r.seeds.every((s) => calls[i].includes(s)), `with seeds [${r.seeds}] your loop ran seeds [${calls[i]}]: run each seed exactly once`] as const,
        [isClose(got.mean, mean, 1e-9), `with seeds [${r.seeds}] the mean is ${mean}; yours is ${got.mean}`] as const,
        [isClose(got.std, std, 1e-9), `with seeds [${r.seeds}] the standard deviation is ${std.toPrecision(6)}; yours is ${got.std}${hint}`] as const,
      ];
    }),
    'one run per seed, reported as mean ± standard deviation: the spread says how much of a difference is luck',
  );
}
