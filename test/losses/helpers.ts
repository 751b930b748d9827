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

/** Decimal places a literal was printed with (`0.8654` -> 4); NaN for exponent notation. */
function printedDecimals(value: number): number {
  const text = String(value);
  if (text.includes('e')) return NaN;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/**
 * The allowed error for one expected value, read from the fixture's `tolerance_note` (the
 * upstream test's own assertion).
 */
export function toleranceFor(note: string, expected: number): number {
  const decimal = /decimal=(\d)/.exec(note);
  if (decimal) return 1.5 * 10 ** -Number(decimal[1]);
  if (/1\.5e-3/.test(note)) return 1.5e-3;
  if (/effectively needs ~1e-4|printed to 4 decimals/.test(note)) return 1e-4 + 1e-6 * Math.abs(expected);
  const allClose = /atol=([\d.e-]+), rtol=([\d.e-]+)/.exec(note);
  if (allClose) return Number(allClose[1]) + Number(allClose[2]) * Math.abs(expected);
  if (/docstring/.test(note)) {
    const decimals = printedDecimals(expected);
    const printed = Number.isNaN(decimals) ? 0 : 10 ** -decimals;
    return Math.max(printed, 1e-3 * Math.abs(expected));
  }
  if (/exact/.test(note)) return 1e-7;
  if (/expectArraysClose/.test(note)) return 1e-3;
  throw new Error(`no tolerance rule for note: ${note}`);
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
