/**
 * Checks of one number. Each returns the value it checked, so an option reads
 * `const delta = positive('huber', 'delta', options.delta ?? 1);`, and throws in the style of `fail`.
 * NaN, Infinity and non-numbers fail every check (except `inRange` with an infinite bound).
 */
import { fail } from './fail';

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && !Number.isNaN(value);
}

/** A finite number. */
export function finite(fn: string, what: string, value: number): number {
  if (!isNumber(value) || !Number.isFinite(value)) fail(fn, what, 'a finite number', value);
  return value;
}

/** A finite number `> 0`. */
export function positive(fn: string, what: string, value: number): number {
  if (!isNumber(value) || !Number.isFinite(value) || value <= 0) fail(fn, what, 'a finite number > 0', value);
  return value;
}

/** A finite number `>= 0`. */
export function nonNegative(fn: string, what: string, value: number): number {
  if (!isNumber(value) || !Number.isFinite(value) || value < 0) fail(fn, what, 'a finite number >= 0', value);
  return value;
}

/** A finite number `<= 0`. */
export function nonPositive(fn: string, what: string, value: number): number {
  if (!isNumber(value) || !Number.isFinite(value) || value > 0) fail(fn, what, 'a finite number <= 0', value);
  return value;
}

/** A finite number `>= low`. */
export function atLeast(fn: string, what: string, value: number, low: number): number {
  if (!isNumber(value) || !Number.isFinite(value) || value < low) fail(fn, what, `a finite number >= ${low}`, value);
  return value;
}

/** An integer `>= low` (default 0). */
export function integer(fn: string, what: string, value: number, low = 0): number {
  if (!Number.isInteger(value) || value < low) fail(fn, what, `an integer >= ${low}`, value);
  return value;
}

/** Which ends of a range are included: `'[]'` both (default), `'[)'`, `'(]'`, `'()'` neither. */
export type Ends = '[]' | '[)' | '(]' | '()';

/** A number in the range from `low` to `high`, its ends included as `ends` says. */
export function inRange(fn: string, what: string, value: number, low: number, high: number, ends: Ends = '[]'): number {
  const aboveLow = ends[0] === '[' ? value >= low : value > low;
  const belowHigh = ends[1] === ']' ? value <= high : value < high;
  if (!isNumber(value) || !aboveLow || !belowHigh) fail(fn, what, `a number in ${ends[0]}${low}, ${high}${ends[1]}`, value);
  return value;
}

/** A number in `[0, 1)`: a decay rate whose bias correction `1 - beta^t` never vanishes. */
export function inUnitOpen(fn: string, what: string, value: number): number {
  return inRange(fn, what, value, 0, 1, '[)');
}

/** A number in `[0, 1]`. */
export function inUnitClosed(fn: string, what: string, value: number): number {
  return inRange(fn, what, value, 0, 1, '[]');
}
