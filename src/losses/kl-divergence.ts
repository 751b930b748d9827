/** Kullback-Leibler divergence: how many extra nats coding the true distribution with the predicted one costs. */
import * as tf from '@tensorflow/tfjs';
import { EPSILON, preparePair, type TensorInput, type ValidateOption } from './common';
import { LossFunctionWrapper, type LossConfig } from './loss';
import { checkRange } from './validate';

/**
 * KL divergence, one value per sample. Both inputs are clipped to $[\epsilon, 1]$ first (Keras),
 * so zeros give finite values:
 *
 * $$\mathrm{KL}(y \,\|\, \hat y) = \sum_k y_k \log\frac{y_k}{\hat y_k}$$
 *
 * @param yTrue a distribution per sample, shape `[batch, ..., K]`, values in [0, 1]
 * @param yPred a distribution per sample, same shape, values in [0, 1]
 * @returns shape `[batch, ...]`
 * @example
 * losses.klDivergence([[0.5, 0.5]], [[0.25, 0.75]]).print(); // [0.1438]
 */
export function klDivergence(yTrue: TensorInput, yPred: TensorInput, options: ValidateOption = {}): tf.Tensor {
  return tf.tidy(() => {
    const [t, p] = preparePair('klDivergence', yTrue, yPred);
    if (options.validate ?? true) {
      checkRange('klDivergence', 'yTrue (a probability distribution)', t, 0, 1);
      checkRange('klDivergence', 'yPred (a probability distribution)', p, 0, 1);
    }
    const y = tf.clipByValue(t, EPSILON, 1);
    const q = tf.clipByValue(p, EPSILON, 1);
    return tf.sum(tf.mul(y, tf.log(tf.div(y, q))), -1);
  });
}

/** Class form of {@link klDivergence}; Keras name `'kl_divergence'`. */
export class KLDivergence extends LossFunctionWrapper<ValidateOption> {
  constructor(config: LossConfig = {}) {
    super(klDivergence, {}, config, 'kl_divergence');
  }
}
