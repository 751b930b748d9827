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

type GaussianNll = (y: number, mean: number, logVariance: number) => number;

/**
 * 04-4: the heteroscedastic Gaussian NLL of one target, ½(s + (y − μ)² e^(−s)) with s = log σ²,
 * without the constant ½ log 2π. Cases the learner does not see, worked out by hand:
 * (3, 1, ln 4): ½(ln 4 + 4/4) = 1.1931472; (2, 2, 0): 0; (0.5, −0.25, −1): ½(−1 + 0.5625 e) = 0.2645168;
 * (−1, 1, ln 0.25): ½(ln 0.25 + 4·4) = 7.3068528.
 */
export function checkGaussianNll(nll: GaussianNll): Verdict {
  const cases: Array<[number, number, number]> = [[3, 1, Math.log(4)], [2, 2, 0], [0.5, -0.25, -1], [-1, 1, Math.log(0.25)]];
  const expected = cases.map(([y, mu, s]) => 0.5 * (s + (y - mu) ** 2 * Math.exp(-s)));
  const run = attempt('04-4', () => cases.map(([y, mu, s]) => nll(y, mu, s)));
  if (!run.ok) return run.verdict;
  const wrong = cases.findIndex((_, i) => !isClose(run.value[i], expected[i], 1e-5));
  if (wrong < 0) return checkAll('04-4', [], 'the squared error is divided by the predicted variance, and ½s keeps the variance from growing for free');
  const [y, mu, s] = cases[wrong];
  const got = run.value[wrong];
  const e2 = (y - mu) ** 2;
  const hints: Array<[number, string]> = [
    [expected[wrong] + 0.5 * Math.log(2 * Math.PI), 'you added ½ log 2π; leave the constant out'],
    [2 * expected[wrong], 'you forgot the factor ½'],
    [0.5 * (Math.log(Math.abs(s) || 1) + e2 / s), 'you used s as the variance; s is its logarithm, σ² = e^s'],
    [0.5 * e2 * Math.exp(-s), 'you dropped the ½s term: without it a huge variance would make every error free'],
    [0.5 * (s + e2 * Math.exp(s)), 'you multiplied by σ² = e^s; the squared error is divided by it, × e^(−s)'],
    [0.5 * (s / 2 + e2 * Math.exp(-s)), 'log σ² is s itself, not s/2'],
  ];
  const hint = hints.find(([value]) => isClose(got, value, 1e-5))?.[1];
  return checkAll('04-4', [[false, `for y = ${y}, μ = ${mu}, s = ${+s.toFixed(4)} the NLL is ${expected[wrong].toFixed(6)}; yours is ${got}${hint ? ` (${hint})` : ''}`]], '');
}
