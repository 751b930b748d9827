/**
 * The one message style of the library's argument checks:
 * `fnName: <what> must be <expected>; got <value>`, e.g.
 * `Adam: learningRate must be a finite number >= 0; got -0.1`.
 */

/** A value as an error message shows it: numbers as written (NaN, -5), strings quoted, short JSON else. */
export function shown(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return String(value);
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Throws `fn: what must be expected; got value`. */
export function fail(fn: string, what: string, expected: string, got: unknown): never {
  throw new Error(`${fn}: ${what} must be ${expected}; got ${shown(got)}`);
}

/** Like `fail`, for a `got` that is already worded (e.g. `rows of lengths 2 and 1`). */
export function failWith(fn: string, what: string, expected: string, got: string): never {
  throw new Error(`${fn}: ${what} must be ${expected}; got ${got}`);
}
