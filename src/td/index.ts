/**
 * Temporal-difference learning on a tiny Markov chain (lesson 08): the random walk, its true
 * values, seeded episodes, tabular TD(0) and the squared TD error as a tensor loss.
 */
export { randomWalk, step, trueValues, type RandomWalk, type Transition } from './random-walk';
export { sampleEpisodes } from './episodes';
export { tdTarget, tdError, rmsError, tdZero, type TdZeroOptions, type TdZeroResult } from './td-zero';
export { tdLoss, tdByOptimizer } from './td-loss';
