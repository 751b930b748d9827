/**
 * A small seeded random number generator, so that every dataset, shuffle and initial weight
 * of the course is the same on every run.
 *
 * The core is mulberry32: a 32-bit state advanced by a constant and scrambled; fast, and good
 * enough for teaching data (it is not for cryptography).
 */
export interface Rng {
  /** A float uniform in [0, 1). */
  next(): number;
  /** A float uniform in [low, high). */
  uniform(low?: number, high?: number): number;
  /** A float from the normal distribution N(mean, std^2) (Box-Muller). */
  normal(mean?: number, std?: number): number;
  /** An integer uniform in [low, high). */
  int(low: number, high: number): number;
  /** A count from the Poisson distribution with mean `rate` (Knuth's method; fine for small rates). */
  poisson(rate: number): number;
  /** A new array with the elements of `items` in random order (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[];
}

/** Returns a seeded generator; the same seed gives the same sequence. */
export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new Error(`createRng: seed must be a finite number; got ${seed}`);
  let state = Math.floor(seed) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng: Rng = {
    next,
    uniform: (low = 0, high = 1) => low + (high - low) * next(),
    normal: (mean = 0, std = 1) => {
      const u1 = 1 - next(); // in (0, 1]: log(u1) stays finite
      const u2 = next();
      return mean + std * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    },
    int: (low, high) => {
      if (!(high > low)) throw new Error(`Rng.int: expected high > low; got low=${low}, high=${high}`);
      return low + Math.floor(next() * (high - low));
    },
    poisson: (rate) => {
      if (!(rate >= 0) || !Number.isFinite(rate)) {
        throw new Error(`Rng.poisson: rate must be a finite number >= 0; got ${rate}`);
      }
      const limit = Math.exp(-rate);
      let count = 0;
      let product = next();
      while (product > limit) {
        count += 1;
        product *= next();
      }
      return count;
    },
    shuffle: (items) => {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
  };
  return rng;
}
