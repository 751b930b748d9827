/**
 * A loss scaled by a constant: how a model with several outputs weighs their losses in
 * TensorFlow.js, whose `compile` accepts `lossWeights` but ignores it (tfjs-layers 4.x leaves it unused).
 * Lesson 08.
 */
import * as tf from '@tensorflow/tfjs';
import type { TfjsLossFunction } from './for-compile';
import { nonNegative } from '../validate';

/**
 * $$\ell_w(y, \hat y) = w\,\ell(y, \hat y)$$
 *
 * @param loss a tfjs loss function, e.g. `losses.forCompile('mse')`
 * @param weight the constant w (>= 0)
 * @returns a tfjs loss function; per-sample losses stay per sample
 * @example
 * model.compile({ optimizer: 'adam', loss: [losses.weightedLoss(losses.forCompile('mse'), 1),
 *                                           losses.weightedLoss(losses.forCompile('bce'), 0.5)] });
 */
export function weightedLoss(loss: TfjsLossFunction, weight: number): TfjsLossFunction {
  nonNegative('weightedLoss', 'weight', weight);
  return (yTrue, yPred) => tf.tidy(() => tf.mul(loss(yTrue, yPred), weight));
}
