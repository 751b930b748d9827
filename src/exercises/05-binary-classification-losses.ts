/**
 * Exercise checks of lesson 05 (binary classification losses): a stable cross-entropy from a
 * logit, the best probability under label smoothing, and the positive weight for imbalance.
 */
import { attempt, checkAll, isClose, type Verdict } from './check';

type StableBce = (logit: number, label: number) => number;

/** 05-1: BCE from a logit x, stable: max(x, 0) - x y + log(1 + e^{-|x|}). */
export function checkStableBce(bce: StableBce): Verdict {
  // x = 0: ln 2 for either label. x = 2, y = 1: ln(1 + e^-2) = 0.126928. x = 2, y = 0: 2 + 0.126928.
  // x = 1e4, y = 0: 1e4 exactly (plus ln(1 + e^-1e4) = 0). x = -1e4, y = 1: 1e4.
  const cases: Array<[number, number, number]> = [[0, 1, Math.LN2], [0, 0, Math.LN2], [2, 1, 0.126928], [2, 0, 2.126928], [-3, 0, 0.048587]];
  const extremes: Array<[number, number, number]> = [[1e4, 0, 1e4], [-1e4, 1, 1e4], [1e4, 1, 0]];
  const run = attempt('05-1', () => [...cases, ...extremes].map(([x, y]) => bce(x, y)));
  if (!run.ok) return run.verdict;
  const all = [...cases, ...extremes];
  const conditions = all.map(([x, y, expected], i) => {
    const got = run.value[i];
    const hint = !Number.isFinite(got) ? ' (exp overflows or log(0) appears: use max(x, 0) − x·y + log1p(exp(−|x|)))' : '';
    return [isClose(got, expected, 1e-5), `for logit ${x} and label ${y} the loss is ${Number(expected.toFixed(6))}; yours is ${got}${hint}`] as const;
  });
  return checkAll('05-1', conditions, 'exact for every logit, including ±10⁴, where sigmoid-then-log gives Infinity or a clipped 16.1');
}

/** 05-2: with label smoothing s = 0.2, the probability p minimising BCE for label 1 is 1 - s/2 = 0.9. */
export function checkSmoothedOptimum(answer: number): Verdict {
  return checkAll('05-2', [
    [typeof answer === 'number' && Number.isFinite(answer), 'the answer should be a number'],
    [!isClose(answer, 1), 'with smoothing the target is no longer 1: the label becomes y(1 − s) + s/2'],
    [!isClose(answer, 0.8), '0.8 is 1 − s; binary smoothing moves the label to 1 − s/2'],
    [isClose(answer, 0.9, 1e-6), `the smoothed label is 1·(1 − 0.2) + 0.2/2 = 0.9, and BCE is smallest where p equals it; ${answer} is not`],
  ], 'p = 0.9: the loss stops rewarding certainty, so logits stay bounded (ln 9 ≈ 2.2)');
}

type PosWeight = (labels: readonly number[]) => number;

/** 05-3: posWeight = negatives / positives, so both classes carry the same total weight. */
export function checkPosWeight(posWeight: PosWeight): Verdict {
  // [1,0,0,0]: 3. [1,1,0,0,0,0,0,0,0,0]: 8/2 = 4. [1,0]: 1.
  const cases: Array<[number[], number]> = [[[1, 0, 0, 0], 3], [[1, 1, 0, 0, 0, 0, 0, 0, 0, 0], 4], [[0, 1], 1]];
  const run = attempt('05-3', () => cases.map(([labels]) => posWeight(labels)));
  if (!run.ok) return run.verdict;
  return checkAll('05-3', cases.map(([labels, expected], i) => {
    const got = run.value[i];
    const hint = isClose(got, 1 / expected) ? ' (upside down: the rare positives need the larger weight)' : '';
    return [isClose(got, expected), `for labels [${labels}] the weight is ${expected}; yours is ${got}${hint}`] as const;
  }), 'negatives / positives: with it, the positives weigh as much in the loss as the negatives');
}
