/** Circle loss: metric learning on L2-normalised embeddings with integer class labels. */
import * as tf from '@tensorflow/tfjs';
import { shapeText, toFloat, type TensorInput, type ValidateOption } from './common';
import { Loss, type LossConfig, type PerSample } from './loss';
import { finite, positive } from '../validate';

export interface CircleOptions extends ValidateOption {
  /** The scale of the similarity scores, > 0. Default 80. */
  gamma?: number;
  /** The relaxation m: positives aim for cosine >= 1 - m, negatives for <= m. Default 0.4. */
  margin?: number;
  /** Leave out self-pairs (i, i) from the positives. Default true. */
  removeDiagonal?: boolean;
  /** Labels of reference embeddings to compare against. Default: `yTrue` (the batch against itself). */
  refLabels?: TensorInput;
  /** Reference embeddings, shape `[refs, d]`. Default: `yPred`. */
  refEmbeddings?: TensorInput;
}

const NAME = 'circle';
/** Stands in for $-\infty$ in the masked log-sum-exp: finite, so no NaN reaches a gradient. */
const MINUS_INFINITY = -1e30;

/** Labels as a `[n]` float tensor of integers, from `[n]` or `[n, 1]`. Call inside `tf.tidy`. */
function labelVector(what: string, labels: TensorInput, n: number, validate: boolean): tf.Tensor {
  let t = toFloat(labels);
  if (t.rank === 2 && t.shape[1] === 1) t = tf.squeeze(t, [1]);
  if (t.rank !== 1 || t.shape[0] !== n) {
    throw new Error(`${NAME}: ${what} must hold one integer label per embedding, shape [${n}]; got ${shapeText(t.shape)}`);
  }
  if (validate) {
    const bad = Array.from(t.dataSync()).find((v) => !Number.isInteger(v));
    if (bad !== undefined) throw new Error(`${NAME}: ${what} must hold integer labels; got ${bad}`);
  }
  return t;
}

function embeddings(what: string, x: TensorInput): tf.Tensor {
  const t = toFloat(x);
  if (t.rank !== 2) throw new Error(`${NAME}: ${what} must be embeddings of shape [n, d]; got ${shapeText(t.shape)}`);
  return t;
}

/** $\log\sum_j e^{x_{ij}}$ over the entries where `mask` is true; $-\infty$ (here -1e30) where none is. */
function maskedLogSumExp(x: tf.Tensor, mask: tf.Tensor): tf.Tensor {
  return tf.logSumExp(tf.where(mask, x, tf.fill(x.shape, MINUS_INFINITY)), 1);
}

/**
 * The per-sample values and the mask of samples with a non-zero loss (Keras masks the rest): those
 * with at least one positive and one negative pair. The mask is read from the labels, so no
 * gradient flows through it (tfjs has none for a comparison).
 */
export function circleWithMask(yTrue: TensorInput, yPred: TensorInput, options: CircleOptions = {}): PerSample {
  const { gamma = 80, margin = 0.4, removeDiagonal = true, validate = true } = options;
  positive(NAME, 'gamma', gamma);
  finite(NAME, 'margin', margin);
  return tf.tidy(() => {
    const queries = embeddings('yPred', yPred);
    const refs = options.refEmbeddings === undefined ? queries : embeddings('refEmbeddings', options.refEmbeddings);
    if (refs.shape[1] !== queries.shape[1]) {
      throw new Error(`${NAME}: refEmbeddings must have yPred's width ${queries.shape[1]}; got ${shapeText(refs.shape)}`);
    }
    const labels = labelVector('yTrue', yTrue, queries.shape[0], validate);
    const refLabels = options.refLabels === undefined ? labels : labelVector('refLabels', options.refLabels, refs.shape[0], validate);
    // Cosine distance d_ij = max(1 - <q_i, r_j>, 0) of unit vectors.
    const distance = tf.relu(tf.sub(1, tf.matMul(queries, refs, false, true)));
    const same = tf.equal(tf.expandDims(labels, 1), tf.expandDims(refLabels, 0));
    const offDiagonal = tf.logicalNot(tf.cast(tf.eye(queries.shape[0], refs.shape[0]), 'bool'));
    const positive = removeDiagonal ? tf.logicalAnd(same, offDiagonal) : same;
    const negative = tf.logicalNot(same);
    // Self-paced weights: a positive far from its optimum (d = -m) and a negative close to its
    // optimum (d = 1 + m) get larger weights; the decision margins are m and 1 - m.
    const positiveWeight = tf.relu(tf.add(margin, distance));
    const negativeWeight = tf.relu(tf.sub(1 + margin, distance));
    const positiveScore = tf.mul(-gamma, tf.mul(positiveWeight, tf.sub(margin, distance)));
    const negativeScore = tf.mul(gamma, tf.mul(negativeWeight, tf.sub(1 - margin, distance)));
    const values = tf.softplus(tf.add(maskedLogSumExp(positiveScore, positive), maskedLogSumExp(negativeScore, negative)));
    const hasPair = (pairs: tf.Tensor) => tf.greater(tf.sum(tf.cast(pairs, 'float32'), 1), 0);
    return { values, mask: tf.cast(tf.logicalAnd(hasPair(positive), hasPair(negative)), 'float32') };
  });
}

/**
 * Circle loss (Keras 3's `circle`, Sun et al. 2020), one value per sample. With cosine distances
 * $d_{ij} = 1 - \cos(\hat y_i, r_j)$ to the reference embeddings $r_j$ (default: the batch),
 * positives $P_i$ (same label, not $i$ itself) and negatives $N_i$ (other labels):
 *
 * $$\ell_i = \operatorname{softplus}\Big(\log\!\sum_{j \in P_i} e^{-\gamma\,[m + d_{ij}]_+ (m - d_{ij})}
 *   + \log\!\sum_{k \in N_i} e^{\gamma\,[1 + m - d_{ik}]_+ (1 - m - d_{ik})}\Big)$$
 *
 * A sample with no positive or no negative gets 0, and the class form leaves such samples out
 * of its mean (Keras' mask). Embeddings must be L2-normalised (e.g. `tf.layers.unitNormalization`
 * or dividing by the norm).
 *
 * @param yTrue integer labels, shape `[batch]` or `[batch, 1]`
 * @param yPred unit-norm embeddings, shape `[batch, d]`
 * @param options `gamma` (80), `margin` (0.4), `removeDiagonal` (true), `refLabels`, `refEmbeddings`
 * @returns shape `[batch]`
 * @example
 * losses.circle([0, 0, 1], [[1, 0], [1, 0], [0, 1]], { gamma: 1 }).print(); // [0.5459, 0.5459, 0] = softplus(-0.16 - 0.16)
 */
export function circle(yTrue: TensorInput, yPred: TensorInput, options: CircleOptions = {}): tf.Tensor {
  return tf.tidy(() => circleWithMask(yTrue, yPred, options).values);
}

/** Class form of {@link circle}; Keras name `'circle'`. Samples with a zero loss are left out of the mean. */
export class Circle extends Loss {
  readonly options: Readonly<CircleOptions>;

  constructor(args: CircleOptions & LossConfig = {}) {
    const { reduction, name, validate, ...options } = args;
    super({ reduction, name, validate }, 'circle');
    positive(NAME, 'gamma', options.gamma ?? 80);
    this.options = options;
  }

  protected perSample(yTrue: TensorInput, yPred: TensorInput, validate: boolean): PerSample {
    return circleWithMask(yTrue, yPred, { ...this.options, validate });
  }

  override getConfig(): Record<string, unknown> {
    return { ...super.getConfig(), ...this.options };
  }
}
