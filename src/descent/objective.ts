/**
 * The loss of a model on a set of examples, and its gradient by the chain rule.
 *
 * $$L(\theta) = \frac{1}{m} \sum_{j=1}^{m} \ell\big(y_j, f_\theta(x_j)\big), \qquad
 *   \nabla_\theta L = \frac{1}{m} \sum_{j=1}^{m} \frac{\partial \ell}{\partial \hat{y}_j}
 *   \frac{\partial \hat{y}_j}{\partial \theta}$$
 */
import type { ParametricModel } from './model';
import type { PointLoss } from './point-loss';

export interface LossAndGradient {
  loss: number;
  gradient: number[];
}

/**
 * Mean loss and its gradient over the examples `indices` (default: all).
 *
 * @param model the parametric model.
 * @param loss the loss of one prediction.
 * @param params where to evaluate, one number per `model.paramNames`.
 * @param x features, shape [n][numFeatures]; `y` targets, length n.
 * @returns `{ loss, gradient }`, gradient with one entry per parameter.
 * @example
 * datasetLoss(linearModel(), squaredLoss, [0, 1], [[1], [2]], [1, 3]); // { loss: 0.5, gradient: [-1, -2] }
 */
export function datasetLoss(
  model: ParametricModel,
  loss: PointLoss,
  params: readonly number[],
  x: readonly (readonly number[])[],
  y: readonly number[],
  indices?: readonly number[],
): LossAndGradient {
  const count = indices !== undefined ? indices.length : x.length;
  if (count === 0) throw new Error('datasetLoss: no examples to average over');
  const gradient = new Array<number>(params.length).fill(0);
  let total = 0;
  for (let k = 0; k < count; k++) {
    const j = indices !== undefined ? indices[k] : k;
    const yHat = model.predict(params, x[j]);
    total += loss.value(y[j], yHat);
    const dLossDyHat = loss.derivative(y[j], yHat);
    const dyHatDTheta = model.paramGradient(params, x[j]);
    for (let i = 0; i < gradient.length; i++) gradient[i] += dLossDyHat * dyHatDTheta[i];
  }
  for (let i = 0; i < gradient.length; i++) gradient[i] /= count;
  return { loss: total / count, gradient };
}

/**
 * A model's mean loss on a dataset as a function of its parameters: the bowl of lesson 02.
 *
 * @example
 * const bowl = modelObjective(linearModel(), squaredLoss, [[1], [2]], [1, 3]);
 * bowl.value([0, 1]); // 0.5
 */
export function modelObjective(
  model: ParametricModel,
  loss: PointLoss,
  x: readonly (readonly number[])[],
  y: readonly number[],
): { value(params: readonly number[]): number; gradient(params: readonly number[]): number[] } {
  if (x.length !== y.length) {
    throw new Error(`modelObjective: x and y must have the same length; got ${x.length} and ${y.length}`);
  }
  return {
    value: (params) => datasetLoss(model, loss, params, x, y).loss,
    gradient: (params) => datasetLoss(model, loss, params, x, y).gradient,
  };
}
