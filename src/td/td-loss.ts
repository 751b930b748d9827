/** The squared TD error as a tensor loss, so an optimizer can minimise it. Lesson 08. */
import * as tf from '@tensorflow/tfjs';
import { tdTarget, type TdZeroResult } from './td-zero';
import type { Transition } from './random-walk';

/**
 * The mean squared TD error of a batch of transitions,
 * $$L(V) = \frac1N \sum_i \big(\underbrace{r_i + \gamma V(s'_i)}_{\text{target, held fixed}} - V(s_i)\big)^2$$
 * The targets are read from `values` once and enter as constants (the "semi-gradient"): the
 * gradient only moves $V(s_i)$, towards its target, as TD(0) does.
 *
 * @param values a `[numStates]` tensor (e.g. a `tf.Variable`)
 * @param transitions the batch; @param gamma discount (default 1)
 * @returns a scalar
 */
export function tdLoss(values: tf.Tensor1D, transitions: readonly Transition[], gamma = 1): tf.Scalar {
  if (transitions.length === 0) throw new Error('tdLoss: transitions must not be empty');
  const table = Array.from(values.dataSync());
  return tf.tidy(() => {
    const targets = tf.tensor1d(transitions.map((t) => tdTarget(table, t, gamma)));
    // V(s_i) as one-hot rows times V: unlike gather, its gradient runs on every backend (wasm has no UnsortedSegmentSum).
    const visits = tf.oneHot(tf.tensor1d(transitions.map((t) => t.state), 'int32'), values.shape[0]);
    const current = tf.sum(tf.mul(tf.cast(visits, 'float32'), values), 1);
    return tf.mean(tf.square(tf.sub(targets, current))) as tf.Scalar;
  });
}

/**
 * TD learning by an optimizer: one `minimize(tdLoss)` step per episode (the whole episode is the
 * batch). With plain SGD and learning rate η, a state visited once moves by $2\eta\delta/N$.
 *
 * @param numStates n; @param episodes from `sampleEpisodes`
 * @param optimizer any `tf.Optimizer` (e.g. `tf.train.sgd(0.5)`); @param options `gamma` (1), `initialValue` (0.5)
 * @returns the values after each episode (as {@link tdZero})
 */
export function tdByOptimizer(
  numStates: number, episodes: readonly (readonly Transition[])[], optimizer: tf.Optimizer,
  options: { gamma?: number; initialValue?: number } = {},
): TdZeroResult {
  const { gamma = 1, initialValue = 0.5 } = options;
  const start = tf.fill([numStates], initialValue);
  const v = tf.variable(start) as tf.Variable<tf.Rank.R1>;
  start.dispose();
  const history = [Array.from(v.dataSync())];
  for (const episode of episodes) {
    optimizer.minimize(() => tdLoss(v, episode, gamma), false, [v]);
    history.push(Array.from(v.dataSync()));
  }
  v.dispose();
  return { values: history[history.length - 1], history };
}
