/** Checks of options that are not plain numbers: flags, modes, optional thresholds. */
import { fail, shown } from './fail';
import { positive } from './numbers';

/** `true` or `false`. */
export function bool(fn: string, what: string, value: boolean): boolean {
  if (typeof value !== 'boolean') fail(fn, what, 'true or false', value);
  return value;
}

/** One of the `allowed` strings. */
export function oneOf<T extends string>(fn: string, what: string, value: T, allowed: readonly T[]): T {
  if (!allowed.includes(value)) fail(fn, what, `one of ${allowed.map(shown).join(', ')}`, value);
  return value;
}

/** Absent (`undefined` or `null`, returned as `null`) or a finite number `> 0`. */
export function optionalPositive(fn: string, what: string, value: number | null | undefined): number | null {
  if (value === undefined || value === null) return null;
  return positive(fn, what, value);
}
