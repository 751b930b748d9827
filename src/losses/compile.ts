/**
 * `losses.compile(model, { optimizer, loss, metrics })`: `model.compile` with any loss of this library,
 * including the two cases where handing tfjs a plain function is not enough.
 *
 * 1. Sparse labels. tfjs-layers checks that targets have the model's output shape ([batch, classes])
 *    unless the loss is *its own* `sparseCategoricalCrossentropy` function (an identity check in
 *    `standardizeUserDataXY`), so integer labels [batch, 1] are rejected for any other loss. For the
 *    losses that take class indices (sparse cross-entropy, generalized cross-entropy, circle) this
 *    function tells the compiled model to expect [batch, 1] targets instead, and [batch, any length]
 *    label sequences for CTC.
 * 2. `'accuracy'`. tfjs picks the accuracy metric from the output width and its own loss functions:
 *    with a custom loss it picks categorical accuracy (wrong for integer labels) and thresholds binary
 *    outputs at 0.5 (wrong for logits). Here 'accuracy' follows the loss: sparse categorical accuracy
 *    for sparse labels, and a threshold at logit 0 when the loss takes logits. Whichever it is, the
 *    history and logs call it `acc` (`val_acc`), the key tfjs gives the string 'accuracy'.
 */
import * as tf from '@tensorflow/tfjs';
import { Loss } from './loss';
import { rowOf, targetsOf } from './registry';
import { forCompile } from './for-compile';
import { gaussianNll } from './gaussian-nll';
import { checkSparseLabels } from './validate';
import type { LossIdentifier, LossOptions } from './get';

type Metric = string | ((yTrue: tf.Tensor, yPred: tf.Tensor) => tf.Tensor);

export interface CompileArgs {
  optimizer: string | tf.Optimizer;
  loss: LossIdentifier;
  /** The loss's options when `loss` is a string or a function, e.g. `{ fromLogits: true }`. */
  lossOptions?: LossOptions;
  metrics?: Metric[];
}


function takesLogits(loss: LossIdentifier, options: LossOptions | undefined): boolean {
  const own = loss instanceof Loss ? (loss as unknown as { options?: { fromLogits?: boolean } }).options : options;
  return own?.fromLogits === true;
}

/** Accuracy for a binary output that is a logit: the class is 1 where the logit is positive. */
function binaryAccuracyFromLogits(yTrue: tf.Tensor, yPred: tf.Tensor): tf.Tensor {
  return tf.tidy(() => tf.metrics.binaryAccuracy(yTrue, tf.sigmoid(yPred)));
}

/** tfjs names a metric function's history key after the function: call it 'acc', as tfjs does for 'accuracy'. */
function namedAcc(fn: (yTrue: tf.Tensor, yPred: tf.Tensor) => tf.Tensor): Metric {
  const acc = (yTrue: tf.Tensor, yPred: tf.Tensor) => fn(yTrue, yPred);
  Object.defineProperty(acc, 'name', { value: 'acc' });
  return acc;
}

function resolveMetric(metric: Metric, sparse: boolean, logits: boolean, outputWidth: number): Metric {
  if (metric !== 'accuracy' && metric !== 'acc') return metric;
  if (sparse) return namedAcc(tf.metrics.sparseCategoricalAccuracy);
  if (outputWidth === 1 && logits) return namedAcc(binaryAccuracyFromLogits);
  return metric;
}

/**
 * Compiles `model` with a loss of this library (any identifier `losses.get` knows, a class instance,
 * or your own function).
 * @example
 * losses.compile(model, { optimizer: new optimizers.Adam(), loss: 'sparse_categorical_crossentropy',
 *   lossOptions: { fromLogits: true }, metrics: ['accuracy'] });
 * await model.fit(x, labels, { epochs: 10 });   // labels: [batch, 1] integers
 */
export function compile(model: tf.LayersModel, args: CompileArgs): void {
  const targets = targetsOf(args.loss); // the loss's row says what its labels look like
  const sparse = targets === 'indices';
  const sequence = targets === 'sequence';
  const outputs = model.outputs.map((o) => o.shape);
  const outputWidth = outputs.length === 1 ? (outputs[0][outputs[0].length - 1] ?? 0) : 0;
  const metrics = args.metrics?.map((m) => resolveMetric(m, sparse, takesLogits(args.loss, args.lossOptions), outputWidth));
  model.compile({ optimizer: args.optimizer, loss: forCompile(args.loss, args.lossOptions ?? {}), metrics });
  const halfWidth = args.loss === gaussianNll;
  if (sparse || sequence || halfWidth) {
    // A Sequential delegates compile/fit/evaluate to the LayersModel it wraps; the shapes live there.
    type Compiled = { feedOutputShapes: (number | null)[][] };
    const compiled = (model instanceof tf.Sequential ? (model as unknown as { model: Compiled }).model : model) as unknown as Compiled;
    compiled.feedOutputShapes = compiled.feedOutputShapes.map((shape) => {
      if (sequence) return [shape[0] ?? null, null];
      return [...shape.slice(0, -1), sparse ? 1 : (shape[shape.length - 1] ?? 0) / 2];
    });
    // Labels that index the output's classes are checked once before training (Circle's are ids, not indices).
    const indexed = rowOf(args.loss)?.name;
    if (indexed === 'sparseCategoricalCrossentropy' || indexed === 'categoricalGeneralizedCrossEntropy') {
      checkLabelsBeforeFit(model, indexed, outputWidth, ignoredClass(args.loss, args.lossOptions));
    }
  }
}

function ignoredClass(loss: LossIdentifier, options: LossOptions | undefined): number | undefined {
  const own = loss instanceof Loss ? (loss as unknown as { options?: { ignoreClass?: number } }).options : options;
  return (own as { ignoreClass?: number } | undefined)?.ignoreClass;
}

/**
 * Checks the sparse labels given to `model.fit` (and its validation labels) once, before training:
 * a label out of range or fractional would otherwise train silently. The loss checks each batch too
 * (for `fitDataset`), but a throw inside tfjs' fit loop leaves its batch tensors behind.
 */
function checkLabelsBeforeFit(model: tf.LayersModel, lossName: string, numClasses: number, ignoreClass: number | undefined): void {
  const fit = model.fit.bind(model);
  const check = (labels: unknown) => {
    if (labels instanceof tf.Tensor) checkSparseLabels(lossName, labels, numClasses, ignoreClass);
  };
  model.fit = async (x, y, args) => {
    check(y);
    check(Array.isArray(args?.validationData) ? args?.validationData[1] : undefined);
    return fit(x, y, args);
  };
}
