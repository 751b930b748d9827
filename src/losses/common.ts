/**
 * What every loss shares: turning inputs into float tensors, Keras' rank alignment of
 * `yTrue`/`yPred`, the clipping constant, and the "mean over the last axis" that makes a loss
 * return one value per sample.
 */
import * as tf from '@tensorflow/tfjs';
import { rectangularShape } from '../validate';

/** Keras' `backend.epsilon()`: the clip margin for probabilities and the floor of divisors. */
export const EPSILON = 1e-7;

/** A tensor, or anything `tf.tensor` accepts (nested arrays, typed arrays, numbers). */
export type TensorInput = tf.Tensor | tf.TensorLike;

/** Options every function form takes. */
export interface ValidateOption {
  /**
   * Check the values (probabilities in [0, 1], integer labels in range ...). This reads the
   * tensors back (`dataSync`), so it is for eager calls on small tensors; `forCompile` turns it
   * off inside `model.fit`. Shape checks are free and always on. Default true.
   */
  validate?: boolean;
}

/**
 * A float32 tensor from any input (labels often arrive as int32). Call inside `tf.tidy`.
 * A ragged nested array is refused, naming `name` and `what` (`tf.tensor` would read it flat).
 */
export function toFloat(x: TensorInput, name = 'losses', what = 'input'): tf.Tensor {
  if (Array.isArray(x)) rectangularShape(name, what, x);
  const t = x instanceof tf.Tensor ? x : tf.tensor(x as tf.TensorLike);
  return t.dtype === 'float32' ? t : tf.cast(t, 'float32');
}

/** `[2,3]` -> `'[2,3]'`, for error messages. */
export function shapeText(shape: readonly number[]): string {
  return `[${shape.join(',')}]`;
}

/**
 * Keras' `squeeze_or_expand_to_same_rank`: when the ranks differ by one and the longer tensor
 * ends in a dimension of 1, drop it (or, when the other is rank 1, add one to the other).
 * So `yTrue` of shape `[batch]` meets `yPred` of shape `[batch, 1]`.
 */
export function alignRanks(a: tf.Tensor, b: tf.Tensor): [tf.Tensor, tf.Tensor] {
  if (a.rank === b.rank + 1 && a.shape[a.rank - 1] === 1) {
    return b.rank === 1 ? [a, tf.expandDims(b, -1)] : [tf.squeeze(a, [-1]), b];
  }
  if (b.rank === a.rank + 1 && b.shape[b.rank - 1] === 1) {
    return a.rank === 1 ? [tf.expandDims(a, -1), b] : [a, tf.squeeze(b, [-1])];
  }
  return [a, b];
}

/**
 * Converts, aligns and checks the pair for an element-wise loss: both float32, same shape,
 * rank >= 1. Throws `name: ...` naming both shapes otherwise. Call inside `tf.tidy`.
 */
export function preparePair(name: string, yTrue: TensorInput, yPred: TensorInput): [tf.Tensor, tf.Tensor] {
  const [t, p] = alignRanks(toFloat(yTrue, name, 'yTrue'), toFloat(yPred, name, 'yPred'));
  if (p.rank < 1) {
    throw new Error(`${name}: yPred must have rank >= 1 (a batch of samples); got a scalar, shape []`);
  }
  if (!tf.util.arraysEqual(t.shape, p.shape)) {
    throw new Error(
      `${name}: yTrue and yPred must have the same shape; got ${shapeText(t.shape)} and ${shapeText(p.shape)}`,
    );
  }
  return [t, p];
}

/** Resolves a possibly negative axis against a rank, or throws naming the loss. */
export function resolveAxis(name: string, axis: number, rank: number): number {
  const resolved = axis < 0 ? rank + axis : axis;
  if (!Number.isInteger(axis) || resolved < 0 || resolved >= rank) {
    throw new Error(`${name}: axis must be an integer in [-${rank}, ${rank - 1}] for rank ${rank}; got ${axis}`);
  }
  return resolved;
}

/** The mean over the last axis: one value per sample, Keras' function semantics. */
export function meanLastAxis(x: tf.Tensor): tf.Tensor {
  return tf.mean(x, -1);
}

/** `log(sigmoid(x))`, exact for any finite x: `-softplus(-x)`. */
export function logSigmoid(x: tf.Tensor): tf.Tensor {
  return tf.neg(tf.softplus(tf.neg(x)));
}

/** `-[z log sigmoid(x) + (1-z) log(1 - sigmoid(x))]` = `max(x,0) - x z + log(1 + e^{-|x|})`. */
export function sigmoidCrossEntropyWithLogits(labels: tf.Tensor, logits: tf.Tensor): tf.Tensor {
  return tf.add(tf.sub(tf.relu(logits), tf.mul(logits, labels)), tf.log1p(tf.exp(tf.neg(tf.abs(logits)))));
}

/** Probabilities clipped to `[eps, 1 - eps]` as Keras does before any log. */
export function clipProbabilities(p: tf.Tensor): tf.Tensor {
  return tf.clipByValue(p, EPSILON, 1 - EPSILON);
}
