/**
 * Argument checks shared by every optimizer and schedule. Each throws an Error that names the
 * owner (`Adam`, `ExponentialDecay`), the argument, what was allowed and what came in.
 */

function fail(owner: string, arg: string, allowed: string, value: unknown): never {
  throw new Error(`${owner}: ${arg} must be ${allowed}; got ${String(value)}`);
}

/** `value` is a finite number `>= 0`. */
export function nonNegative(owner: string, arg: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    fail(owner, arg, 'a finite number >= 0', value);
  }
  return value;
}

/** `value` is a finite number `> 0`. */
export function positive(owner: string, arg: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    fail(owner, arg, 'a finite number > 0', value);
  }
  return value;
}

/** `value` lies in `[0, 1)` (a decay rate whose bias correction `1 - beta^t` never vanishes). */
export function inUnitOpen(owner: string, arg: string, value: number): number {
  if (typeof value !== 'number' || !(value >= 0 && value < 1)) fail(owner, arg, 'in [0, 1)', value);
  return value;
}

/** `value` lies in `[0, 1]`. */
export function inUnitClosed(owner: string, arg: string, value: number): number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) fail(owner, arg, 'in [0, 1]', value);
  return value;
}

/** `value` is a finite number `<= 0`. */
export function nonPositive(owner: string, arg: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value > 0) {
    fail(owner, arg, 'a finite number <= 0', value);
  }
  return value;
}

/** `value` is a boolean. */
export function bool(owner: string, arg: string, value: boolean): boolean {
  if (typeof value !== 'boolean') fail(owner, arg, 'true or false', value);
  return value;
}

/** An optional clipping threshold: absent (`undefined`/`null`) or `> 0`. */
export function optionalPositive(owner: string, arg: string, value: number | null | undefined): number | null {
  if (value === undefined || value === null) return null;
  return positive(owner, arg, value);
}
