/** Loose name matching and a stable colour for names no table knows (custom losses, labels). */

/** `'Binary_CrossEntropy'` -> `'binarycrossentropy'`: case, `_`, `-` and spaces ignored. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[\s_\-]/g, '');
}

/** Colours for names the course has not registered, picked by a stable hash of the name. */
export const FALLBACK_COLOURS: readonly string[] = [
  '#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948', '#b07aa1', '#ff9da7',
];

/** The same fallback colour for the same (normalised) name, every time. */
export function fallbackColour(name: string): string {
  let hash = 0;
  for (const ch of normaliseName(name)) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return FALLBACK_COLOURS[hash % FALLBACK_COLOURS.length];
}
