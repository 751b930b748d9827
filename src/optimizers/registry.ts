/**
 * The optimizer registry: one table from Keras' identifiers to classes. It serves `get` and
 * registers every class with `tf.serialization` (under `losslab.<Name>`, so tfjs' own `Adam`,
 * `SGD`, ... stay untouched) so that a saved model's optimizer can be rebuilt.
 */
import * as tf from '@tensorflow/tfjs';
import { didYouMean, ownValue, quotedOnce } from '../identifiers';
import { Optimizer, OptimizerOptions } from './optimizer';
import { SGD } from './sgd';
import { RMSprop } from './rmsprop';
import { Adagrad } from './adagrad';
import { Adadelta } from './adadelta';
import { Adam } from './adam';
import { AdamW } from './adamw';
import { Adamax } from './adamax';
import { Nadam } from './nadam';
import { Lion } from './lion';
import { Ftrl } from './ftrl';

/** An optimizer class: constructible from options and known to `tf.serialization`. */
export type OptimizerClass = tf.serialization.SerializableConstructor<Optimizer> & {
  new (options?: OptimizerOptions): Optimizer;
};

/** Keras' identifiers (`keras.optimizers.get`), lower case. */
export const OPTIMIZERS: Record<string, OptimizerClass> = {
  sgd: SGD,
  rmsprop: RMSprop,
  adagrad: Adagrad,
  adadelta: Adadelta,
  adam: Adam,
  adamw: AdamW,
  adamax: Adamax,
  nadam: Nadam,
  lion: Lion,
  ftrl: Ftrl,
};

/** The identifiers `get` accepts (any case). */
export type OptimizerIdentifier = 'sgd' | 'rmsprop' | 'adagrad' | 'adadelta' | 'adam' | 'adamw' | 'adamax' | 'nadam' | 'lion' | 'ftrl';

for (const cls of Object.values(OPTIMIZERS)) tf.serialization.registerClass(cls);

/**
 * An optimizer from a Keras identifier (`'adam'`, `'sgd'`, ... case-insensitive, with Keras'
 * defaults), from `{ className, config }` (as `getConfig` and model files hold it), or an
 * instance (returned as is).
 *
 * @example
 * optimizers.get('adam').learningRate // 0.001
 */
export function get(
  identifier: OptimizerIdentifier | string | Optimizer | { className: string; config: tf.serialization.ConfigDict },
): Optimizer {
  if (identifier instanceof Optimizer) return identifier;
  const known = `expected one of ${quotedOnce(Object.keys(OPTIMIZERS))}, { className, config } or an optimizer`;
  if (typeof identifier === 'string') {
    const cls = ownValue(OPTIMIZERS, identifier.toLowerCase());
    if (cls !== undefined) return new cls();
    throw new Error(`optimizers.get: unknown optimizer '${identifier}'${didYouMean(identifier, Object.keys(OPTIMIZERS))}; ${known}`);
  }
  if (identifier !== null && typeof identifier === 'object' && typeof identifier.className === 'string') {
    const name = identifier.className.replace(/^losslab\./, '');
    const cls = ownValue(OPTIMIZERS, name.toLowerCase());
    if (cls !== undefined) return cls.fromConfig(cls, identifier.config ?? {});
    throw new Error(`optimizers.get: unknown optimizer className '${identifier.className}'${didYouMean(name, Object.keys(OPTIMIZERS))}; ${known}`);
  }
  throw new Error(`optimizers.get: ${known}; got ${JSON.stringify(identifier)}`);
}
