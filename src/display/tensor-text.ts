/**
 * Tensors show their numbers: `console.log(t)`, `util.inspect(t)` and a cell's last value print
 * what `t.print()` prints (dtype, rank, shape, values) instead of the object's internals
 * (`Tensor { kept: false, isDisposedInternal: false, ... dataId ... }`). Installed on tfjs'
 * `Tensor` class when the library is loaded; in the course's kernel the last value of a cell uses
 * the `Symbol.for('Jupyter.display')` method (Deno's convention), elsewhere `util.inspect.custom`.
 */
import * as tf from '@tensorflow/tfjs';
import { inspect } from 'util';

/** Deno's Jupyter display symbol: a method returning a MIME bundle. */
export const JUPYTER_DISPLAY = Symbol.for('Jupyter.display');

/** What `tensor.print()` prints, as a string; a disposed tensor says so instead of throwing. */
export function tensorText(tensor: tf.Tensor): string {
  if (tensor.isDisposed) return `Tensor (disposed)\n  dtype: ${tensor.dtype}\n  shape: [${tensor.shape.join(',')}]`;
  return tensor.toString(true).trimEnd();
}

function define(key: symbol, value: (this: tf.Tensor) => unknown): void {
  Object.defineProperty(tf.Tensor.prototype, key, { value, enumerable: false, configurable: true, writable: true });
}

define(inspect.custom, function () { return tensorText(this); });
define(JUPYTER_DISPLAY, function () { return { 'text/plain': tensorText(this) }; });
