/**
 * Exercise checks of lesson 03 (stochastic and mini-batch gradient descent): batches per epoch,
 * how the gradient noise shrinks with the batch size, and cutting an epoch into batches.
 */
import { epochBatches } from '../descent/batches';
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
