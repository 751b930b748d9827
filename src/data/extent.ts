/**
 * The smallest and largest of many numbers. `Math.min(...values)` passes every value as an
 * argument and overflows the call stack somewhere past ~100,000 values; a loop does not.
 */

/** `{ min, max }` of `values` (`Infinity`/`-Infinity` when empty; NaN values make both NaN, like Math.min). */
export function extent(values: ArrayLike<number>): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) return { min: NaN, max: NaN };
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}
