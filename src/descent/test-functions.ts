/**
 * Classic 2-D test functions for watching optimizers move (lessons 02, 09, 10).
 *
 * Each has its value and gradient on plain numbers (for `gradientDescent`), the same value on a
 * tensor (for `runOptimizer`, which lets any `tf.Optimizer` differentiate it), its minima, a
 * plotting range and a default start.
 */
import * as tf from '@tensorflow/tfjs';

export type Point2D = [number, number];

export interface TestFunction2D {
  readonly name: string;
  /** The formula, in LaTeX. */
  readonly formula: string;
  value(p: readonly number[]): number;
  gradient(p: readonly number[]): number[];
  /** The same function of a 2-element tensor `[x, y]`. */
  tensorValue(p: tf.Tensor1D): tf.Scalar;
  /** Global minima (empty when the function is unbounded below). */
  readonly minima: readonly Point2D[];
  /** The value at the minima (`-Infinity` when unbounded). */
  readonly minimumValue: number;
  /** Saddle points worth marking on a plot. */
  readonly saddlePoints: readonly Point2D[];
  readonly xRange: Point2D;
  readonly yRange: Point2D;
  readonly start: Point2D;
}

const xy = (p: tf.Tensor1D): [tf.Tensor, tf.Tensor] => [p.slice(0, 1).squeeze(), p.slice(1, 1).squeeze()];

/** $f(x, y) = x^2 + y^2$: the convex bowl; every gradient points straight away from the minimum. */
export const bowl: TestFunction2D = {
  name: 'bowl', formula: 'f(x, y) = x^2 + y^2',
  value: ([x, y]) => x * x + y * y,
  gradient: ([x, y]) => [2 * x, 2 * y],
  tensorValue: (p) => tf.sum(tf.square(p)),
  minima: [[0, 0]], minimumValue: 0, saddlePoints: [],
  xRange: [-2, 2], yRange: [-2, 2], start: [-1.5, 1.2],
};

/**
 * $f(x, y) = \tfrac12 (x^2 + \kappa y^2)$: a narrow valley; $\kappa$ is the condition number, and
 * plain gradient descent zig-zags across the valley when it is large.
 *
 * @param condition $\kappa$ (default 20).
 */
export function illConditioned(condition = 20): TestFunction2D {
  if (!(condition >= 1)) throw new Error(`illConditioned: condition must be >= 1; got ${condition}`);
  return {
    name: `ill-conditioned quadratic (kappa=${condition})`,
    formula: `f(x, y) = \\tfrac12 (x^2 + ${condition} y^2)`,
    value: ([x, y]) => 0.5 * (x * x + condition * y * y),
    gradient: ([x, y]) => [x, condition * y],
    tensorValue: (p) => tf.tidy(() => {
      const [x, y] = xy(p);
      return tf.mul(0.5, tf.add(tf.square(x), tf.mul(condition, tf.square(y)))) as tf.Scalar;
    }),
    minima: [[0, 0]], minimumValue: 0, saddlePoints: [],
    xRange: [-5, 5], yRange: [-2, 2], start: [-4.5, 1.5],
  };
}

/** $f(x, y) = (1 - x)^2 + 100 (y - x^2)^2$: a curved, flat-bottomed valley; minimum at (1, 1). */
export const rosenbrock: TestFunction2D = {
  name: 'Rosenbrock', formula: 'f(x, y) = (1 - x)^2 + 100 (y - x^2)^2',
  value: ([x, y]) => (1 - x) ** 2 + 100 * (y - x * x) ** 2,
  gradient: ([x, y]) => [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)],
  tensorValue: (p) => tf.tidy(() => {
    const [x, y] = xy(p);
    return tf.add(tf.square(tf.sub(1, x)), tf.mul(100, tf.square(tf.sub(y, tf.square(x))))) as tf.Scalar;
  }),
  minima: [[1, 1]], minimumValue: 0, saddlePoints: [],
  xRange: [-2, 2], yRange: [-1, 3], start: [-1.5, 2],
};

const BEALE_CONSTANTS = [1.5, 2.25, 2.625] as const;

/**
 * $f(x, y) = (1.5 - x + xy)^2 + (2.25 - x + xy^2)^2 + (2.625 - x + xy^3)^2$: flat plateaus and
 * steep walls; minimum at (3, 0.5).
 */
export const beale: TestFunction2D = {
  name: 'Beale', formula: 'f(x, y) = (1.5 - x + xy)^2 + (2.25 - x + xy^2)^2 + (2.625 - x + xy^3)^2',
  value: ([x, y]) => BEALE_CONSTANTS.reduce((sum, c, k) => sum + (c - x + x * y ** (k + 1)) ** 2, 0),
  gradient: ([x, y]) => BEALE_CONSTANTS.reduce(
    ([gx, gy], c, k) => {
      const term = c - x + x * y ** (k + 1); // the k-th residual, power k + 1 of y
      return [gx + 2 * term * (y ** (k + 1) - 1), gy + 2 * term * x * (k + 1) * y ** k];
    },
    [0, 0],
  ),
  tensorValue: (p) => tf.tidy(() => {
    const [x, y] = xy(p);
    const terms = BEALE_CONSTANTS.map((c, k) => tf.square(tf.add(tf.sub(c, x), tf.mul(x, tf.pow(y, k + 1)))));
    return tf.addN(terms) as tf.Scalar;
  }),
  minima: [[3, 0.5]], minimumValue: 0, saddlePoints: [],
  xRange: [-4.5, 4.5], yRange: [-4.5, 4.5], start: [1, 1.5],
};

/**
 * $f(x, y) = x^2 - y^2$: a saddle at the origin, a minimum along x and a maximum along y; unbounded
 * below, so descent started just off the ridge $y = 0$ slides away from it.
 */
export const saddle: TestFunction2D = {
  name: 'saddle', formula: 'f(x, y) = x^2 - y^2',
  value: ([x, y]) => x * x - y * y,
  gradient: ([x, y]) => [2 * x, -2 * y],
  tensorValue: (p) => tf.tidy(() => {
    const [x, y] = xy(p);
    return tf.sub(tf.square(x), tf.square(y)) as tf.Scalar;
  }),
  minima: [], minimumValue: -Infinity, saddlePoints: [[0, 0]],
  xRange: [-2, 2], yRange: [-2, 2], start: [-1.5, 0.01],
};

/** All five, for tables and tests. */
export function testFunctions(): TestFunction2D[] {
  return [bowl, illConditioned(), rosenbrock, beale, saddle];
}
