/**
 * CTC (connectionist temporal classification): the loss of a label sequence given per-frame
 * class scores, summed over every alignment of the labels to the frames. Written with tfjs ops
 * (the forward recursion in log space), so `tf.grad` and `model.fit` differentiate through it.
 */
import * as tf from '@tensorflow/tfjs';
import { shapeText, toFloat, type TensorInput, type ValidateOption } from './common';
import { LossFunctionWrapper, type LossConfig } from './loss';

const NAME = 'ctc';
/** The blank symbol, Keras' `mask_index`: class 0, also the padding of `yTrue`. */
const BLANK = 0;
/** Stands in for $\log 0$: finite, so no NaN reaches a gradient. */
const LOG_ZERO = -1e30;

/** Labels `[batch, maxLength]` and logits `[batch, frames, classes]`, checked. Call inside `tf.tidy`. */
function prepare(yTrue: TensorInput, yPred: TensorInput, validate: boolean): [tf.Tensor, tf.Tensor] {
  const labels = toFloat(yTrue);
  const logits = toFloat(yPred);
  if (labels.rank !== 2) {
    throw new Error(`${NAME}: yTrue must hold integer labels of shape [batch, maxLength], 0 for padding; got ${shapeText(labels.shape)}`);
  }
  if (logits.rank !== 3 || logits.shape[0] !== labels.shape[0]) {
    throw new Error(`${NAME}: yPred must hold logits of shape [${labels.shape[0]}, frames, classes]; got ${shapeText(logits.shape)}`);
  }
  if (validate) {
    const classes = logits.shape[2] as number;
    const bad = Array.from(labels.dataSync()).find((v) => !Number.isInteger(v) || v < 0 || v >= classes);
    if (bad !== undefined) {
      throw new Error(`${NAME}: yTrue labels must be integers in [0, ${classes - 1}] (0 is the blank/padding); got ${bad}`);
    }
  }
  return [tf.cast(labels, 'int32'), logits];
}

/**
 * The extended label sequence $l' = (\varnothing, l_1, \varnothing, l_2, \dots, \varnothing)$ of
 * length S = 2·maxLength + 1, and where the recursion may skip a blank: into a label (odd
 * position) that differs from the label two places back.
 */
function extendLabels(labels: tf.Tensor): { extended: tf.Tensor; canSkip: tf.Tensor } {
  const [batch, maxLength] = labels.shape as [number, number];
  const interleaved = tf.reshape(tf.stack([tf.fill([batch, maxLength], BLANK, 'int32'), labels], 2), [batch, 2 * maxLength]);
  const extended = tf.concat([interleaved, tf.fill([batch, 1], BLANK, 'int32')], 1);
  const twoBack = tf.concat([tf.fill([batch, 2], -1, 'int32'), tf.slice(extended, [0, 0], [batch, 2 * maxLength - 1])], 1);
  // Labels sit at the odd positions (a label 0 inside the first L entries counts as a label, as in Keras).
  const isLabel = tf.equal(tf.mod(tf.range(0, 2 * maxLength + 1, 1, 'int32'), tf.scalar(2, 'int32')), tf.scalar(1, 'int32'));
  return { extended, canSkip: tf.logicalAnd(tf.expandDims(isLabel, 0), tf.notEqual(extended, twoBack)) };
}

/** `x` shifted right along axis 1 by `k`, filled with log 0. */
function shiftRight(x: tf.Tensor, k: number): tf.Tensor {
  const [batch, width] = x.shape as [number, number];
  return tf.concat([tf.fill([batch, k], LOG_ZERO), tf.slice(x, [0, 0], [batch, width - k])], 1);
}

/**
 * CTC loss (Keras 3's `ctc`), one value per sample: minus the log-probability of the label
 * sequence $l$ summed over every alignment $\pi$ (a class per frame) that collapses to $l$ once
 * repeats are merged and blanks removed,
 *
 * $$\mathrm{CTC}(l, z) = -\log \sum_{\pi \to l} \prod_{t=1}^{T} \operatorname{softmax}(z_t)_{\pi_t}$$
 *
 * computed by the forward recursion over the extended sequence $l'$ (blanks around every label):
 * $\alpha_t(s) = p_t(l'_s)\,[\alpha_{t-1}(s) + \alpha_{t-1}(s-1) + \alpha_{t-1}(s-2)]$, the last term
 * only when $l'_s$ is a label different from $l'_{s-2}$; in log space, with log-sum-exp.
 *
 * As in Keras, class 0 is the blank, the label sequence of a sample is the first $L$ entries of
 * its row with $L$ the number of non-zero entries (so pad with trailing zeros), and every sample
 * uses all T frames.
 *
 * @param yTrue integer labels, shape `[batch, maxLength]`, padded with 0
 * @param yPred unnormalised logits, shape `[batch, frames, classes]` (class 0 = blank)
 * @param options `validate` (true): labels are integers in [0, classes)
 * @returns shape `[batch]`
 * @example
 * losses.ctc([[1]], [[[0, 0], [0, 0]]]).print(); // -log(3/4) = 0.2877: alignments "1 1", "_ 1", "1 _"
 */
export function ctc(yTrue: TensorInput, yPred: TensorInput, options: ValidateOption = {}): tf.Tensor {
  return tf.tidy(() => {
    const [labels, logits] = prepare(yTrue, yPred, options.validate ?? true);
    const [batch, frames, classes] = logits.shape as [number, number, number];
    const { extended, canSkip } = extendLabels(labels);
    const width = extended.shape[1] as number;
    // emit[b, t, s] = log p_t(l'_s): the log-softmax of frame t at the class of position s.
    const emit = tf.matMul(tf.logSoftmax(logits), tf.oneHot(extended, classes), false, true);
    const frame = (t: number) => tf.reshape(tf.slice(emit, [0, t, 0], [batch, 1, width]), [batch, width]);
    const firstTwo = tf.less(tf.range(0, width, 1, 'int32'), 2);
    let alpha = tf.where(tf.tile(tf.expandDims(firstTwo, 0), [batch, 1]), frame(0), tf.fill([batch, width], LOG_ZERO));
    for (let t = 1; t < frames; t++) {
      const skip = tf.where(canSkip, shiftRight(alpha, 2), tf.fill([batch, width], LOG_ZERO));
      alpha = tf.add(tf.logSumExp(tf.stack([alpha, shiftRight(alpha, 1), skip]), 0), frame(t));
    }
    // The sequence ends on the last label or the blank after it: positions 2L - 1 and 2L.
    const lengths = tf.sum(tf.cast(tf.notEqual(labels, BLANK), 'int32'), 1);
    const last = tf.mul(lengths, tf.scalar(2, 'int32'));
    const ends = tf.add(tf.oneHot(last, width), tf.oneHot(tf.sub(last, tf.scalar(1, 'int32')), width));
    return tf.neg(tf.logSumExp(tf.where(tf.cast(ends, 'bool'), alpha, tf.fill([batch, width], LOG_ZERO)), 1));
  });
}

/** Class form of {@link ctc}; Keras name `'ctc'`. */
export class CTC extends LossFunctionWrapper<ValidateOption> {
  constructor(config: LossConfig = {}) {
    super(ctc, {}, config, 'ctc');
  }
}
