/**
 * The verdict of an exercise check, and the small tools checkers are made of.
 *
 * A checker never throws for a wrong answer: it returns a verdict that shows itself as one line
 * starting with "✅ Correct" or "❌ Not yet" (the notebook runner reads exactly these words), so a
 * learner can try again. A check cell ends with the checker call, and tslab prints the verdict.
 */
export interface Verdict {
  exercise: string;
  passed: boolean;
  message: string;
}

export const PASSED_MARK = '✅ Correct';
export const FAILED_MARK = '❌ Not yet';

/** How Node's `console.log` and `util.inspect` ask an object to describe itself. */
const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/** The one line a learner sees: `✅ Correct (exercise 01-1): ...` or `❌ Not yet (exercise 01-1): ...`. */
export function verdictLine(v: Verdict): string {
  return `${v.passed ? PASSED_MARK : FAILED_MARK} (exercise ${v.exercise}): ${v.message}`;
}

/** A verdict that prints as its one line (the last value of a tslab cell is printed with console.log). */
export function verdict(exercise: string, passed: boolean, message: string): Verdict {
  const result = { exercise, passed, message };
  const line = () => verdictLine(result);
  Object.defineProperty(result, INSPECT, { value: line, enumerable: false });
  Object.defineProperty(result, 'toString', { value: line, enumerable: false });
  return result;
}

/** True when |actual - expected| <= tolerance * max(1, |expected|): relative for large values, absolute near 0. */
export function isClose(actual: number, expected: number, tolerance = 1e-6): boolean {
  return Number.isFinite(actual) && Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected));
}

/**
 * A checker made of named conditions: the first that fails is what the learner is told.
 *
 * @example
 * checkAll('02-1', [
 *   [typeof lr === 'number', 'the answer should be a number'],
 *   [lr > 0.5 && lr < 1, `a step of ${lr} does not reach the minimum in one step`],
 * ], 'a step of 1/L″ lands on the minimum');
 */
export function checkAll(
  exercise: string,
  conditions: ReadonlyArray<readonly [boolean, string]>,
  success: string,
): Verdict {
  const failed = conditions.find(([ok]) => !ok);
  return failed === undefined ? verdict(exercise, true, success) : verdict(exercise, false, failed[1]);
}

/** Runs a learner's function, turning a throw into a failed verdict instead of a failed cell. */
export function attempt<T>(exercise: string, run: () => T): { ok: true; value: T } | { ok: false; verdict: Verdict } {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, verdict: verdict(exercise, false, `your code threw an error: ${message}`) };
  }
}
