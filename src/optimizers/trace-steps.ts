/**
 * Following an optimizer step by step on a handful of numbers, for lessons and notebooks.
 */
import * as tf from '@tensorflow/tfjs';
import type { Nested, Optimizer } from './optimizer';

export interface StepTrace {
  /** The parameter after each step (as flat arrays). */
  theta: number[][];
  /** The optimizer's state after each step (`getState`: `{ t, ...slots }`); empty for tfjs' built-ins. */
  states: Array<{ [name: string]: Nested }>;
}

/**
 * Applies `gradients` one after the other (given, not computed) to a parameter that starts at
 * `initial`, and records the parameter and the optimizer's state after every step. The parameter
 * is a temporary `tf.Variable`, disposed before returning; the optimizer keeps its slots.
 *
 * @param optimizer a losslab optimizer (or any `tf.Optimizer`, whose state is then not recorded).
 * @param initial $\theta_0$: a number or a flat array.
 * @param gradients $g_1, g_2, \dots$, each shaped like `initial`.
 * @returns `{ theta, states }`, one entry per step.
 * @example
 * traceSteps(new SGD({ learningRate: 0.1, momentum: 0.9 }), 1, [2, 2]).theta // [[0.8], [0.42]]
 */
export function traceSteps(optimizer: tf.Optimizer, initial: number | number[], gradients: Array<number | number[]>): StepTrace {
  const theta = tf.tidy(() => tf.variable(tf.tensor(initial), true));
  const size = theta.size;
  const trace: StepTrace = { theta: [], states: [] };
  try {
    gradients.forEach((g, i) => {
      const gradient = tf.tensor(g);
      if (gradient.size !== size) {
        gradient.dispose();
        throw new Error(`traceSteps: gradients[${i}] must have ${size} entries like initial; got ${[g].flat().length}`);
      }
      optimizer.applyGradients({ [theta.name]: gradient });
      gradient.dispose();
      trace.theta.push(Array.from(theta.dataSync()));
      const withState = optimizer as Partial<Pick<Optimizer, 'getState'>>;
      trace.states.push(typeof withState.getState === 'function' ? withState.getState(theta) : {});
    });
  } finally {
    theta.dispose();
  }
  return trace;
}
