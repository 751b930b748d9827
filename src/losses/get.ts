/** `losses.get`: Keras' way of turning an identifier into a loss. */
import type * as tf from '@tensorflow/tfjs';
import { Loss, type LossConfig, type LossFunction } from './loss';
import { didYouMean, quotedOnce } from '../identifiers';
import { knownIdentifiers, lookup, REGISTRY } from './registry';

/** A user's own loss function; tfjs passes tensors, and `forCompile` passes its options as a third argument. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type CustomLoss = (yTrue: tf.Tensor, yPred: tf.Tensor, options?: any) => tf.Tensor;

/** What `get` accepts: a string identifier, a loss function (ours or custom), or a loss instance. */
export type LossIdentifier = string | CustomLoss | Loss;

/** Options given with an identifier: the loss's own options plus `reduction` / `name`. */
export type LossOptions = LossConfig & { [option: string]: unknown };

/**
 * Resolves a loss identifier, as `keras.losses.get` does:
 * - a function name (`'mse'`, `'mean_squared_error'`, `'meanSquaredError'`, `'kld'`, `'logcosh'` ...)
 *   gives the function form;
 * - a class name (`'MeanSquaredError'`, `'KLDivergence'` ...) gives a new instance with defaults;
 * - a function or a `Loss` instance is returned as it is.
 *
 * @throws `losses.get: unknown loss identifier 'mean_sqared_error' (did you mean 'mean_squared_error'?); expected one of ...`
 * @example
 * const mse = losses.get('mse');              // the function meanSquaredError
 * const huber = losses.get('Huber') as Loss;  // new Huber()
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function get(identifier: LossIdentifier): LossFunction<any> | CustomLoss | Loss {
  if (typeof identifier === 'function' || identifier instanceof Loss) return identifier;
  if (typeof identifier !== 'string') {
    throw new Error(`losses.get: expected a string, a loss function or a Loss instance; got ${typeof identifier}`);
  }
  const found = lookup(identifier);
  if (found === undefined) {
    throw new Error(
      `losses.get: unknown loss identifier '${identifier}'${didYouMean(identifier, knownIdentifiers())}; expected one of the ` +
        `known losses: ${quotedOnce(REGISTRY.map((e) => e.keras))} (or a class name, or an alias such as 'mse': ` +
        'see losses.knownIdentifiers())',
    );
  }
  return found.kind === 'class' ? new found.entry.cls() : found.entry.fn;
}
