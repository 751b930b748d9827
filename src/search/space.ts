/**
 * A search space: for each hyperparameter, the values to try. Grid search takes every combination
 * of listed values; random search draws each key independently, from a list or a distribution.
 *
 * @example
 * const space = { learningRate: [0.001, 0.01, 0.1], optimizer: ['sgd', 'adam'], batchSize: [8, 32] };
 * gridConfigs(space).length; // 3 * 2 * 2 = 12
 */
import type { Rng } from '../random';

/** A hyperparameter value as it appears in a configuration and a results table. */
export type HyperValue = number | string | boolean;

/** One configuration: a value per hyperparameter, e.g. `{ learningRate: 0.01, optimizer: 'adam' }`. */
export type SearchConfig = { [key: string]: HyperValue };

/** A continuous range for random search: uniform, log-uniform (for learning rates) or integer. */
export type Distribution =
  | { uniform: [number, number] }
  | { logUniform: [number, number] }
  | { intUniform: [number, number] };

/** Grid search accepts lists only; random search also accepts distributions. */
export type GridSpace = { [key: string]: readonly HyperValue[] };
export type RandomSpace = { [key: string]: readonly HyperValue[] | Distribution };

function checkKeys(space: object, caller: string): string[] {
  if (space === null || typeof space !== 'object') throw new Error(`${caller}: space must be an object; got ${String(space)}`);
  const keys = Object.keys(space);
  if (keys.length === 0) throw new Error(`${caller}: the search space is empty; give at least one hyperparameter`);
  return keys;
}

function checkList(key: string, values: readonly HyperValue[], caller: string): void {
  if (values.length === 0) throw new Error(`${caller}: '${key}' has no values to try; got []`);
}

/**
 * Every combination of the listed values (the Cartesian product), the last key varying fastest.
 * @returns $\prod_k |\text{space}[k]|$ configurations.
 */
export function gridConfigs(space: GridSpace): SearchConfig[] {
  const keys = checkKeys(space, 'gridSearch');
  let configs: SearchConfig[] = [{}];
  for (const key of keys) {
    const values = space[key];
    if (!Array.isArray(values)) {
      throw new Error(`gridSearch: '${key}' must be a list of values (distributions are for randomSearch); got ${JSON.stringify(values)}`);
    }
    checkList(key, values, 'gridSearch');
    configs = configs.flatMap((partial) => values.map((value) => ({ ...partial, [key]: value })));
  }
  return configs;
}

function checkRange(key: string, [low, high]: [number, number], positive: boolean): void {
  if (!(Number.isFinite(low) && Number.isFinite(high) && low <= high) || (positive && !(low > 0))) {
    const need = positive ? '0 < low <= high' : 'finite low <= high';
    throw new Error(`randomSearch: '${key}' needs ${need}; got [${low}, ${high}]`);
  }
}

/** One draw of one hyperparameter. Log-uniform: $\exp(U(\ln a, \ln b))$, so each decade is as likely. */
function draw(key: string, entry: readonly HyperValue[] | Distribution, rng: Rng): HyperValue {
  if (Array.isArray(entry)) {
    checkList(key, entry, 'randomSearch');
    return entry[rng.int(0, entry.length)];
  }
  const d = entry as Distribution;
  if ('uniform' in d) {
    checkRange(key, d.uniform, false);
    return rng.uniform(d.uniform[0], d.uniform[1]);
  }
  if ('logUniform' in d) {
    checkRange(key, d.logUniform, true);
    return Math.exp(rng.uniform(Math.log(d.logUniform[0]), Math.log(d.logUniform[1])));
  }
  if ('intUniform' in d) {
    checkRange(key, d.intUniform, false);
    return rng.int(Math.ceil(d.intUniform[0]), Math.floor(d.intUniform[1]) + 1);
  }
  throw new Error(`randomSearch: '${key}' must be a list or { uniform | logUniform | intUniform: [low, high] }; got ${JSON.stringify(entry)}`);
}

/** `trials` configurations drawn independently with `rng` (same seed, same draws). */
export function randomConfigs(space: RandomSpace, trials: number, rng: Rng): SearchConfig[] {
  const keys = checkKeys(space, 'randomSearch');
  if (!Number.isInteger(trials) || trials < 1) throw new Error(`randomSearch: trials must be an integer >= 1; got ${trials}`);
  // fromEntries makes own properties, whatever the key (an assignment to '__proto__' would not).
  return Array.from({ length: trials }, (): SearchConfig => Object.fromEntries(keys.map((key) => [key, draw(key, space[key], rng)])));
}
