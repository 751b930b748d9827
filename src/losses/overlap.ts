/**
 * What Dice and Tversky share: the soft counts of an overlap (true positives, false positives,
 * false negatives) summed over chosen axes, Keras' `axis` argument of `dice` and `tversky`.
 */
import * as tf from '@tensorflow/tfjs';
import { preparePair, resolveAxis, type TensorInput, type ValidateOption } from './common';

/** Options of the overlap losses. */
export interface OverlapOptions extends ValidateOption {
  /**
   * The axes summed over. Default: every axis, so the function returns ONE scalar for the whole
   * batch (Keras' `axis=None`); pass `[1, 2, 3]` for one value per image of a `[batch, h, w, 1]` mask.
   */
  axis?: number | readonly number[] | null;
}

/** Soft counts: $TP = \sum y\hat y$, $FP = \sum (1-y)\hat y$, $FN = \sum y(1-\hat y)$, plus the sums of y and yhat. */
export interface OverlapCounts {
  truePositives: tf.Tensor;
  falsePositives: tf.Tensor;
  falseNegatives: tf.Tensor;
  sumTrue: tf.Tensor;
  sumPred: tf.Tensor;
}

function axesOf(name: string, axis: OverlapOptions['axis'], rank: number): number[] | undefined {
  if (axis === undefined || axis === null) return undefined;
  const list = typeof axis === 'number' ? [axis] : [...axis];
  if (list.length === 0) throw new Error(`${name}: axis must list at least one axis; got []`);
  const resolved = list.map((a) => resolveAxis(name, a, rank));
  if (new Set(resolved).size !== resolved.length) {
    throw new Error(`${name}: axis must not repeat an axis; got [${list.join(', ')}]`);
  }
  return resolved;
}

/** The soft counts of `yTrue` against `yPred` over `options.axis`. Call inside `tf.tidy`. */
export function overlapCounts(name: string, yTrue: TensorInput, yPred: TensorInput, options: OverlapOptions): OverlapCounts {
  const [t, p] = preparePair(name, yTrue, yPred);
  const axes = axesOf(name, options.axis, p.rank);
  const sum = (x: tf.Tensor) => tf.sum(x, axes);
  return {
    truePositives: sum(tf.mul(t, p)),
    falsePositives: sum(tf.mul(tf.sub(1, t), p)),
    falseNegatives: sum(tf.mul(t, tf.sub(1, p))),
    sumTrue: sum(t),
    sumPred: sum(p),
  };
}
