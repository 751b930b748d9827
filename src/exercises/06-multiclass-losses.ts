/**
 * Exercise checks of lesson 06 (multi-class losses): cross-entropy from logits, label smoothing,
 * the categorical hinge. Expected values are worked out by hand in the comments.
 */
import { attempt, checkAll, isClose, type Verdict } from './check';

type FromLogits = (trueClass: number, logits: readonly number[]) => number;
type Smooth = (oneHot: readonly number[], smoothing: number) => number[];
type CategoricalHinge = (trueClass: number, scores: readonly number[]) => number;

const sameNumbers = (a: unknown, b: readonly number[]) =>
  Array.isArray(a) && a.length === b.length && a.every((v, i) => typeof v === 'number' && isClose(v, b[i]));

/** 06-1: -log softmax(logits)[trueClass], stable for large logits. */
export function checkCrossEntropyFromLogits(crossEntropy: FromLogits): Verdict {
  // [0,0,0]: p = 1/3 each, -log(1/3) = ln 3. [2,1,0], class 0: log(1 + e^-1 + e^-2) = 0.4076059.
  // [1000, 0], class 1: log-sum-exp = 1000 + log(1 + e^-1000) = 1000, minus logit 0 = 1000.
  const cases: Array<[number, number[], number]> = [[1, [0, 0, 0], Math.log(3)], [0, [2, 1, 0], 0.4076059], [2, [2, 1, 0], 2.4076059]];
  const run = attempt('06-1', () => [...cases.map(([c, z]) => crossEntropy(c, z)), crossEntropy(1, [1000, 0])]);
  if (!run.ok) return run.verdict;
  const large = run.value[3];
  return checkAll(
    '06-1',
    [
      ...cases.map(([c, z, expected], i) =>
        [isClose(run.value[i], expected), `for logits [${z}] and true class ${c} the loss is ${expected.toFixed(6)}; yours is ${run.value[i]}` +
          (isClose(run.value[i], -expected) ? ' (mind the minus sign: the loss is -log p)' : '')] as const),
      [isClose(large, 1000, 1e-4), `for logits [1000, 0] and true class 1 the loss is 1000; yours is ${large}` +
        ' (exp(1000) overflows: subtract the largest logit before exponentiating, the log-sum-exp trick)'],
    ],
    'cross-entropy from logits is logSumExp(z) - z_c, and it stays finite for huge logits',
  );
}

/** 06-2: label smoothing y(1 - s) + s/K. */
export function checkSmoothedLabels(smooth: Smooth): Verdict {
  // [0,1,0], s = 0.3, K = 3: 0.7 y + 0.1 -> [0.1, 0.8, 0.1]. [1,0], s = 0.1, K = 2: [0.95, 0.05].
  const run = attempt('06-2', () => [smooth([0, 1, 0], 0.3), smooth([1, 0], 0.1), smooth([0, 0, 1, 0], 0)]);
  if (!run.ok) return run.verdict;
  const [three, two, none] = run.value;
  const offByK = sameNumbers(three, [0.15, 0.7, 0.15]);
  return checkAll(
    '06-2',
    [
      [Array.isArray(three), 'return an array with one smoothed label per class'],
      [!offByK, 'with s = 0.3 and K = 3 you gave [0.15, 0.7, 0.15]: Keras spreads s over all K classes, s/K each, the true one included'],
      [sameNumbers(three, [0.1, 0.8, 0.1]), `smooth([0, 1, 0], 0.3) should be [0.1, 0.8, 0.1]; yours is [${three}]`],
      [sameNumbers(two, [0.95, 0.05]), `smooth([1, 0], 0.1) should be [0.95, 0.05]; yours is [${two}]`],
      [sameNumbers(none, [0, 0, 1, 0]), `with s = 0 the labels should not change; yours are [${none}]`],
    ],
    'y(1 - s) + s/K: the labels still sum to 1, and no class is ever asked for probability 0 or 1',
  );
}

/** 06-3: max(0, 1 + max_{k != c} s_k - s_c). */
export function checkCategoricalHinge(hinge: CategoricalHinge): Verdict {
  // [2, 0.5, 1] class 0: 1 + 1 - 2 = 0. Class 2: 1 + 2 - 1 = 2. [0.2, 0.4] class 0: 1 + 0.4 - 0.2 = 1.2.
  // [3, 0] class 0: 1 + 0 - 3 = -2 -> 0 (the margin is met with room to spare).
  const cases: Array<[number, number[], number]> = [[0, [2, 0.5, 1], 0], [2, [2, 0.5, 1], 2], [0, [0.2, 0.4], 1.2], [0, [3, 0], 0]];
  const run = attempt('06-3', () => cases.map(([c, s]) => hinge(c, s)));
  if (!run.ok) return run.verdict;
  return checkAll(
    '06-3',
    cases.map(([c, s, expected], i) => {
      const hint = run.value[i] < 0 ? ' (a hinge is never negative: clip at 0 with Math.max)' : '';
      return [isClose(run.value[i], expected), `for scores [${s}] and true class ${c} the hinge is ${expected}; yours is ${run.value[i]}${hint}`] as const;
    }),
    'zero once the true class beats the best other class by at least 1, linear in the shortfall otherwise',
  );
}
