/**
 * Numerical gradients by central differences, and a checker for hand-derived gradients.
 *
 * $$\frac{\partial f}{\partial \theta_i} \approx \frac{f(\theta + \epsilon e_i) - f(\theta - \epsilon e_i)}{2\epsilon}$$
 *
 * The error of the central difference shrinks like $\epsilon^2$, against $\epsilon$ for a one-sided
 * difference; below about 1e-6 rounding takes over, hence the default 1e-5.
 */

/**
 * The gradient of `f` at `point` by central differences.
 *
 * @param f a scalar function of a parameter vector.
 * @param point where to differentiate.
 * @param epsilon the half-width of each difference (default 1e-5).
 * @returns one partial derivative per coordinate of `point`.
 * @example
 * numericalGradient(([x, y]) => x * x + 3 * y, [2, 0]); // ≈ [4, 3]
 */
export function numericalGradient(
  f: (params: number[]) => number,
  point: readonly number[],
  epsilon = 1e-5,
): number[] {
  if (!(epsilon > 0)) throw new Error(`numericalGradient: epsilon must be > 0; got ${epsilon}`);
  const probe = point.slice();
  return point.map((value, i) => {
    probe[i] = value + epsilon;
    const above = f(probe);
    probe[i] = value - epsilon;
    const below = f(probe);
    probe[i] = value;
    return (above - below) / (2 * epsilon);
  });
}

export interface GradientCheckRow {
  index: number;
  analytic: number;
  numerical: number;
  /** $|a - n| / \max(1, |a|, |n|)$: absolute for small values, relative for large ones. */
  error: number;
  ok: boolean;
}

export interface GradientCheckReport {
  ok: boolean;
  /** The largest `error` over the coordinates. */
  maxError: number;
  tolerance: number;
  rows: GradientCheckRow[];
  /** One line per coordinate, ready to print. */
  message: string;
}

/**
 * Compares an analytic gradient with central differences at one point.
 *
 * @param f the function.
 * @param grad your gradient of `f`.
 * @param point where to compare.
 * @param options `tolerance` (default 1e-6) on the scaled error; `epsilon` (default 1e-5).
 * @returns a report with `ok`, the worst error and one row per coordinate.
 * @example
 * const report = checkGradient(([w]) => w ** 2, ([w]) => [2 * w], [3]);
 * console.log(report.message); // ✅ gradient matches ... [0] analytic 6, numerical 6.000000 ...
 */
export function checkGradient(
  f: (params: number[]) => number,
  grad: (params: number[]) => readonly number[],
  point: readonly number[],
  options: { tolerance?: number; epsilon?: number } = {},
): GradientCheckReport {
  const tolerance = options.tolerance ?? 1e-6;
  const analytic = grad(point.slice());
  if (analytic.length !== point.length) {
    throw new Error(
      `checkGradient: grad must return one number per coordinate (${point.length}); got ${analytic.length}`,
    );
  }
  const numerical = numericalGradient(f, point, options.epsilon);
  const rows = numerical.map((n, index) => {
    const a = analytic[index];
    const error = Math.abs(a - n) / Math.max(1, Math.abs(a), Math.abs(n));
    return { index, analytic: a, numerical: n, error, ok: error <= tolerance };
  });
  const maxError = Math.max(...rows.map((r) => (Number.isNaN(r.error) ? Infinity : r.error)));
  const ok = rows.every((r) => r.ok);
  const lines = rows.map(
    (r) =>
      `  [${r.index}] analytic ${fmt(r.analytic)}, numerical ${fmt(r.numerical)}, error ${r.error.toExponential(1)}` +
      (r.ok ? '' : '  <-- differs'),
  );
  const head = ok
    ? `✅ gradient matches central differences (max error ${maxError.toExponential(1)} <= ${tolerance})`
    : `❌ gradient differs from central differences (max error ${maxError.toExponential(1)} > ${tolerance})`;
  return { ok, maxError, tolerance, rows, message: [head, ...lines].join('\n') };
}

function fmt(value: number): string {
  return Number.isFinite(value) ? value.toPrecision(7) : String(value);
}
