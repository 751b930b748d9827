/**
 * Exercise checks of lesson 01 (reducing loss): the line, its squared loss, one update, the whole
 * loop and its stopping test. Each runs the learner's function on cases the notebook never shows.
 */
import { gradientDescent } from '../descent/gradient-descent';
import { linearModel } from '../descent/model';
import { modelObjective } from '../descent/objective';
import { squaredLoss } from '../descent/point-loss';
import { train } from '../descent/train';
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

type FitLine = (x: readonly number[], y: readonly number[], learningRate: number, epochs: number) => number[];

/** Cases the notebook never shows: x, y, learning rate, epochs. */
const LOOP_CASES: Array<[number[], number[], number, number]> = [
  [[1, 2], [1, 3], 0.1, 1],
  [[0, 1, 2, 3], [1, 2.5, 5.5, 7], 0.05, 6],
  [[-1, 0.5, 2], [-1, 2, 4], 0.1, 4],
];

/** The losses of full-batch descent from (0, 0), with the gradient or the loss scaled: the usual slips. */
function slipped(x: readonly number[], y: readonly number[], learningRate: number, epochs: number, gradientScale: number, lossScale = 1): number[] {
  const objective = modelObjective(linearModel(), squaredLoss, x.map((v) => [v]), y);
  const scaled = { value: objective.value, gradient: (p: readonly number[]) => objective.gradient(p).map((g) => g * gradientScale) };
  try {
    return gradientDescent(scaled, { start: [0, 0], learningRate, maxSteps: epochs, tolerance: 0 }).steps.map((s) => s.loss * lossScale);
  } catch {
    return [];
  }
}

const sameList = (a: unknown, b: readonly number[]) =>
  Array.isArray(a) && a.length === b.length && a.every((v, i) => isClose(v as number, b[i], 1e-6));

function loopHint(got: unknown, [x, y, learningRate, epochs]: (typeof LOOP_CASES)[number], expected: number[]): string {
  const n = x.length;
  if (!Array.isArray(got)) return ' (return the array of losses)';
  if (got.length === epochs) return ` (${epochs} losses for ${epochs} epochs: record the loss at the start, epoch 0, too, so there are ${epochs + 1})`;
  if (got.length === epochs + 2) return ` (${epochs + 2} losses: one too many; loop over epochs 1..${epochs} after recording the start)`;
  if (sameList(got, slipped(x, y, learningRate, epochs, -1))) return ' (the loss grows: the sign of the step is flipped; subtract learningRate × gradient)';
  if (sameList(got, slipped(x, y, learningRate, epochs, 0.5))) return ' (the steps are half as long as they should be: the factor 2 of d/dy\' (y\' - y)² = 2 (y\' - y) is missing)';
  if (sameList(got, slipped(x, y, learningRate, epochs, n))) return ` (the steps are ${n} times too long: average the gradient over the ${n} examples, do not sum it)`;
  if (sameList(got, slipped(x, y, learningRate, epochs, 1, n))) return ` (every loss is ${n} times too large: divide the sum of squared errors by the number of examples)`;
  if (got.length > 0 && !isClose(got[0] as number, expected[0])) return ` (the first entry is the loss at b = 0, w1 = 0, before any step: ${expected[0]})`;
  return '';
}

/** 01-4: the training loop by hand; returns the loss at the start and after each of `epochs` full-batch steps. */
export function checkFitLine(fitLine: FitLine): Verdict {
  const run = attempt('01-4', () => LOOP_CASES.map(([x, y, learningRate, epochs]) => fitLine(x, y, learningRate, epochs)));
  if (!run.ok) return run.verdict;
  const expected = LOOP_CASES.map(([x, y, learningRate, epochs]) =>
    train(linearModel(), { x: x.map((v) => [v]), y }, { learningRate, epochs, tolerance: 0, batchSize: 'full' }).epochs.map((e) => e.loss));
  const show = (v: unknown) => (Array.isArray(v) ? `[${v.map((u) => (typeof u === 'number' ? +u.toPrecision(6) : u)).join(', ')}]` : String(v));
  return checkAll(
    '01-4',
    LOOP_CASES.map((c, i) => [
      sameList(run.value[i], expected[i]),
      `fitLine([${c[0]}], [${c[1]}], ${c[2]}, ${c[3]}) should give ${show(expected[i])}; yours gives ${show(run.value[i])}${loopHint(run.value[i], c, expected[i])}`,
    ] as const),
    'your loop reproduces full-batch gradient descent, loss for loss, on datasets it had not seen',
  );
}

type EpochsToConverge = (losses: readonly number[], tolerance: number) => number;

/** 01-5: the stopping test; the first epoch k >= 1 with |L_k - L_{k-1}| < tolerance, or -1. */
export function checkEpochsToConverge(epochsToConverge: EpochsToConverge): Verdict {
  const cases: Array<[number[], number, number, string]> = [
    [[10, 5, 4, 3.9995, 3.9994], 1e-3, 3, 'The change from epoch 2 to epoch 3 is 0.0005, the first below 0.001: the answer is 3, the epoch the loss arrived at'],
    [[1, 2, 4, 8], 0.5, -1, 'This loss is rising: a change of -1 is not small, it is 1 in size; compare |L_k - L_(k-1)| with the tolerance'],
    [[4, 2, 1.5, 1.25], 0.25, -1, 'The last change is exactly 0.25, which is not below a tolerance of 0.25: use <, as descent.train does'],
    [[3, 3], 1e-9, 1, 'The loss did not change at all between epochs 0 and 1: epoch 1 has converged'],
    [[7], 0.1, -1, 'One loss, no change to measure yet: the answer is -1'],
  ];
  const run = attempt('01-5', () => cases.map(([losses, tolerance]) => epochsToConverge(losses, tolerance)));
  if (!run.ok) return run.verdict;
  return checkAll(
    '01-5',
    cases.map(([losses, tolerance, expected, why], i) => {
      const got = run.value[i];
      const early = got === expected - 1 ? ' You answered one epoch early: count the epoch the small change lands on.' : '';
      return [got === expected, `epochsToConverge([${losses}], ${tolerance}) should be ${expected}; yours is ${got}. ${why}.${early}`] as const;
    }),
    'the first epoch whose change in loss is smaller in size than the tolerance, and -1 when there is none',
  );
}
