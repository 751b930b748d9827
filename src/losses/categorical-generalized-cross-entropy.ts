/** Generalized cross-entropy: a loss between cross-entropy and MAE that shrugs off noisy labels. */
import * as tf from '@tensorflow/tfjs';
import { shapeText, toFloat, type TensorInput, type ValidateOption } from './common';
import { LossFunctionWrapper, splitConfig, type LossConfig } from './loss';
import { checkRange, checkSparseLabels } from './validate';

export interface GeneralizedCrossEntropyOptions extends ValidateOption {
  /** In (0, 1): near 0 it behaves like cross-entropy, at 1 like MAE. Default 0.5. */
  q?: number;
}

const NAME = 'categoricalGeneralizedCrossEntropy';

function checkQ(q: unknown): number {
  if (typeof q !== 'number' || !(q > 0 && q < 1)) {
    throw new Error(`${NAME}: q must be a number in the open interval (0, 1); got ${String(q)}`);
  }
  return q;
}

/** Integer labels `[batch]` (or `[batch, 1]`) against probabilities `[batch, K]`. Call inside `tf.tidy`. */
function prepare(yTrue: TensorInput, yPred: TensorInput, validate: boolean): [tf.Tensor, tf.Tensor] {
  let labels = toFloat(yTrue);
  const p = toFloat(yPred);
  if (p.rank !== 2) throw new Error(`${NAME}: yPred must be probabilities of shape [batch, classes]; got ${shapeText(p.shape)}`);
  if (labels.rank === 2 && labels.shape[1] === 1) labels = tf.squeeze(labels, [1]);
  if (labels.rank !== 1 || labels.shape[0] !== p.shape[0]) {
    throw new Error(
      `${NAME}: yTrue must hold one integer label per sample, shape [${p.shape[0]}] (or [${p.shape[0]},1]); got ${shapeText(labels.shape)}`,
    );
  }
  if (validate) {
    checkSparseLabels(NAME, labels, p.shape[1] as number, undefined);
    checkRange(NAME, 'yPred (probabilities)', p, 0, 1);
  }
  return [labels, p];
}

/**
 * Generalized cross-entropy (Keras 3's `categorical_generalized_cross_entropy`, Zhang and
 * Sabuncu 2018), one value per sample, with $p_c$ the probability given to the labelled class:
 *
 * $$\mathrm{GCE}_q(c, \hat y) = \frac{1 - p_c^{\,q}}{q}, \qquad 0 < q < 1$$
 *
 * As $q \to 0$ it tends to cross-entropy $-\log p_c$; at $q = 1$ it is $1 - p_c$, MAE on the
 * one-hot target. Its gradient is $p_c^{q}$ times cross-entropy's, so samples the model finds
 * implausible (often the mislabelled ones) pull less. Bounded by $1/q$.
 *
 * @param yTrue integer labels in [0, K), shape `[batch]` or `[batch, 1]`
 * @param yPred probabilities, shape `[batch, K]`
 * @param options `q` (0.5), `validate` (true)
 * @returns shape `[batch]`
 * @example
 * losses.categoricalGeneralizedCrossEntropy([1], [[0.75, 0.25]], { q: 0.5 }).print(); // (1 - 0.5) / 0.5 = 1
 */
export function categoricalGeneralizedCrossEntropy(
  yTrue: TensorInput, yPred: TensorInput, options: GeneralizedCrossEntropyOptions = {},
): tf.Tensor {
  const q = checkQ(options.q ?? 0.5);
  return tf.tidy(() => {
    const [labels, p] = prepare(yTrue, yPred, options.validate ?? true);
    const pTrue = tf.sum(tf.mul(p, tf.oneHot(tf.cast(labels, 'int32'), p.shape[1] as number)), -1);
    return tf.div(tf.sub(1, tf.pow(pTrue, q)), q);
  });
}

/** Class form of {@link categoricalGeneralizedCrossEntropy}; Keras name `'categorical_generalized_cross_entropy'`. */
export class CategoricalGeneralizedCrossEntropy extends LossFunctionWrapper<GeneralizedCrossEntropyOptions> {
  constructor(args: GeneralizedCrossEntropyOptions & LossConfig = {}) {
    const { options, config } = splitConfig(args);
    checkQ(options.q ?? 0.5);
    super(categoricalGeneralizedCrossEntropy, options, config, 'categorical_generalized_cross_entropy');
  }
}
