/**
 * The model of the iterative approach: parameters in, a prediction out.
 *
 * A parametric model is a pair: its parameters `theta` (plain numbers) and a function
 * $\hat{y} = f_\theta(x)$. Descent also needs $\partial \hat{y} / \partial \theta$, the sensitivity of the
 * prediction to each parameter; a model may give it analytically, or leave it to central differences.
 * Lesson 01 derives the line; lesson 02 follows its parameters down the bowl.
 */
import { numericalGradient } from './numerical-gradient';

export interface ParametricModel {
  /** A short name for tables and plot titles. */
  readonly name: string;
  /** One name per parameter, in order (`['b', 'w1']` for the line). */
  readonly paramNames: readonly string[];
  /** The prediction $\hat{y} = f_\theta(x)$ for one example `x` (its features). */
  predict(params: readonly number[], x: readonly number[]): number;
  /** $\partial \hat{y} / \partial \theta$ at `x`: one number per parameter. */
  paramGradient(params: readonly number[], x: readonly number[]): number[];
  /** Whether a regulariser penalises each parameter (biases are usually left out). */
  readonly penalized: readonly boolean[];
}

/**
 * The linear model $\hat{y} = b + \sum_i w_i x_i$ with parameters `[b, w1, ..., wn]`.
 * $\partial \hat{y} / \partial b = 1$ and $\partial \hat{y} / \partial w_i = x_i$.
 *
 * @param numFeatures how many inputs `x_i` (default 1: the line $\hat{y} = b + w_1 x_1$).
 * @example
 * const line = linearModel();
 * line.predict([1, 2], [3]); // 1 + 2 * 3 = 7
 */
export function linearModel(numFeatures = 1): ParametricModel {
  if (!Number.isInteger(numFeatures) || numFeatures < 1) {
    throw new Error(`linearModel: numFeatures must be an integer >= 1; got ${numFeatures}`);
  }
  const weightNames = Array.from({ length: numFeatures }, (_, i) => `w${i + 1}`);
  const expectFeatures = (x: readonly number[]): void => {
    if (x.length !== numFeatures) {
      throw new Error(`linearModel: expected ${numFeatures} feature(s) per example; got ${x.length}`);
    }
  };
  return {
    name: numFeatures === 1 ? 'line' : `linear(${numFeatures})`,
    paramNames: ['b', ...weightNames],
    penalized: [false, ...weightNames.map(() => true)],
    predict(params, x) {
      expectFeatures(x);
      let yHat = params[0];
      for (let i = 0; i < numFeatures; i++) yHat += params[i + 1] * x[i];
      return yHat;
    },
    paramGradient(_params, x) {
      expectFeatures(x);
      return [1, ...x];
    },
  };
}

/** What `parametricModel` needs: names and a prediction; the rest has defaults. */
export interface ParametricModelSpec {
  name?: string;
  paramNames: readonly string[];
  predict(params: readonly number[], x: readonly number[]): number;
  /** Analytic $\partial \hat{y} / \partial \theta$; default: central differences on `predict`. */
  paramGradient?(params: readonly number[], x: readonly number[]): number[];
  /** Default: every parameter whose name does not start with `b`. */
  penalized?: readonly boolean[];
}

/**
 * Any small model given as parameter names and a prediction function.
 *
 * @example
 * const parabola = parametricModel({
 *   paramNames: ['a', 'c'],
 *   predict: ([a, c], [x]) => a * x * x + c,
 * });
 */
export function parametricModel(spec: ParametricModelSpec): ParametricModel {
  const { paramNames, predict } = spec;
  if (paramNames.length === 0) throw new Error('parametricModel: paramNames must not be empty');
  if (spec.penalized !== undefined && spec.penalized.length !== paramNames.length) {
    throw new Error(
      `parametricModel: penalized must have one entry per parameter (${paramNames.length}); got ${spec.penalized.length}`,
    );
  }
  return {
    name: spec.name ?? 'model',
    paramNames,
    predict,
    paramGradient:
      spec.paramGradient ?? ((params, x) => numericalGradient((p) => predict(p, x), params)),
    penalized: spec.penalized ?? paramNames.map((name) => !name.startsWith('b')),
  };
}
