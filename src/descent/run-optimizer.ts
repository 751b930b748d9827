/**
 * Drives any `tf.Optimizer` (tfjs' own or losslab's) over a 2-D test function and records where it goes.
 *
 * Each step is `optimizer.minimize(() => f(p), false, [p])` on a 2-element `tf.variable`, as
 * `model.fit` would call it; the point is read back after every step.
 */
import * as tf from '@tensorflow/tfjs';
import type { Nested, Optimizer } from '../optimizers/optimizer';
import type { Point2D, TestFunction2D } from './test-functions';

export interface OptimizerRun {
  /** The start, then the point after each step: `steps + 1` points. */
  points: Point2D[];
  /** $f$ at each point. */
  values: number[];
  /**
   * With `recordState: true`, the optimizer's own state after each step, read with its
   * `getState(variable)` (`{ t, m, v }` for Adam, `{ t, s }` for Adagrad, ...): `steps` entries.
   */
  states?: Array<{ [name: string]: Nested }>;
}

type WithState = Partial<Pick<Optimizer, 'getState'>>;

/**
 * @param optimizer e.g. `tf.train.sgd(0.01)`, `tf.train.adam(0.1)`.
 * @param fn a test function (`rosenbrock`, ...).
 * @param options `start` (default `fn.start`), `steps` (default 100), `recordState` (default false:
 *   also record a losslab optimizer's state after each step; tfjs' built-ins have none to give).
 * @returns the trajectory. Only the optimizer's own state (its slots) outlives the call; dispose
 *   the optimizer when done with it.
 * @example
 * runOptimizer(tf.train.sgd(0.1), bowl, { steps: 1 }).points; // [[-1.5, 1.2], [-1.2, 0.96]]
 * runOptimizer(new optimizers.Adam({ learningRate: 0.1 }), bowl, { steps: 1, recordState: true }).states; // [{ t: 1, m: [...], v: [...] }]
 */
export function runOptimizer(
  optimizer: tf.Optimizer,
  fn: TestFunction2D,
  options: { start?: readonly number[]; steps?: number; recordState?: boolean } = {},
): OptimizerRun {
  const start = options.start ?? fn.start;
  const steps = options.steps ?? 100;
  if (start.length !== 2) throw new Error(`runOptimizer: start must have 2 coordinates; got ${start.length}`);
  if (!Number.isInteger(steps) || steps < 0) throw new Error(`runOptimizer: steps must be an integer >= 0; got ${steps}`);
  const initial = tf.tensor1d([start[0], start[1]], 'float32');
  const point = tf.variable(initial); // holds its own reference to the data; `initial` is a second handle
  initial.dispose();
  const points: Point2D[] = [[start[0], start[1]]];
  const getState = (optimizer as WithState).getState;
  const states = options.recordState && typeof getState === 'function' ? [] as Array<{ [name: string]: Nested }> : undefined;
  try {
    for (let step = 0; step < steps; step++) {
      optimizer.minimize(() => fn.tensorValue(point as tf.Tensor1D), false, [point]);
      const [x, y] = point.dataSync();
      points.push([x, y]);
      states?.push(getState!.call(optimizer, point));
    }
  } finally {
    point.dispose();
  }
  const values = points.map((p) => fn.value(p));
  return states === undefined ? { points, values } : { points, values, states };
}
