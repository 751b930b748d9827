/**
 * A binary set where positives are rare: what focal and weighted cross-entropy are for (lesson 05).
 *
 * Negatives are $\mathcal{N}(0, I)$, positives $\mathcal{N}(s \mathbf{1}, I)$ in two features, so a
 * model that always answers "negative" already scores `1 - positiveFraction` accuracy.
 */
import { createRng } from '../random';
import type { Dataset } from './dataset';

/**
 * @param options `n` (1000), `positiveFraction` (0.05: exactly round(n * fraction) positives),
 *   `separation` s (2), `seed` (42).
 * @returns features `x1, x2`, labels 0 (negative) / 1 (positive), in shuffled order.
 */
export function imbalanced(
  options: { n?: number; positiveFraction?: number; separation?: number; seed?: number } = {},
): Dataset {
  const { n = 1000, positiveFraction = 0.05, separation = 2, seed = 42 } = options;
  if (!(positiveFraction > 0 && positiveFraction < 1)) {
    throw new Error(`imbalanced: positiveFraction must be in (0, 1); got ${positiveFraction}`);
  }
  const positives = Math.round(n * positiveFraction);
  if (positives < 1 || positives >= n) {
    throw new Error(`imbalanced: n * positiveFraction must round to 1..n-1 positives; got ${positives} of ${n}`);
  }
  const rng = createRng(seed);
  const order = rng.shuffle(Array.from({ length: n }, (_, i) => i));
  const isPositive = (i: number) => order[i] < positives;
  const y = Array.from({ length: n }, (_, i) => (isPositive(i) ? 1 : 0));
  const x = y.map((label) => [rng.normal(label * separation, 1), rng.normal(label * separation, 1)]);
  return { name: 'imbalanced binary', x, y, featureNames: ['x1', 'x2'], classNames: ['negative', 'positive'] };
}
