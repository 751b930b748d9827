/**
 * Gradient descent on a function of plain numbers: the loop of lessons 01 and 02.
 *
 * $$\theta_{t+1} = \theta_t - \eta \, \nabla f(\theta_t)$$
 *
 * It starts at `start`, steps along the negative gradient with learning rate $\eta$, and stops when
 * $f$ changes by less than `tolerance` or after `maxSteps` updates.
 */
import type { DescentPath, PathStep } from './path';
import { assertFiniteLoss, checkStart, checkStopping, stopReason, type StoppingOptions } from './convergence';
import { positive } from '../validate';

/** A function with its gradient: the test functions, or a model's loss on a dataset. */
export interface Differentiable {
  value(params: readonly number[]): number;
  gradient(params: readonly number[]): number[];
}

export interface GradientDescentOptions extends StoppingOptions {
  /** $\theta_0$. */
  start: readonly number[];
  /** $\eta$ (default 0.1). */
  learningRate?: number;
}

/**
 * Runs gradient descent and records every point it visits.
 *
 * @param fn the function to minimise, with its gradient.
 * @param options `start`, `learningRate` (0.1), `tolerance` (1e-8), `maxSteps` (1000).
 * @returns the path: `steps[t]` is $\theta_t$ with $f(\theta_t)$ and $\nabla f(\theta_t)$, for
 *   t = 0..T where T updates were made; `params` and `loss` are the last point's.
 * @throws when $f$ becomes NaN or infinite (the learning rate is too large).
 * @example
 * const bowl = { value: ([w]: readonly number[]) => w * w, gradient: ([w]: readonly number[]) => [2 * w] };
 * gradientDescent(bowl, { start: [1], learningRate: 0.25, maxSteps: 2 }).steps.map((s) => s.params[0]);
 * // [1, 0.5, 0.25]
 */
export function gradientDescent(fn: Differentiable, options: GradientDescentOptions): DescentPath {
  const learningRate = positive('gradientDescent', 'learningRate', options.learningRate ?? 0.1);
  checkStopping('gradientDescent', options);
  checkStart('gradientDescent', options.start);
  if (options.start.length === 0) throw new Error('gradientDescent: start must have at least one coordinate');
  const expected = (fn as { start?: unknown }).start;
  if (Array.isArray(expected) && expected.length !== options.start.length) {
    throw new Error(`gradientDescent: start must have ${expected.length} coordinates, as the function takes; got ${options.start.length}`);
  }
  const steps: PathStep[] = [];
  let params = options.start.slice();
  let previousLoss: number | undefined;
  for (let step = 0; ; step++) {
    const loss = fn.value(params);
    assertFiniteLoss('gradientDescent', loss, 0, step);
    const gradient = fn.gradient(params);
    steps.push({ step, epoch: 0, params, loss, gradient });
    const reason = stopReason(previousLoss, loss, step, options);
    if (reason !== undefined) return { steps, epochs: [], params, loss, stopReason: reason };
    previousLoss = loss;
    params = params.map((theta, i) => theta - learningRate * gradient[i]);
  }
}
