/** "Did you mean ...?": the known names nearest to a mistyped one, for error messages. */

/** Levenshtein distance: the fewest insertions, deletions and substitutions from a to b. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * The known names closest to `name` (case ignored), nearest first, each once; only those within
 * a third of the name's length (at least 2 edits), at most `limit`.
 * @example
 * nearestNames('mean_sqared_error', ['mse', 'mean_squared_error']); // ['mean_squared_error']
 */
export function nearestNames(name: string, known: readonly string[], limit = 3): string[] {
  const target = name.toLowerCase();
  const allowed = Math.max(2, Math.floor(target.length / 3));
  return [...new Set(known)]
    .map((candidate) => ({ candidate, distance: editDistance(target, candidate.toLowerCase()) }))
    .filter(({ distance }) => distance <= allowed)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

/** `" (did you mean 'a' or 'b'?)"` for the nearest known names, or `''` when none is near. */
export function didYouMean(name: string, known: readonly string[]): string {
  const near = nearestNames(name, known).map((n) => `'${n}'`);
  if (near.length === 0) return '';
  const list = near.length === 1 ? near[0] : `${near.slice(0, -1).join(', ')} or ${near[near.length - 1]}`;
  return ` (did you mean ${list}?)`;
}

/** `'a', 'b', 'c'`: each name once, quoted, in the given order. */
export function quotedOnce(names: readonly string[]): string {
  return [...new Set(names)].map((n) => `'${n}'`).join(', ');
}
