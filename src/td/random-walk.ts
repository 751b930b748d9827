/**
 * The random walk of Sutton & Barto (example 6.2): a row of n non-terminal states between two
 * terminal ends. Each step goes left or right with probability 1/2; leaving on the right pays
 * +1, everything else pays 0. Lesson 08 learns its state values with TD(0).
 */

/** One step of experience: from `state`, `reward` and `next` (`null` when the episode ended). */
export interface Transition {
  state: number;
  reward: number;
  next: number | null;
}

/** A random walk over states 0..n-1 that starts in `start` (default the middle one). */
export interface RandomWalk {
  numStates: number;
  start: number;
  /** The reward for leaving on the right. */
  rightReward: number;
}

/**
 * @param options `numStates` n (5, states A..E), `start` (the middle state, floor(n/2)),
 *   `rightReward` (1).
 * @example
 * const walk = td.randomWalk(); // 5 states, start in state 2 ("C")
 */
export function randomWalk(options: { numStates?: number; start?: number; rightReward?: number } = {}): RandomWalk {
  const { numStates = 5, rightReward = 1 } = options;
  if (!Number.isInteger(numStates) || numStates < 1) throw new Error(`randomWalk: numStates must be an integer >= 1; got ${numStates}`);
  const start = options.start ?? Math.floor(numStates / 2);
  if (!Number.isInteger(start) || start < 0 || start >= numStates) {
    throw new Error(`randomWalk: start must be an integer state in [0, ${numStates - 1}]; got ${start}`);
  }
  return { numStates, start, rightReward };
}

/** The transition from `state` when the coin says left (`right = false`) or right. */
export function step(walk: RandomWalk, state: number, right: boolean): Transition {
  const next = right ? state + 1 : state - 1;
  if (next < 0) return { state, reward: 0, next: null };
  if (next >= walk.numStates) return { state, reward: walk.rightReward, next: null };
  return { state, reward: 0, next };
}

/**
 * The true state values $V(s) = \mathbb{E}[G_t \mid S_t = s]$ under discount $\gamma$, from the
 * Bellman equations $V(s) = \tfrac12 (r_L + \gamma V(s-1)) + \tfrac12 (r_R + \gamma V(s+1))$
 * (terminal values 0), solved as a tridiagonal linear system. With $\gamma = 1$ and reward 1 on
 * the right, $V(s) = (s + 1)/(n + 1)$.
 *
 * @param walk the chain; @param gamma discount in [0, 1] (default 1)
 * @returns one value per state
 */
export function trueValues(walk: RandomWalk, gamma = 1): number[] {
  if (!(gamma >= 0 && gamma <= 1)) throw new Error(`trueValues: gamma must be in [0, 1]; got ${gamma}`);
  const n = walk.numStates;
  // Row s: V(s) - (γ/2) V(s-1) - (γ/2) V(s+1) = expected reward of leaving s.
  const diag = new Array<number>(n).fill(1);
  const off = -gamma / 2;
  const rhs = Array.from({ length: n }, (_, s) => (s === n - 1 ? walk.rightReward / 2 : 0));
  // Thomas algorithm: forward elimination, then back substitution.
  const c = new Array<number>(n).fill(0);
  const d = new Array<number>(n).fill(0);
  for (let s = 0; s < n; s++) {
    const denominator = diag[s] - (s > 0 ? off * c[s - 1] : 0);
    c[s] = off / denominator;
    d[s] = (rhs[s] - (s > 0 ? off * d[s - 1] : 0)) / denominator;
  }
  const values = new Array<number>(n).fill(0);
  for (let s = n - 1; s >= 0; s--) values[s] = d[s] - (s < n - 1 ? c[s] * values[s + 1] : 0);
  return values;
}
