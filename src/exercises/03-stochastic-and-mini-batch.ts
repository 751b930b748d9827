/**
 * Exercise checks of lesson 03 (stochastic and mini-batch gradient descent): batches per epoch,
 * how the gradient noise shrinks with the batch size, cutting an epoch into batches, and one epoch
 * of mini-batch descent written by the learner.
 */
import { epochBatches } from '../descent/batches';
import { gradientDescent } from '../descent/gradient-descent';
import { linearModel } from '../descent/model';
import { modelObjective } from '../descent/objective';
import { squaredLoss } from '../descent/point-loss';
import { train } from '../descent/train';
import { attempt, checkAll, isClose, type Verdict } from './check';

/** 03-1: updates in one epoch over 200 examples with batch size 16. */
export function checkUpdatesPerEpoch(count: number): Verdict {
  return checkAll(
    '03-1',
    [
      [Number.isInteger(count), `the answer should be a whole number of updates; got ${count}`],
      [count !== 12, '12 full batches hold 192 examples: the 8 left over make one more, smaller batch'],
      [count !== 200 && count !== 1, `${count} is the count for ${count === 200 ? 'stochastic (batch size 1)' : 'full-batch'} descent`],
      [count === 13, `${count} updates: divide the 200 examples into batches of 16 and count the batches`],
    ],
    '⌈200 / 16⌉ = 13 updates: 12 batches of 16 and one of 8',
  );
}

/** 03-2: the gradient spread at batch size 64, given 0.8 at batch size 4 (ignore the finite-population factor). */
export function checkNoiseAtBatchSize(spread: number): Verdict {
  const ok = typeof spread === 'number' && Number.isFinite(spread);
  return checkAll(
    '03-2',
    [
      [ok, `the answer should be a finite number; got ${spread}`],
      [!ok || !isClose(spread, 0.05), 'that divides by 16 = 64 / 4: the spread falls like 1/√b, not 1/b'],
      [!ok || isClose(spread, 0.2), `${spread} is not it: the spread is σ/√b, so going from b = 4 to b = 64 divides it by √(64/4)`],
    ],
    '0.8 / √16 = 0.2: sixteen times the batch (and the cost), a quarter of the noise',
  );
}

type MakeBatches = (count: number, batchSize: number) => number[][];

/** 03-3: cut example indices 0..count-1, in order, into batches of `batchSize` (the last may be smaller). */
export function checkMakeBatches(makeBatches: MakeBatches): Verdict {
  const cases: Array<[number, number]> = [[5, 2], [6, 3], [3, 5], [4, 1]];
  const run = attempt('03-3', () => cases.map(([n, b]) => makeBatches(n, b)));
  if (!run.ok) return run.verdict;
  return checkAll(
    '03-3',
    cases.map(([n, b], i) => {
      const expected = epochBatches(n, b, undefined);
      const got = run.value[i];
      const same = Array.isArray(got) && JSON.stringify(got) === JSON.stringify(expected);
      const dropped = Array.isArray(got) && JSON.stringify(got) === JSON.stringify(expected.filter((batch) => batch.length === b));
      return [same, `makeBatches(${n}, ${b}) should be ${JSON.stringify(expected)}; yours is ${JSON.stringify(got)}` +
        (dropped ? ' (the last, smaller batch is missing)' : '')] as const;
    }),
    'every example lands in exactly one batch, in order, and the last batch takes what is left',
  );
}

type MiniBatchEpoch = (
  params: readonly number[], x: readonly number[], y: readonly number[], order: readonly number[], batchSize: number, learningRate: number,
) => number[];

type EpochCase = { params: number[]; x: number[]; y: number[]; order: number[]; batchSize: number; learningRate: number };

/** Unseen cases: one where the batch size divides n, one with a smaller last batch, one stochastic. */
const EPOCH_CASES: EpochCase[] = [
  { params: [0, 0], x: [1, 2, 3, 4], y: [3, 5, 7, 9], order: [2, 0, 3, 1], batchSize: 2, learningRate: 0.05 },
  { params: [0.5, 1], x: [0, 1, 2, 3, 4], y: [1, 2.9, 5.2, 7.1, 8.8], order: [4, 1, 0, 3, 2], batchSize: 2, learningRate: 0.02 },
  { params: [1, -1], x: [-1, 0.5, 2], y: [0, 1, 3], order: [1, 2, 0], batchSize: 1, learningRate: 0.1 },
];

/** One epoch of the library's mini-batch descent over the examples taken in `order` (its reference answer). */
function epochOf(c: EpochCase, order: readonly number[], learningRate = c.learningRate): number[] {
  const data = { x: order.map((j) => [c.x[j]]), y: order.map((j) => c.y[j]) };
  return train(linearModel(), data, { start: c.params, batchSize: c.batchSize, learningRate, epochs: 1, shuffle: false, tolerance: 0 }).params;
}

function epochHint(got: unknown, c: EpochCase): string {
  const same = (a: readonly number[]) => Array.isArray(got) && got.length === 2 && got.every((v, i) => isClose(v as number, a[i]));
  const n = c.x.length;
  const natural = c.x.map((_, j) => j);
  const full = modelObjective(linearModel(), squaredLoss, c.x.map((v) => [v]), c.y);
  const fullSteps = gradientDescent(full, { start: c.params, learningRate: c.learningRate, maxSteps: Math.ceil(n / c.batchSize), tolerance: 0 }).params;
  if (c.order.some((j, k) => j !== k) && same(epochOf(c, natural))) return ' (the examples were visited as 0, 1, 2, ...: take them in the given order)';
  if (n % c.batchSize !== 0 && same(epochOf(c, c.order.slice(0, n - (n % c.batchSize))))) return ' (the last, smaller batch was skipped: it makes one more step)';
  if (same(fullSteps)) return ' (every step used all the examples: each step should use only its batch)';
  if (n % c.batchSize === 0 && same(epochOf(c, c.order, c.learningRate * c.batchSize))) return ' (the steps are too long: average the gradient over the batch, do not sum it)';
  return '';
}

/** 03-4: one epoch of mini-batch gradient descent on the line, visiting the examples in `order`. */
export function checkMiniBatchEpoch(miniBatchEpoch: MiniBatchEpoch): Verdict {
  const run = attempt('03-4', () => EPOCH_CASES.map((c) => miniBatchEpoch(c.params, c.x, c.y, c.order, c.batchSize, c.learningRate)));
  if (!run.ok) return run.verdict;
  return checkAll(
    '03-4',
    EPOCH_CASES.map((c, i) => {
      const expected = epochOf(c, c.order);
      const got = run.value[i];
      const ok = Array.isArray(got) && got.length === 2 && got.every((v, k) => isClose(v, expected[k]));
      const shown = Array.isArray(got) ? `[${got.map((v) => +Number(v).toPrecision(6)).join(', ')}]` : String(got);
      return [ok, `from [${c.params}] with x = [${c.x}], y = [${c.y}], order [${c.order}], batch size ${c.batchSize}, η = ${c.learningRate} ` +
        `the epoch ends at [${expected.map((v) => +v.toPrecision(6)).join(', ')}]; yours ends at ${shown}${epochHint(got, c)}`] as const;
    }),
    'one step per batch, each with the mean gradient of its own examples, in the given order, the last batch included',
  );
}
