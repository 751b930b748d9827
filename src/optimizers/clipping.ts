/**
 * Gradient clipping as Keras 3 does it, applied to all gradients of one step before any update.
 *
 * - `clipnorm` $c$: each gradient on its own, $g \leftarrow g \cdot c / \max(\lVert g \rVert_2, c)$.
 * - `globalClipnorm` $c$: all gradients together, with the norm of their concatenation
 *   $N = \sqrt{\sum_i \lVert g_i \rVert_2^2}$: $g_i \leftarrow g_i \cdot c / \max(N, c)$.
 * - `clipvalue` $c$: each element, $g \leftarrow \min(\max(g, -c), c)$.
 *
 * At most one of the three may be set (as in Keras).
 */
import * as tf from '@tensorflow/tfjs';

export interface ClipOptions {
  clipnorm: number | null;
  clipvalue: number | null;
  globalClipnorm: number | null;
}

/** $g \cdot c / \max(\lVert g \rVert_2, c)$: unchanged when the norm is at most $c$. */
export function clipByNorm(g: tf.Tensor, c: number): tf.Tensor {
  return tf.tidy(() => tf.div(tf.mul(g, c), tf.maximum(tf.norm(g), c)));
}

/** Scales every gradient by $c / \max(N, c)$, $N$ the global norm. Returns new tensors. */
export function clipByGlobalNorm(grads: tf.Tensor[], c: number): tf.Tensor[] {
  return tf.tidy(() => {
    const squaredNorms = grads.map((g) => tf.sum(tf.square(g)));
    const globalNorm = tf.sqrt(tf.addN(squaredNorms));
    const scale = tf.div(c, tf.maximum(globalNorm, c));
    return grads.map((g) => tf.mul(g, scale));
  });
}

/**
 * Applies whichever clipping is configured. Returns the same tensors when none is (no copy), so
 * the caller must not dispose the result unless it differs from the input.
 */
export function clipGradients(grads: tf.Tensor[], options: ClipOptions): tf.Tensor[] {
  const { clipnorm, clipvalue, globalClipnorm } = options;
  if (clipnorm !== null) return grads.map((g) => clipByNorm(g, clipnorm));
  if (globalClipnorm !== null) return clipByGlobalNorm(grads, globalClipnorm);
  if (clipvalue !== null) return grads.map((g) => tf.clipByValue(g, -clipvalue, clipvalue));
  return grads;
}

/** Throws unless at most one clipping option is set (Keras' rule). */
export function checkOneClip(owner: string, options: ClipOptions): void {
  const set = Object.entries(options).filter(([, v]) => v !== null);
  if (set.length > 1) {
    const got = set.map(([k, v]) => `${k}=${v}`).join(', ');
    throw new Error(`${owner}: set at most one of clipnorm, clipvalue and globalClipnorm; got ${got}`);
  }
}
