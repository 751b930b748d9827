/**
 * Exercise checks of lesson 07 (distribution losses): KL divergence and its direction, the rate
 * that minimises the Poisson loss, a prediction with a given cosine loss.
 */
import { cosineSimilarity } from '../losses/cosine-similarity';
import { attempt, checkAll, isClose, type Verdict } from './check';

type KL = (p: readonly number[], q: readonly number[]) => number;

/** 07-1: KL(p || q) = sum p log(p / q), natural log, terms with p = 0 count 0. */
export function checkKlDivergence(kl: KL): Verdict {
  // KL([.5,.5] || [.25,.75]) = .5 ln 2 + .5 ln(2/3) = 0.1438410; the other way 0.25 ln .5 + .75 ln 1.5 = 0.1308121.
  // KL([1, 0] || [0.5, 0.5]) = ln 2 (the zero term counts 0).
  const forward = 0.143841;
  const backward = 0.1308121;
  const run = attempt('07-1', () => [kl([0.5, 0.5], [0.25, 0.75]), kl([0.25, 0.75], [0.5, 0.5]), kl([0.2, 0.3, 0.5], [0.2, 0.3, 0.5]), kl([1, 0], [0.5, 0.5])]);
  if (!run.ok) return run.verdict;
  const [a, b, same, zero] = run.value;
  return checkAll(
    '07-1',
    [
      [!(isClose(a, backward, 1e-5) && isClose(b, forward, 1e-5)), 'your p and q are swapped: KL(p || q) weights log(p/q) by p, the true distribution'],
      [!isClose(a, forward / Math.LN2, 1e-5), `you used log base 2 (${a}); Keras uses the natural log`],
      [isClose(a, forward, 1e-5), `KL([0.5, 0.5] || [0.25, 0.75]) is ${forward}; yours is ${a}`],
      [isClose(b, backward, 1e-5), `KL([0.25, 0.75] || [0.5, 0.5]) is ${backward}; yours is ${b}`],
      [isClose(same, 0), `the divergence of a distribution from itself is 0; yours is ${same}`],
      [isClose(zero, Math.LN2, 1e-5), `KL([1, 0] || [0.5, 0.5]) is ln 2 = 0.693147 (a term with p = 0 counts 0); yours is ${zero}`],
    ],
    'KL(p || q) = Σ p log(p/q): zero when q = p, and not symmetric',
  );
}

/** The counts of exercise 07-2. */
export const COUNTS: readonly number[] = [0, 2, 3, 1, 4, 2];

/** 07-2: the constant rate that minimises the mean Poisson loss of COUNTS is their mean, 2. */
export function checkBestRate(rate: number): Verdict {
  // d/dλ mean(λ - y log λ) = 1 - ȳ/λ = 0  =>  λ = ȳ = 12/6 = 2.
  const ok = typeof rate === 'number' && Number.isFinite(rate);
  const meanLoss = (lambda: number) => COUNTS.reduce((s, y) => s + lambda - y * Math.log(lambda), 0) / COUNTS.length;
  return checkAll(
    '07-2',
    [
      [ok && rate > 0, `a rate must be a positive number; got ${rate}`],
      [isClose(rate, 2), `a rate of ${rate} gives a mean loss of ${ok && rate > 0 ? meanLoss(rate).toFixed(4) : '?'}, but the minimum is ` +
        `${meanLoss(2).toFixed(4)}: set the derivative 1 - ȳ/λ to zero`],
    ],
    'λ = ȳ = 2: the Poisson loss is minimised by the mean count',
  );
}

/** 07-3: a prediction of length 10 pointing the same way as y = [3, 4] (Keras loss -1). */
export function checkSameDirection(yPred: readonly number[]): Verdict {
  const ok = Array.isArray(yPred) && yPred.length === 2 && yPred.every((v) => typeof v === 'number' && Number.isFinite(v));
  const run = attempt('07-3', () => (ok ? cosineSimilarity([[3, 4]], [yPred as number[]], { validate: false }).dataSync()[0] : NaN));
  if (!run.ok) return run.verdict;
  const loss = run.value;
  const length = ok ? Math.hypot(yPred[0], yPred[1]) : NaN;
  return checkAll(
    '07-3',
    [
      [ok, 'give a vector of two finite numbers, e.g. [1, 2]'],
      [!isClose(loss, 1, 1e-6), `your vector has loss +1: it points exactly the opposite way (Keras' sign: -1 means same direction)`],
      [isClose(loss, -1, 1e-6), `the cosine loss of [${yPred}] against [3, 4] is ${loss.toFixed(4)}; it should be -1 (same direction)`],
      [isClose(length, 10), `[${yPred}] points the right way but has length ${length.toFixed(4)}; scale it to length 10`],
    ],
    '[6, 8]: the cosine loss ignores length, so it only had to point like [3, 4]',
  );
}
