/**
 * The order in which an epoch visits the examples, cut into batches.
 *
 * Batch size n is batch gradient descent (one step per epoch), 1 is stochastic gradient descent
 * (n noisy steps), anything between is mini-batch. The last batch may be smaller.
 */
import type { Rng } from '../random';

/**
 * Index batches for one epoch.
 *
 * @param count number of examples n.
 * @param batchSize examples per batch (clipped to n).
 * @param rng shuffles the order when given; `undefined` keeps 0..n-1.
 * @returns batches of example indices covering 0..n-1 once.
 * @example
 * epochBatches(5, 2, undefined); // [[0, 1], [2, 3], [4]]
 */
export function epochBatches(count: number, batchSize: number, rng: Rng | undefined): number[][] {
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new Error(`epochBatches: batchSize must be an integer >= 1; got ${batchSize}`);
  }
  const order = Array.from({ length: count }, (_, i) => i);
  const visit = rng !== undefined ? rng.shuffle(order) : order;
  const batches: number[][] = [];
  for (let start = 0; start < count; start += batchSize) batches.push(visit.slice(start, start + batchSize));
  return batches;
}
