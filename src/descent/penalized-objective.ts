/**
 * The objective the training loop minimises: the mean loss plus a penalty on the weights.
 *
 * $$J(\theta) = \frac{1}{|B|} \sum_{j \in B} \ell\big(y_j, f_\theta(x_j)\big) + \Omega(w)$$
 * where $w$ are the parameters the model marks as penalised (biases are not).
 */
import type { Penalty } from '../regularizers/penalty';
import type { ParametricModel } from './model';
import { datasetLoss, type LossAndGradient } from './objective';
import type { PointLoss } from './point-loss';

/**
 * $J$ and $\nabla J$ on the examples `indices` (default: all).
 *
 * @example
 * const J = penalizedObjective(linearModel(), squaredLoss, { x: [[1]], y: [1] }, l2(0.5));
 * J([0, 1]).loss; // 0 + 0.5 * 1 = 0.5
 */
export function penalizedObjective(
  model: ParametricModel,
  loss: PointLoss,
  data: { x: readonly (readonly number[])[]; y: readonly number[] },
  penalty?: Pick<Penalty, 'value' | 'gradient'>,
): (params: readonly number[], indices?: readonly number[]) => LossAndGradient {
  const weightIndex = model.penalized.map((on, i) => (on ? i : -1)).filter((i) => i >= 0);
  return (params, indices) => {
    const result = datasetLoss(model, loss, params, data.x, data.y, indices);
    if (penalty === undefined) return result;
    const weights = weightIndex.map((i) => params[i]);
    const penaltyGradient = penalty.gradient(weights);
    weightIndex.forEach((i, k) => (result.gradient[i] += penaltyGradient[k]));
    return { loss: result.loss + penalty.value(weights), gradient: result.gradient };
  };
}
