/** Shared helpers of the loss tests: tolerant comparison, fixtures, seeded inputs. */
import assert from 'node:assert/strict';
import { fixtureCases, type CaseApi, type FixtureCase } from '../fixtures/cases';
import { createRng, tf } from '../../src';

export type { FixtureCase } from '../fixtures/cases';

export function loadCases(api: string): FixtureCase[] {
  return fixtureCases('loss', api as CaseApi);
}

/** Flattens a nested number array (or a tensor) to a plain list. */
export function flat(x: unknown): number[] {
  if (x instanceof tf.Tensor) return Array.from(x.dataSync());
  if (Array.isArray(x)) return x.flatMap((v) => flat(v));
  return [x as number];
}

/** The allowed error for one expected value, from the case's `tolerance` field (the upstream assertion's). */
export function toleranceFor(c: FixtureCase, expected: number): number {
  if (c.tolerance === null) throw new Error(`${c.id}: the upstream test gives no tolerance (relational only)`);
  return c.tolerance.atol + c.tolerance.rtol * Math.abs(expected);
}

/** The values of a tensor as a plain list, disposing the tensor (for results of the losses). */
export function readAndDispose(t: InstanceType<typeof tf.Tensor>): number[] {
  const values = flat(t);
  t.dispose();
  return values;
}

/** Asserts element-wise closeness; `tol` is a number or a function of the expected value. */
export function assertClose(actual: unknown, expected: unknown, tol: number | ((e: number) => number), label = ''): void {
  const a = flat(actual);
  const e = flat(expected);
  assert.equal(a.length, e.length, `${label}: got ${a.length} values, expected ${e.length}`);
  for (let i = 0; i < e.length; i++) {
    const allowed = typeof tol === 'number' ? tol : tol(e[i]);
    assert.ok(
      Math.abs(a[i] - e[i]) <= allowed,
      `${label}: element ${i}: got ${a[i]}, expected ${e[i]} (tolerance ${allowed}); all: [${a.join(', ')}]`,
    );
  }
}

/** A seeded `[rows, cols]` array of uniform numbers in [low, high). */
export function uniform(seed: number, rows: number, cols: number, low = 0, high = 1): number[][] {
  const rng = createRng(seed);
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => rng.uniform(low, high)));
}

/** A seeded `[rows, cols]` array of 0/1 labels. */
export function binaryLabels(seed: number, rows: number, cols: number): number[][] {
  const rng = createRng(seed);
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => rng.int(0, 2)));
}

/** A seeded `[rows, k]` one-hot array and its integer labels. */
export function oneHot(seed: number, rows: number, k: number): { oneHot: number[][]; labels: number[] } {
  const rng = createRng(seed);
  const labels = Array.from({ length: rows }, () => rng.int(0, k));
  return { labels, oneHot: labels.map((c) => Array.from({ length: k }, (_, j) => (j === c ? 1 : 0))) };
}

/** Rows of positive numbers normalised to sum to 1. */
export function distributions(seed: number, rows: number, k: number): number[][] {
  return uniform(seed, rows, k, 0.05, 1).map((row) => {
    const total = row.reduce((s, v) => s + v, 0);
    return row.map((v) => v / total);
  });
}
