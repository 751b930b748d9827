/**
 * Exercise checks of lesson 01 (reducing loss): the line, its squared loss, one update.
 * Each takes the learner's function and tries it on hand-computed cases.
 */
import { attempt, checkAll, isClose, type Verdict } from './check';

type Predict = (b: number, w1: number, x1: number) => number;
type MeanSquaredError = (y: readonly number[], yPred: readonly number[]) => number;
type Update = (params: readonly number[], gradient: readonly number[], learningRate: number) => number[];

/** 01-1: y' = b + w1 * x1. */
export function checkPredict(predict: Predict): Verdict {
  const cases: Array<[number, number, number, number]> = [[1, 2, 3, 7], [0.5, -1, 4, -3.5], [-2, 0, 9, -2]];
  const run = attempt('01-1', () => cases.map(([b, w1, x1]) => predict(b, w1, x1)));
  if (!run.ok) return run.verdict;
  return checkAll(
    '01-1',
    cases.map(([b, w1, x1, expected], i) =>
      [isClose(run.value[i], expected), `with b=${b}, w1=${w1}, x1=${x1} the prediction should be ${expected}; yours is ${run.value[i]}`] as const),
    "y' = b + w1·x1 on every case",
  );
}

/** 01-2: the mean of the squared errors. */
export function checkMeanSquaredError(mse: MeanSquaredError): Verdict {
  const cases: Array<[number[], number[], number]> = [[[1, 3], [1, 2], 0.5], [[0, 0, 0], [1, -2, 3], 14 / 3], [[5], [5], 0]];
  const run = attempt('01-2', () => cases.map(([y, yPred]) => mse(y, yPred)));
  if (!run.ok) return run.verdict;
  return checkAll(
    '01-2',
    cases.map(([y, yPred, expected], i) => {
      const hint = isClose(run.value[i], expected * y.length) ? ' (did you forget to divide by the number of examples?)' : '';
      return [isClose(run.value[i], expected), `for y=[${y}] and y'=[${yPred}] the loss is ${expected.toFixed(4)}; yours is ${run.value[i]}${hint}`] as const;
    }),
    'the mean of the squared errors on every case',
  );
}

/** 01-3: one gradient-descent update, theta - learningRate * gradient, for every parameter. */
export function checkUpdate(update: Update): Verdict {
  const run = attempt('01-3', () => [update([0, 1], [-1, -2], 0.1), update([2, -3, 0.5], [4, 0, -1], 0.5)]);
  if (!run.ok) return run.verdict;
  const [first, second] = run.value;
  const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((v, i) => isClose(v, b[i]));
  const movedUphill = Array.isArray(first) && same(first, [-0.1, 0.8]);
  return checkAll(
    '01-3',
    [
      [Array.isArray(first) && Array.isArray(second), 'the update should return an array of new parameters'],
      [!movedUphill, 'the parameters moved uphill: step against the gradient (subtract it)'],
      [same(first, [0.1, 1.2]), `update([0, 1], [-1, -2], 0.1) should give [0.1, 1.2]; yours gives [${first}]`],
      [same(second, [0, -3, 1]), `update([2, -3, 0.5], [4, 0, -1], 0.5) should give [0, -3, 1]; yours gives [${second}]`],
    ],
    'every parameter moves by -learningRate × its partial derivative',
  );
}
