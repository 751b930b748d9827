/**
 * Exercise checks of lesson 04 (regression losses): Huber by hand, the best constant under MSE
 * and MAE, and the Huber gradient. Expected values are worked out in the comments.
 */
import { attempt, checkAll, isClose, type Verdict } from './check';

/** 04-1: the Huber loss (delta 1) of the errors [0.5, -2, 3], averaged. */
export function checkHuberValue(answer: number): Verdict {
  // 0.5 is inside: 0.5 * 0.25 = 0.125. |-2| and 3 are outside: 1*2 - 0.5 = 1.5 and 1*3 - 0.5 = 2.5.
  // Mean: (0.125 + 1.5 + 2.5) / 3 = 1.375.
  const allQuadratic = (0.5 * (0.25 + 4 + 9)) / 3; // 2.2083: every error treated as small
  const mae = (0.5 + 2 + 3) / 3; // 1.8333
  return checkAll('04-1', [
    [typeof answer === 'number' && Number.isFinite(answer), 'the answer should be a number'],
    [!isClose(answer, allQuadratic, 1e-3), 'that is ½e² for every error: errors beyond δ = 1 are charged δ|e| − ½δ²'],
    [!isClose(answer, mae, 1e-3), 'that is the mean absolute error: the small error 0.5 is charged ½e² = 0.125'],
    [!isClose(answer, 1.375 * 3, 1e-3), 'that is the sum; the loss of one sample averages over its 3 errors'],
    [isClose(answer, 1.375, 1e-3), `${answer} is not it: sort the errors into |e| ≤ δ (½e²) and |e| > δ (δ|e| − ½δ²), then average`],
  ], '0.125 + 1.5 + 2.5 = 4.125, over 3 errors: 1.375');
}

type BestConstants = (targets: readonly number[]) => { mse: number; mae: number };

/** 04-2: the constant prediction minimising MSE (the mean) and MAE (a median). */
export function checkBestConstants(best: BestConstants): Verdict {
  // [1, 2, 10]: mean 13/3, median 2. [1, 2, 3, 100]: mean 26.5; any c in [2, 3] minimises MAE.
  const run = attempt('04-2', () => [best([1, 2, 10]), best([1, 2, 3, 100]), best([5])]);
  if (!run.ok) return run.verdict;
  const [odd, even, single] = run.value;
  const isPair = (v: unknown) => typeof v === 'object' && v !== null && 'mse' in v && 'mae' in v;
  return checkAll('04-2', [
    [run.value.every(isPair), 'return an object { mse, mae }'],
    [!(isClose(odd.mse, 2) && isClose(odd.mae, 13 / 3)), 'mse and mae are swapped: squared errors are minimised by the mean'],
    [isClose(odd.mse, 13 / 3), `for [1, 2, 10] the MSE-best constant is the mean 4.333; yours is ${odd.mse}`],
    [isClose(odd.mae, 2), `for [1, 2, 10] the MAE-best constant is the median 2; yours is ${odd.mae}`],
    [isClose(even.mse, 26.5), `for [1, 2, 3, 100] the mean is 26.5; yours is ${even.mse}`],
    [even.mae >= 2 - 1e-9 && even.mae <= 3 + 1e-9, `for [1, 2, 3, 100] any value between the middle two (2 and 3) minimises MAE; yours is ${even.mae}`],
    [isClose(single.mse, 5) && isClose(single.mae, 5), 'for a single target both answers are that target'],
  ], 'MSE is minimised by the mean, MAE by the median: one outlier (100) moves the mean by 24, the median not at all');
}

type HuberGradient = (error: number, delta: number) => number;

/** 04-3: dHuber/de = e clipped to [-delta, delta]. */
export function checkHuberGradient(gradient: HuberGradient): Verdict {
  const cases: Array<[number, number, number]> = [[0.3, 1, 0.3], [-0.8, 1, -0.8], [5, 1, 1], [-5, 2, -2], [0, 1, 0], [1.5, 0.5, 0.5]];
  const run = attempt('04-3', () => cases.map(([e, d]) => gradient(e, d)));
  if (!run.ok) return run.verdict;
  const wrong = cases.findIndex(([, , expected], i) => !isClose(run.value[i], expected));
  if (wrong < 0) return checkAll('04-3', [], 'the error itself inside [−δ, δ], ±δ outside: an outlier pulls no harder than δ');
  const [e, d, expected] = cases[wrong];
  const got = run.value[wrong];
  const hint = isClose(got, e) ? ' (that is the MSE-style gradient e: outside δ the slope stays at ±δ)'
    : isClose(got, Math.sign(e)) ? ' (that is the MAE gradient sign(e): inside δ Huber is quadratic, slope e)' : '';
  return checkAll('04-3', [[false, `for error ${e} and δ = ${d} the gradient is ${expected}; yours is ${got}${hint}`]], '');
}
