/**
 * The negative log-likelihood of a heteroscedastic Gaussian: the model predicts a mean AND a
 * variance for every target (lesson 04). Not a Keras loss (PyTorch has it as `GaussianNLLLoss`,
 * with the variance given directly); here the variance comes as its logarithm, so any real output
 * of a dense layer is a valid prediction.
 */
import * as tf from '@tensorflow/tfjs';
import { shapeText, toFloat, type TensorInput } from './common';

/** Options of {@link gaussianNll}. */
export interface GaussianNllOptions {
  /** Add the constant $\tfrac12\log 2\pi$, making the value the full negative log-density. Default false. */
  full?: boolean;
  /** Accepted for the common loss signature (`forCompile` passes it); there are no values to check. */
  validate?: boolean;
}

const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** `[yTrue, mean, logVariance]`, each `[batch, d]`, or an error naming the shapes that came in. */
function splitPrediction(yTrue: TensorInput, yPred: TensorInput): [tf.Tensor, tf.Tensor, tf.Tensor] {
  let t = toFloat(yTrue);
  const p = toFloat(yPred);
  if (t.rank === p.rank - 1) t = tf.expandDims(t, -1); // targets [batch] meet predictions [batch, 2]
  const d = t.shape[t.rank - 1];
  const sameLeading = t.rank === p.rank && t.shape.slice(0, -1).every((n, i) => n === p.shape[i]);
  if (p.rank < 2 || !sameLeading || p.shape[p.rank - 1] !== 2 * d) {
    throw new Error(
      'gaussianNll: yPred must hold a mean and a log-variance per target, shape [batch, 2d] for yTrue [batch, d] ' +
        `(the first d columns the means, the last d the log-variances); got yTrue ${shapeText(t.shape)} and yPred ${shapeText(p.shape)}`,
    );
  }
  const [mean, logVariance] = tf.split(p, 2, -1);
  return [t, mean, logVariance];
}

/**
 * Gaussian negative log-likelihood with a predicted variance, one value per sample. For a target
 * $y_j$, a predicted mean $\mu_j$ and a predicted log-variance $s_j = \log\sigma_j^2$:
 *
 * $$\ell(y, \mu, s) = \frac{1}{d}\sum_{j=1}^{d} \tfrac12\Big(s_j + (y_j - \mu_j)^2 e^{-s_j}\Big) \;\big[+\, \tfrac12\log 2\pi\big]$$
 *
 * Its slopes: $\partial\ell/\partial\mu_j = -(y_j - \mu_j)e^{-s_j}/d$ (the squared error's pull,
 * divided by the variance: a point the model calls noisy pulls less) and
 * $\partial\ell/\partial s_j = \tfrac12\big(1 - (y_j - \mu_j)^2 e^{-s_j}\big)/d$, zero when the predicted
 * variance equals the squared error. With $s$ fixed it is MSE up to scale and shift.
 * Very negative $s$ (a variance near 0) makes $e^{-s}$ overflow: start training from $s$ near 0.
 *
 * @param yTrue targets, shape `[batch, d]` (or `[batch]` when d = 1)
 * @param yPred `[batch, 2d]`: the means in the first d columns, the log-variances in the last d
 * @param options `full` (false): add $\tfrac12\log 2\pi$
 * @returns shape `[batch]`
 * @example
 * losses.gaussianNll([[3]], [[1, Math.log(4)]]).print(); // [½(ln 4 + 2²/4)] = [1.1931472]
 */
export function gaussianNll(yTrue: TensorInput, yPred: TensorInput, options: GaussianNllOptions = {}): tf.Tensor {
  return tf.tidy(() => {
    const [y, mean, logVariance] = splitPrediction(yTrue, yPred);
    const squaredError = tf.square(tf.sub(y, mean));
    const perTarget = tf.mul(0.5, tf.add(logVariance, tf.mul(squaredError, tf.exp(tf.neg(logVariance)))));
    const perSample = tf.mean(perTarget, -1);
    return options.full ? tf.add(perSample, HALF_LOG_TWO_PI) : perSample;
  });
}
