/** Test helpers: run an optimizer on given gradients, compare arrays with numpy-style tolerances. */
import assert from 'node:assert/strict';
import { tf, optimizers } from '../../src';

let counter = 0;
/** A fresh, uniquely named variable (tfjs' variable names are global). */
export function freshVariable(values: number | number[] | number[][], prefix = 'w'): tf.Variable {
  counter += 1;
  return tf.tidy(() => tf.variable(tf.tensor(values), true, `${prefix}_${counter}`));
}

/** Applies `grads` one step each (map form) and returns the variable's values after every step. */
export function runSteps(
  opt: tf.Optimizer,
  initial: number | number[] | number[][],
  grads: Array<number | number[] | number[][]>,
): number[][] {
  const w = freshVariable(initial);
  const after: number[][] = [];
  for (const g of grads) {
    const gradient = tf.tensor(g);
    opt.applyGradients({ [w.name]: gradient });
    gradient.dispose();
    after.push(Array.from(w.dataSync()));
  }
  w.dispose();
  return after;
}

/** numpy.allclose: |a - e| <= atol + rtol * |e| for every element. */
export function assertClose(actual: number[] | number, expected: number[] | number, atol: number, rtol = 0, what = ''): void {
  const a = ([] as number[]).concat(actual);
  const e = ([] as number[]).concat(expected);
  assert.equal(a.length, e.length, `${what}: length ${a.length} vs ${e.length}`);
  a.forEach((x, i) => {
    const ok = Math.abs(x - e[i]) <= atol + rtol * Math.abs(e[i]);
    assert.ok(ok, `${what}[${i}]: got ${x}, expected ${e[i]} (atol ${atol}, rtol ${rtol})`);
  });
}

/** Keras' snake_case constructor arguments -> losslab's camelCase options. */
export function camelCaseArgs(args: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(args)) out[k.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())] = v;
  return out;
}

/** An optimizer class by its Keras class name (`'RMSprop'`). */
export function optimizerClass(kerasName: string): optimizers.OptimizerClass {
  const cls = optimizers.OPTIMIZERS[kerasName.toLowerCase()];
  assert.ok(cls, `no optimizer for ${kerasName}`);
  return cls;
}

/** A seeded sequence of gradients with the given shape, mixing signs and magnitudes. */
export function gradientSequence(seed: number, steps: number, size: number): number[][] {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  return Array.from({ length: steps }, () => Array.from({ length: size }, () => (next() - 0.5) * (0.1 + 3 * next())));
}
