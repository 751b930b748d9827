/** `losses.get`: Keras' way of turning an identifier into a loss. */
import { Loss, type LossFunction } from './loss';
import { knownIdentifiers, lookup } from './registry';

/** What `get` accepts: a string identifier, a loss function, or a loss instance. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LossIdentifier = string | LossFunction<any> | Loss;

/**
 * Resolves a loss identifier, as `keras.losses.get` does:
 * - a function name (`'mse'`, `'mean_squared_error'`, `'meanSquaredError'`, `'kld'`, `'logcosh'` ...)
 *   gives the function form;
 * - a class name (`'MeanSquaredError'`, `'KLDivergence'` ...) gives a new instance with defaults;
 * - a function or a `Loss` instance is returned as it is.
 *
 * @throws `losses.get: unknown loss identifier 'x'; expected one of ...`
 * @example
 * const mse = losses.get('mse');              // the function meanSquaredError
 * const huber = losses.get('Huber') as Loss;  // new Huber()
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function get(identifier: LossIdentifier): LossFunction<any> | Loss {
  if (typeof identifier === 'function' || identifier instanceof Loss) return identifier;
  if (typeof identifier !== 'string') {
    throw new Error(`losses.get: expected a string, a loss function or a Loss instance; got ${typeof identifier}`);
  }
  const found = lookup(identifier);
  if (found === undefined) {
    throw new Error(`losses.get: unknown loss identifier '${identifier}'; expected one of ${knownIdentifiers().join(', ')}`);
  }
  return found.kind === 'class' ? new found.entry.cls() : found.entry.fn;
}
