/** Binary focal cross-entropy (Lin et al., 2017): cross-entropy that fades on easy examples. */
import * as tf from '@tensorflow/tfjs';
import { resolveAxis, type TensorInput } from './common';
import { elementwiseBinaryCrossentropy, prepareBinary, smoothBinaryLabels } from './binary-crossentropy';
import { LossFunctionWrapper, splitConfig, type LossConfig } from './loss';
import type { CrossentropyOptions } from './options';
import { inUnitClosed, nonNegative } from '../validate';

export interface BinaryFocalOptions extends CrossentropyOptions {
  /** Focusing exponent $\gamma \ge 0$; 0 gives plain cross-entropy. Default 2. */
  gamma?: number;
  /** Weight $\alpha$ of class 1 (class 0 gets $1-\alpha$), used when `applyClassBalancing`. Default 0.25. */
  alpha?: number;
  /** Multiply by $\alpha_t$. Default false. */
  applyClassBalancing?: boolean;
}

/**
 * Binary focal cross-entropy, averaged over `axis`: one value per sample. With $p_t$ the
 * probability given to the true class, $p_t = y p + (1-y)(1-p)$:
 *
 * $$\mathrm{FL}(y, p) = \frac{1}{d}\sum_j \alpha_t\,(1 - p_{t,j})^{\gamma}\,\mathrm{BCE}(y_j, p_j),
 * \qquad \alpha_t = y\alpha + (1-y)(1-\alpha) \text{ (or 1 without class balancing)}$$
 *
 * From logits, the BCE factor is the exact logit form (Keras clips the sigmoid first; the two
 * agree unless $\sigma(x)$ is within $10^{-7}$ of 0 or 1).
 *
 * @param yTrue labels in [0, 1]
 * @param yPred probabilities (or logits with `fromLogits`), same shape
 * @param options `gamma` (2), `alpha` (0.25), `applyClassBalancing` (false), `fromLogits` (false),
 *   `labelSmoothing` (0), `axis` (-1), `validate` (true)
 * @returns shape of `yPred` without `axis`
 * @example
 * losses.binaryFocalCrossentropy([[0, 1], [0, 0]], [[0.6, 0.4], [0.4, 0.6]], { gamma: 2 }).print(); // [0.330, 0.206]
 */
export function binaryFocalCrossentropy(
  yTrue: TensorInput, yPred: TensorInput, options: BinaryFocalOptions = {},
): tf.Tensor {
  const name = 'binaryFocalCrossentropy';
  const gamma = options.gamma ?? 2;
  const alpha = options.alpha ?? 0.25;
  nonNegative(name, 'gamma', gamma);
  inUnitClosed(name, 'alpha', alpha);
  return tf.tidy(() => {
    const [t, x] = prepareBinary(name, yTrue, yPred, options);
    const axis = resolveAxis(name, options.axis ?? -1, x.rank);
    const fromLogits = options.fromLogits ?? false;
    const y = smoothBinaryLabels(t, options.labelSmoothing ?? 0);
    const p = fromLogits ? tf.sigmoid(x) : x;
    const bce = elementwiseBinaryCrossentropy(y, x, fromLogits);
    const pT = tf.add(tf.mul(y, p), tf.mul(tf.sub(1, y), tf.sub(1, p)));
    let focal = tf.mul(tf.pow(tf.sub(1, pT), gamma), bce);
    if (options.applyClassBalancing ?? false) {
      const alphaT = tf.add(tf.mul(y, alpha), tf.mul(tf.sub(1, y), 1 - alpha));
      focal = tf.mul(alphaT, focal);
    }
    return tf.mean(focal, axis);
  });
}

/** Class form of {@link binaryFocalCrossentropy}; Keras name `'binary_focal_crossentropy'`. */
export class BinaryFocalCrossentropy extends LossFunctionWrapper<BinaryFocalOptions> {
  constructor(args: BinaryFocalOptions & LossConfig = {}) {
    const { options, config } = splitConfig(args);
    super(binaryFocalCrossentropy, options, config, 'binary_focal_crossentropy');
  }
}
