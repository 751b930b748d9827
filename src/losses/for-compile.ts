/**
 * The lower-level adapter from a library loss to the function tfjs' `model.compile({ loss })` takes:
 *
 *     model.compile({ optimizer: 'sgd', loss: losses.forCompile('huber', { delta: 2 }) });
 *
 * To compile a model, prefer `losses.compile(model, { optimizer, loss, lossOptions, metrics })`
 * (`compile.ts`): it uses this adapter and also accepts integer labels for the sparse loss and
 * picks an honest 'accuracy'.
 *
 * tfjs-layers' `compile` takes a function `(yTrue, yPred) => Tensor` and averages whatever it
 * returns (after its own sample/class weights). So the adapter returns the per-sample values for
 * the averaging reductions, which makes tfjs' mean exactly Keras' `'sum_over_batch_size'` and
 * keeps `fit`'s `classWeight` working per sample (tfjs' `fit` rejects `sampleWeight`). Inside `fit` value checks are
 * off (they would read data back on every batch); shape checks stay on.
 */
import type * as tf from '@tensorflow/tfjs';
import { Loss } from './loss';
import { entryOf, lookup } from './registry';
import { get, type LossIdentifier, type LossOptions } from './get';

/** The function tfjs' `model.compile({ loss })` accepts. */
export type TfjsLossFunction = (yTrue: tf.Tensor, yPred: tf.Tensor) => tf.Tensor;

function toInstance(identifier: LossIdentifier, options: object): Loss | undefined {
  if (identifier instanceof Loss) return identifier;
  const entry = typeof identifier === 'string' ? lookup(identifier)?.entry : entryOf(identifier);
  if (entry !== undefined) return new entry.cls({ ...options });
  get(identifier); // throws the standard message for unknown strings
  return undefined;
}

/**
 * A tfjs-compatible loss function for any loss of this library (or a custom function).
 *
 * @param identifier a string id (`'mse'`, `'Huber'`, `'binary_crossentropy'` ...), a function
 *   form, or a class instance (its options and reduction are used)
 * @param options the loss's options and `reduction` when `identifier` is a string or function,
 *   e.g. `{ fromLogits: true }`
 * @returns `(yTrue, yPred) => tf.Tensor` for `model.compile({ loss })`
 * @example
 * model.compile({ optimizer: tf.train.sgd(0.1), loss: losses.forCompile('binary_crossentropy', { fromLogits: true }) });
 * model.compile({ optimizer: 'adam', loss: losses.forCompile(new losses.Huber({ delta: 0.5 })) });
 */
export function forCompile(identifier: LossIdentifier, options: LossOptions = {}): TfjsLossFunction {
  const instance = toInstance(identifier, options);
  if (instance === undefined) {
    const custom = identifier as (yTrue: tf.Tensor, yPred: tf.Tensor, options?: object) => tf.Tensor;
    return (yTrue, yPred) => custom(yTrue, yPred, { ...options, validate: false });
  }
  const perSample = (yTrue: tf.Tensor, yPred: tf.Tensor) => instance.weightedPerSample(yTrue, yPred, undefined, false);
  if (instance.reduction === 'sum') {
    return (yTrue, yPred) => {
      const values = perSample(yTrue, yPred);
      const total = values.sum();
      values.dispose();
      return total;
    };
  }
  return perSample;
}
