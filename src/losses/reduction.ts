/**
 * Reduction and sample weights, in one place for every loss class (Keras' `Loss.__call__` and
 * `reduce_weighted_values`).
 *
 * With per-sample losses $\ell_i$ and weights $w_i$:
 * - `'sum_over_batch_size'` (default) and `'mean'`: $\frac{1}{N}\sum_i w_i \ell_i$, N = number of loss values
 *   (NOT the sum of the weights: a zero weight still counts in N);
 * - `'sum'`: $\sum_i w_i \ell_i$;
 * - `'mean_with_sample_weight'`: $\sum_i w_i \ell_i / \sum_i w_i$;
 * - `'none'`: the weighted values $w_i \ell_i$, one per sample.
 */
import * as tf from '@tensorflow/tfjs';
import { alignRanks, shapeText, toFloat, type TensorInput } from './common';

/** How a loss class turns per-sample values into what `call` returns. */
export type Reduction = 'sum_over_batch_size' | 'sum' | 'none' | 'mean' | 'mean_with_sample_weight';

export const REDUCTIONS: readonly Reduction[] = ['sum_over_batch_size', 'sum', 'none', 'mean', 'mean_with_sample_weight'];

/** Keras accepts `None` for `'none'`; so do we (`null`). */
export function standardizeReduction(name: string, reduction: Reduction | null | undefined): Reduction {
  if (reduction === undefined) return 'sum_over_batch_size';
  if (reduction === null) return 'none';
  if (!(REDUCTIONS as readonly string[]).includes(reduction)) {
    throw new Error(`${name}: reduction must be one of ${REDUCTIONS.map((r) => `'${r}'`).join(', ')}; got '${String(reduction)}'`);
  }
  return reduction;
}

/** `[a, b]` broadcast together, or undefined when they cannot. */
function broadcastable(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 1; i <= Math.min(a.length, b.length); i++) {
    const x = a[a.length - i];
    const y = b[b.length - i];
    if (x !== y && x !== 1 && y !== 1) return false;
  }
  return true;
}

/**
 * Folds a mask (valid entries 1, ignored 0) into the weights. For the averaging reductions the
 * valid entries get weight `total / valid`, so the mean runs over valid entries only.
 */
function mergeMask(weight: tf.Tensor | undefined, mask: tf.Tensor | undefined, reduction: Reduction): tf.Tensor | undefined {
  if (mask === undefined) return weight;
  let m = toFloat(mask);
  if (reduction === 'sum_over_batch_size' || reduction === 'mean') {
    const valid = tf.sum(m);
    const scale = tf.where(tf.greater(valid, 0), tf.div(m.size, tf.maximum(valid, 1)), tf.scalar(0));
    m = tf.mul(m, scale);
  }
  if (weight === undefined) return m;
  const [mm, w] = alignRanks(m, weight);
  return tf.mul(w, mm);
}

/**
 * Multiplies the per-sample values by the (aligned) sample weights and the mask. Returns the
 * weighted values and the weight tensor used (for `'mean_with_sample_weight'`).
 */
export function weightValues(
  name: string,
  values: tf.Tensor,
  sampleWeight: TensorInput | undefined,
  mask: tf.Tensor | undefined,
  reduction: Reduction,
): { weighted: tf.Tensor; weight?: tf.Tensor } {
  const given = sampleWeight === undefined || sampleWeight === null ? undefined : toFloat(sampleWeight, name, 'sampleWeight');
  const weight = mergeMask(given, mask, reduction);
  if (weight === undefined) return { weighted: values };
  const [v, w] = alignRanks(values, weight);
  if (!broadcastable(v.shape, w.shape)) {
    throw new Error(
      `${name}: sampleWeight must be a scalar, [batch], [batch, 1] or one weight per loss value ` +
        `(loss values have shape ${shapeText(values.shape)}); got shape ${shapeText(weight.shape)}`,
    );
  }
  return { weighted: tf.mul(v, w), weight: w };
}

/** The final reduction of already weighted values (Keras' `reduce_values`). */
export function reduceValues(values: tf.Tensor, weight: tf.Tensor | undefined, reduction: Reduction): tf.Tensor {
  if (reduction === 'none' || values.rank === 0) return values;
  if (values.size === 0) return tf.scalar(0); // an empty batch: the sum is 0 and 0/0 counts as 0
  const total = tf.sum(values);
  if (reduction === 'sum') return total;
  if (reduction === 'mean_with_sample_weight' && weight !== undefined) {
    const divisor = tf.sum(weight);
    return tf.where(tf.equal(divisor, 0), tf.zerosLike(total), tf.div(total, divisor));
  }
  return tf.div(total, values.size);
}
