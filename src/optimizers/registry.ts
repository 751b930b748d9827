/**
 * The optimizer registry: one table from Keras' identifiers to a row (class and course colour).
 * It serves `get`, the `OptimizerIdentifier` type and the palette, and registers every class with
 * `tf.serialization` (under `losslab.<Name>`, so tfjs' own `Adam`, `SGD`, ... stay untouched) so
 * that a saved model's optimizer can be rebuilt. Adding an optimizer: its file and its row here.
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

/** Everything about one optimizer: its class and its colour in every chart of the course. */
export interface OptimizerRow {
  cls: OptimizerClass;
  /** `#rrggbb` (the Tableau-10 order, then two extras). */
  colour: string;
}

const TABLE = {
  sgd: { cls: SGD, colour: '#1f77b4' },
  rmsprop: { cls: RMSprop, colour: '#d62728' },
  adagrad: { cls: Adagrad, colour: '#9467bd' },
  adadelta: { cls: Adadelta, colour: '#8c564b' },
  adam: { cls: Adam, colour: '#e377c2' },
  adamw: { cls: AdamW, colour: '#7f7f7f' },
  adamax: { cls: Adamax, colour: '#bcbd22' },
  nadam: { cls: Nadam, colour: '#17becf' },
  lion: { cls: Lion, colour: '#393b79' },
  ftrl: { cls: Ftrl, colour: '#ad494a' },
};

/** The identifiers `get` accepts (any case): Keras' `keras.optimizers.get` names, from the table. */
export type OptimizerIdentifier = keyof typeof TABLE;

/** The table: Keras' identifier (lower case) -> row. */
export const OPTIMIZER_ROWS: Readonly<Record<OptimizerIdentifier, OptimizerRow>> = TABLE;

/** Keras' identifier (lower case) -> class, derived from the table (read it with own keys only). */
export const OPTIMIZERS: Record<string, OptimizerClass> = Object.fromEntries(
  Object.entries(OPTIMIZER_ROWS).map(([id, row]) => [id, row.cls]),
);

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
