/** Seeded episodes of a random walk, as lists of transitions. */
import { createRng } from '../random';
import { step, type RandomWalk, type Transition } from './random-walk';

/**
 * @param walk the chain; @param options `episodes` (100), `seed` (42)
 * @returns one array of transitions per episode, each ending with `next: null`
 * @example
 * const episodes = td.sampleEpisodes(td.randomWalk(), { episodes: 100, seed: 1 });
 */
export function sampleEpisodes(walk: RandomWalk, options: { episodes?: number; seed?: number } = {}): Transition[][] {
  const { episodes = 100, seed = 42 } = options;
  if (!Number.isInteger(episodes) || episodes < 0) throw new Error(`sampleEpisodes: episodes must be an integer >= 0; got ${episodes}`);
  const rng = createRng(seed);
  return Array.from({ length: episodes }, () => {
    const transitions: Transition[] = [];
    let state: number | null = walk.start;
    while (state !== null) {
      const t = step(walk, state, rng.next() < 0.5);
      transitions.push(t);
      state = t.next;
    }
    return transitions;
  });
}
