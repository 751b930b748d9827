/**
 * Counts drawn from a Poisson distribution whose rate depends on the features: data for the
 * Poisson loss (lesson 07).
 *
 * $$y \sim \operatorname{Poisson}(\lambda), \qquad \lambda = \exp(b + w \cdot x), \quad x \sim U(-1, 1)^d$$
 */
import { createRng } from '../random';
import type { Dataset } from './dataset';

/**
 * @param options `n` (200), `weights` w (default [0.8, -0.5]; its length is the number of features),
 *   `intercept` b (default 1), `seed` (42).
 * @returns features `x1..xd` and integer counts `y`; `rates` holds each true $\lambda$.
 */
export function poissonCounts(
  options: { n?: number; weights?: number[]; intercept?: number; seed?: number } = {},
): Dataset & { rates: number[] } {
  const { n = 200, weights = [0.8, -0.5], intercept = 1, seed = 42 } = options;
  if (!Number.isInteger(n) || n < 1) throw new Error(`poissonCounts: n must be an integer >= 1; got ${n}`);
  if (weights.length === 0) throw new Error('poissonCounts: weights must not be empty');
  const rng = createRng(seed);
  const x = Array.from({ length: n }, () => weights.map(() => rng.uniform(-1, 1)));
  const rates = x.map((row) => Math.exp(intercept + row.reduce((s, v, d) => s + weights[d] * v, 0)));
  const y = rates.map((rate) => rng.poisson(rate));
  return { name: 'Poisson counts', x, y, rates, featureNames: weights.map((_, d) => `x${d + 1}`) };
}
