/** Poisson loss: the negative log-likelihood of counts under a predicted rate (up to a constant). */
import * as tf from '@tensorflow/tfjs';
import { EPSILON, meanLastAxis, preparePair, type TensorInput, type ValidateOption } from './common';
import { LossFunctionWrapper, type LossConfig } from './loss';
import { checkAtLeast } from './validate';

/**
 * Poisson loss, one value per sample. With counts $y$ and predicted rates $\hat y \ge 0$:
 *
 * $$\mathrm{Poisson}(y, \hat y) = \frac{1}{d}\sum_j \big(\hat y_j - y_j \log(\hat y_j + \epsilon)\big)$$
 *
 * It drops the $\log y!$ term of the likelihood, so it can be negative; its minimum over
 * $\hat y$ is at $\hat y = y$.
 *
 * @param yTrue counts (>= 0), shape `[batch, d0, ..., dN]`
 * @param yPred rates (>= 0, e.g. after `exp` or `softplus`), same shape
 * @returns shape `[batch, d0, ..., dN-1]`
 * @example
 * losses.poisson([[2]], [[2]]).print(); // [2 - 2 ln 2] = [0.6137]
 */
export function poisson(yTrue: TensorInput, yPred: TensorInput, options: ValidateOption = {}): tf.Tensor {
  return tf.tidy(() => {
    const [t, p] = preparePair('poisson', yTrue, yPred);
    if (options.validate ?? true) checkAtLeast('poisson', 'yPred (a rate)', p, 0);
    return meanLastAxis(tf.sub(p, tf.mul(t, tf.log(tf.add(p, EPSILON)))));
  });
}

/** Class form of {@link poisson}; Keras name `'poisson'`. */
export class Poisson extends LossFunctionWrapper<ValidateOption> {
  constructor(config: LossConfig = {}) {
    super(poisson, {}, config, 'poisson');
  }
}
