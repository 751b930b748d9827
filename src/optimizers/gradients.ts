/**
 * Turning what tfjs passes to `applyGradients` into (variable, gradient) pairs, and the two
 * gradient checks: shape (free, no data read) and finiteness (one scalar read per step).
 */
import * as tf from '@tensorflow/tfjs';

export interface VariableGradient {
  variable: tf.Variable;
  gradient: tf.Tensor;
}

/** A named tensor, as tfjs' `getWeights` and array-form `applyGradients` use them. */
export interface NamedTensor {
  name: string;
  tensor: tf.Tensor;
}

/** Gradients as tfjs hands them over: a map `{ [variableName]: gradient }` or `[{ name, tensor }]`. */
export type Gradients = tf.NamedTensorMap | NamedTensor[];

/**
 * Looks each variable up by name in `tf.engine().registeredVariables` (where tfjs keeps every
 * `tf.Variable`), skips missing gradients (tfjs passes `null` for variables that do not affect the
 * loss), and checks shapes. `owner` names the optimizer in errors.
 */
export function pairGradients(owner: string, grads: Gradients): VariableGradient[] {
  const entries: Array<[string, tf.Tensor | null | undefined]> = Array.isArray(grads)
    ? grads.map((g): [string, tf.Tensor] => [g.name, g.tensor])
    : Object.entries(grads);
  const registered = tf.engine().registeredVariables;
  const pairs: VariableGradient[] = [];
  for (const [name, gradient] of entries) {
    if (gradient === null || gradient === undefined) continue;
    const variable = registered[name];
    if (variable === undefined) {
      throw new Error(`${owner}.applyGradients: gradients must name registered tf.Variables; got '${name}'`);
    }
    if (!tf.util.arraysEqual(gradient.shape, variable.shape)) {
      throw new Error(
        `${owner}.applyGradients: the gradient for '${name}' must have the variable's shape ` +
          `[${variable.shape}]; got [${gradient.shape}]`,
      );
    }
    pairs.push({ variable, gradient });
  }
  return pairs;
}

/**
 * Throws if any gradient holds NaN or ±Infinity. Cost: one sum per gradient and a single scalar
 * read for the whole step (NaN and infinities survive a sum). Only when that sum is not finite are
 * the gradients inspected one by one, to name the culprit (a finite-but-overflowing sum passes).
 */
export function assertFinite(owner: string, pairs: VariableGradient[]): void {
  if (pairs.length === 0) return;
  const total = tf.tidy(() => tf.addN(pairs.map((p) => tf.sum(p.gradient))));
  const value = total.dataSync()[0];
  total.dispose();
  if (Number.isFinite(value)) return;
  for (const { variable, gradient } of pairs) {
    const finite = tf.tidy(() => tf.all(tf.isFinite(gradient)));
    const ok = finite.dataSync()[0] === 1;
    finite.dispose();
    if (!ok) {
      throw new Error(
        `${owner}.applyGradients: the gradient for '${variable.name}' must be finite; got NaN or Infinity ` +
          '(pass checkFinite: false to skip this check)',
      );
    }
  }
}
