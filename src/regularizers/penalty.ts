/**
 * Weight penalties L1, L2 and L1+L2 on plain numbers: value and gradient for the hand-written loop.
 *
 * $$\Omega(w) = \lambda_1 \sum_i |w_i| + \lambda_2 \sum_i w_i^2, \qquad
 *   \frac{\partial \Omega}{\partial w_i} = \lambda_1 \operatorname{sign}(w_i) + 2 \lambda_2 w_i$$
 *
 * The same convention as Keras and `tf.regularizers` (no factor 1/2 on the L2 term), so a
 * penalty here and the layer regulariser made from it add the same number to a loss.
 * Lesson 12 shows the effect: L1 pushes weights to zero; L2 shrinks each principal direction of the
 * data by s/(s + lambda), so a single weight can grow (see `ridge`).
 */
export interface Penalty {
  readonly name: string;
  /** $\lambda_1$. */
  readonly l1: number;
  /** $\lambda_2$. */
  readonly l2: number;
  /** $\Omega(w)$. */
  value(weights: readonly number[]): number;
  /** $\nabla \Omega(w)$ (the subgradient 0 for L1 at exactly 0). */
  gradient(weights: readonly number[]): number[];
}

/**
 * L1 + L2 penalty.
 *
 * @param options `l1` and `l2`, both default 0.01 as `tf.regularizers.l1l2`.
 * @example
 * l1l2({ l1: 0.1, l2: 0.5 }).value([1, -2]); // 0.1 * 3 + 0.5 * 5 = 2.8
 */
export function l1l2(options: { l1?: number; l2?: number } = {}): Penalty {
  const l1 = options.l1 ?? 0.01;
  const l2 = options.l2 ?? 0.01;
  for (const [name, value] of [['l1', l1], ['l2', l2]] as const) {
    if (!(value >= 0) || !Number.isFinite(value)) {
      throw new Error(`l1l2: ${name} must be a finite number >= 0; got ${value}`);
    }
  }
  return {
    name: l1 > 0 && l2 > 0 ? 'l1l2' : l1 > 0 ? 'l1' : l2 > 0 ? 'l2' : 'none',
    l1,
    l2,
    value: (weights) => weights.reduce((sum, w) => sum + l1 * Math.abs(w) + l2 * w * w, 0),
    gradient: (weights) => weights.map((w) => l1 * Math.sign(w) + 2 * l2 * w),
  };
}

/**
 * L1 penalty $\lambda \sum_i |w_i|$.
 * @param strength $\lambda$ (default 0.01).
 */
export function l1(strength = 0.01): Penalty {
  return l1l2({ l1: strength, l2: 0 });
}

/**
 * L2 penalty $\lambda \sum_i w_i^2$.
 * @param strength $\lambda$ (default 0.01).
 */
export function l2(strength = 0.01): Penalty {
  return l1l2({ l1: 0, l2: strength });
}
