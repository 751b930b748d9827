/**
 * The session seed: Python users write `keras.utils.set_random_seed(42)`; this is its twin.
 *
 * TensorFlow.js draws the seed of every unseeded random op (weight initialisers, dropout,
 * `tf.randomNormal` without a seed) from `Math.random`. Replacing `Math.random` with a seeded
 * generator therefore makes a whole notebook reproducible, layers included.
 */
import { createRng } from './rng';

const nativeRandom = Math.random;
let currentSeed: number | undefined;

/** Seeds `Math.random` (and so every unseeded tfjs random op). */
export function setSeed(seed: number): void {
  const rng = createRng(seed);
  Math.random = rng.next;
  currentSeed = seed;
}

/** The seed given to the last `setSeed`, if any. */
export function getSeed(): number | undefined {
  return currentSeed;
}

/** Gives `Math.random` back its native, unseeded generator. */
export function clearSeed(): void {
  Math.random = nativeRandom;
  currentSeed = undefined;
}
