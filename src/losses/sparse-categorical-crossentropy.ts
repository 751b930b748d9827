/** Sparse categorical cross-entropy: categorical cross-entropy with integer class labels. */
import * as tf from '@tensorflow/tfjs';
import { shapeText, toFloat, type TensorInput, type ValidateOption } from './common';
import { categoricalLogProbabilities } from './categorical-crossentropy';
import { Loss, type LossConfig, type PerSample } from './loss';
import { checkRange, checkSparseLabels } from './validate';

export interface SparseCrossentropyOptions extends ValidateOption {
  /** `yPred` holds logits. Default false. */
  fromLogits?: boolean;
  /** A label value to skip (loss 0, and left out of the class form's mean), e.g. -1 or 255. Default none. */
  ignoreClass?: number;
}

const NAME = 'sparseCategoricalCrossentropy';

/** Checks shapes (`yTrue` = `yPred` without its class axis) and, when asked, values. */
function prepareSparse(yTrue: TensorInput, yPred: TensorInput, options: SparseCrossentropyOptions): [tf.Tensor, tf.Tensor] {
  let labels = toFloat(yTrue, NAME, 'yTrue');
  const p = toFloat(yPred, NAME, 'yPred');
  if (p.rank < 1) throw new Error(`${NAME}: yPred must have rank >= 1 (classes on the last axis); got shape []`);
  if (labels.rank === p.rank && labels.shape[labels.rank - 1] === 1) labels = tf.squeeze(labels, [-1]);
  const expected = p.shape.slice(0, -1);
  if (!tf.util.arraysEqual(labels.shape, expected)) {
    throw new Error(
      `${NAME}: yTrue must hold one integer label per sample, shape ${shapeText(expected)} ` +
        `(or ${shapeText([...expected, 1])}) for yPred ${shapeText(p.shape)}; got ${shapeText(labels.shape)}`,
    );
  }
  // Labels are checked even inside model.fit (validate: false): tf.oneHot turns a label out of range
  // into a row of zeros (a loss of 0) and the int32 cast truncates a fractional one, so a wrong
  // label would train silently. A batch of labels is small; yPred's range is checked only on request.
  checkSparseLabels(NAME, labels, p.shape[p.rank - 1], options.ignoreClass);
  if (options.validate ?? true) {
    if (!(options.fromLogits ?? false)) checkRange(NAME, 'yPred (probabilities; pass fromLogits: true for logits)', p, 0, 1);
  }
  return [labels, p];
}

/** The per-sample values and the valid-entry mask (all ones without `ignoreClass`). */
export function sparseCrossentropyWithMask(
  yTrue: TensorInput, yPred: TensorInput, options: SparseCrossentropyOptions = {},
): PerSample {
  return tf.tidy(() => {
    const [labels, p] = prepareSparse(yTrue, yPred, options);
    const numClasses = p.shape[p.rank - 1];
    const valid = options.ignoreClass === undefined ? undefined : tf.notEqual(labels, options.ignoreClass);
    // Ignored entries are looked up as class 0 (any valid class) and zeroed below.
    const safeLabels = valid === undefined ? labels : tf.where(valid, labels, tf.zerosLike(labels));
    const oneHot = tf.oneHot(tf.cast(safeLabels, 'int32'), numClasses);
    const logP = categoricalLogProbabilities(p, options.fromLogits ?? false, -1);
    const values = tf.neg(tf.sum(tf.mul(oneHot, logP), -1));
    if (valid === undefined) return { values };
    return { values: tf.where(valid, values, tf.zerosLike(values)), mask: tf.cast(valid, 'float32') };
  });
}

/**
 * Sparse categorical cross-entropy, one value per sample: the negative log-probability of the
 * labelled class $c$,
 *
 * $$\mathrm{SCCE}(c, \hat y) = -\log p_c$$
 *
 * with $p$ the softmax of logits (exact log-softmax) or the renormalised, clipped probabilities.
 * Entries whose label equals `ignoreClass` get 0.
 *
 * @param yTrue integer labels in [0, K), shape `[batch, ...]` or `[batch, ..., 1]`
 * @param yPred probabilities (or logits with `fromLogits`), shape `[batch, ..., K]`
 * @param options `fromLogits` (false), `ignoreClass` (none), `validate` (true)
 * @returns shape of `yPred` without its last axis
 * @example
 * losses.sparseCategoricalCrossentropy([1, 2], [[0.05, 0.95, 0], [0.1, 0.8, 0.1]]).print(); // [0.0513, 2.3026]
 */
export function sparseCategoricalCrossentropy(
  yTrue: TensorInput, yPred: TensorInput, options: SparseCrossentropyOptions = {},
): tf.Tensor {
  return tf.tidy(() => sparseCrossentropyWithMask(yTrue, yPred, options).values);
}

/**
 * Class form of {@link sparseCategoricalCrossentropy}; Keras name `'sparse_categorical_crossentropy'`.
 * With `ignoreClass`, the averaging reductions divide by the number of valid entries (Keras' mask).
 */
export class SparseCategoricalCrossentropy extends Loss {
  readonly options: Readonly<SparseCrossentropyOptions>;

  constructor(args: SparseCrossentropyOptions & LossConfig = {}) {
    const { reduction, name, validate, ...options } = args;
    super({ reduction, name, validate }, 'sparse_categorical_crossentropy');
    this.options = options;
  }

  protected perSample(yTrue: TensorInput, yPred: TensorInput, validate: boolean): PerSample {
    return sparseCrossentropyWithMask(yTrue, yPred, { ...this.options, validate });
  }

  override getConfig(): Record<string, unknown> {
    return { ...super.getConfig(), ...this.options };
  }
}
