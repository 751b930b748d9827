/**
 * TD(0): learn state values from one step of experience at a time, by nudging V(s) towards the
 * bootstrapped target $r + \gamma V(s')$. Lesson 08.
 */
import type { Transition } from './random-walk';

/** The TD(0) target $r + \gamma V(s')$, with $V(\text{terminal}) = 0$. */
export function tdTarget(values: readonly number[], t: Transition, gamma: number): number {
  return t.reward + (t.next === null ? 0 : gamma * values[t.next]);
}

/** The TD error $\delta = r + \gamma V(s') - V(s)$. */
export function tdError(values: readonly number[], t: Transition, gamma: number): number {
  return tdTarget(values, t, gamma) - values[t.state];
}

/** Root-mean-square distance between two value tables. */
export function rmsError(values: readonly number[], reference: readonly number[]): number {
  return Math.sqrt(values.reduce((s, v, i) => s + (v - reference[i]) ** 2, 0) / values.length);
}

export interface TdZeroOptions {
  /** Step size α (default 0.1). */
  alpha?: number;
  /** Discount γ (default 1). */
  gamma?: number;
  /** Starting value of every state (default 0.5). */
  initialValue?: number;
}

/** The values after each episode: `history[0]` is the start, `history[k]` after k episodes. */
export interface TdZeroResult {
  values: number[];
  history: number[][];
}

/**
 * Tabular TD(0) over a list of episodes: after each transition
 * $$V(s) \leftarrow V(s) + \alpha\,\delta, \qquad \delta = r + \gamma V(s') - V(s)$$
 * which is one gradient step on the squared TD error $\tfrac12\delta^2$ with the target held fixed.
 *
 * @param numStates n; @param episodes from `sampleEpisodes`; @param options see {@link TdZeroOptions}
 * @example
 * const run = td.tdZero(5, td.sampleEpisodes(td.randomWalk(), { episodes: 100 }), { alpha: 0.1 });
 */
export function tdZero(numStates: number, episodes: readonly (readonly Transition[])[], options: TdZeroOptions = {}): TdZeroResult {
  const { alpha = 0.1, gamma = 1, initialValue = 0.5 } = options;
  if (!(alpha > 0 && alpha <= 1)) throw new Error(`tdZero: alpha must be in (0, 1]; got ${alpha}`);
  if (!(gamma >= 0 && gamma <= 1)) throw new Error(`tdZero: gamma must be in [0, 1]; got ${gamma}`);
  const values = new Array<number>(numStates).fill(initialValue);
  const history = [values.slice()];
  for (const episode of episodes) {
    for (const t of episode) values[t.state] += alpha * tdError(values, t, gamma);
    history.push(values.slice());
  }
  return { values, history };
}
