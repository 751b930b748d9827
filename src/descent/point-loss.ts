/**
 * Losses of one prediction, with their derivative: what the hand-written loop needs.
 *
 * The tensor losses of `losses` are for tfjs models; these act on plain numbers so a step of
 * lesson 02 costs microseconds. Each gives $\ell(y, \hat{y})$ and $\partial \ell / \partial \hat{y}$.
 */
export interface PointLoss {
  readonly name: string;
  /** $\ell(y, \hat{y})$ for one example. */
  value(y: number, yHat: number): number;
  /** $\partial \ell / \partial \hat{y}$ for one example. */
  derivative(y: number, yHat: number): number;
}

/**
 * Squared loss $\ell = (y - \hat{y})^2$, with $\partial \ell / \partial \hat{y} = 2(\hat{y} - y)$.
 * Its mean over a dataset is the mean squared error.
 *
 * @example
 * squaredLoss.value(3, 1);      // 4
 * squaredLoss.derivative(3, 1); // -4
 */
export const squaredLoss: PointLoss = {
  name: 'squared',
  value: (y, yHat) => (y - yHat) ** 2,
  derivative: (y, yHat) => 2 * (yHat - y),
};

/**
 * Absolute loss $\ell = |y - \hat{y}|$, with derivative $\operatorname{sign}(\hat{y} - y)$ (0 at the kink).
 */
export const absoluteLoss: PointLoss = {
  name: 'absolute',
  value: (y, yHat) => Math.abs(y - yHat),
  derivative: (y, yHat) => Math.sign(yHat - y),
};

/**
 * Huber loss: squared near the target, linear beyond `delta`.
 * $$\ell = \begin{cases} \tfrac12 r^2 & |r| \le \delta \\ \delta(|r| - \tfrac12\delta) & |r| > \delta \end{cases}, \quad r = \hat{y} - y$$
 * with $\partial \ell / \partial \hat{y} = \operatorname{clip}(r, -\delta, \delta)$.
 *
 * @param delta where the quadratic part ends (default 1, as Keras).
 * @example
 * huberLoss(1).value(0, 3); // 1 * (3 - 0.5) = 2.5
 */
export function huberLoss(delta = 1): PointLoss {
  if (!(delta > 0)) throw new Error(`huberLoss: delta must be > 0; got ${delta}`);
  return {
    name: `huber(${delta})`,
    value: (y, yHat) => {
      const r = Math.abs(yHat - y);
      return r <= delta ? 0.5 * r * r : delta * (r - 0.5 * delta);
    },
    derivative: (y, yHat) => Math.min(delta, Math.max(-delta, yHat - y)),
  };
}
