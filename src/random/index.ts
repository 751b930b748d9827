export { createRng, type Rng } from './rng';
export { setSeed, getSeed, clearSeed } from './seed';
