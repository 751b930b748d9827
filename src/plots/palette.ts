/**
 * The course's colours: one fixed colour per optimizer and per loss, so that Adam is the same
 * pink in lesson 9, lesson 10 and the capstone. The colours live in the rows of the two tables
 * (`losses/rows.ts`, `optimizers/registry.ts`); this file derives the lookups from them and adds
 * the few legend words that are not identifiers (SGD's momentum and Nesterov variants, '0-1 loss').
 *
 * Names are matched loosely: case, `_`, `-` and spaces are ignored, so `'Adam'`, `'adam'`,
 * `'binary_crossentropy'` and `'binaryCrossentropy'` all find their colour.
 */
import { fallbackColour, normaliseName, ownValue } from '../identifiers';
import { REGISTRY } from '../losses/registry';
import { OPTIMIZER_ROWS } from '../optimizers/registry';

export { FALLBACK_COLOURS, normaliseName } from '../identifiers';

/** One colour per optimizer identifier (from its row), plus SGD's two variants as lesson 09 names them. */
export const OPTIMIZER_COLOURS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(OPTIMIZER_ROWS).map(([id, row]) => [id, row.colour])),
  momentum: '#ff7f0e',
  nesterov: '#2ca02c',
};

/** One colour per loss (from its row), keyed by its normalised Keras name, plus the 0-1 loss of lesson 05. */
export const LOSS_COLOURS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(REGISTRY.map((row) => [normaliseName(row.keras), row.colour])),
  zeroone: '#000000',
};

/** Legend words that name a loss without being one of its identifiers. */
const LEGEND_WORDS: Readonly<Record<string, string>> = { logloss: 'bce', focal: 'binary_focal_crossentropy', cosine: 'cosine_similarity' };

/** Every normalised identifier of every loss (name, Keras name, class name, aliases) -> its colour. */
const LOSS_LOOKUP: Readonly<Record<string, string>> = Object.fromEntries([
  ...REGISTRY.flatMap((row) => [row.name, row.keras, row.className, ...row.aliases].map((id) => [normaliseName(id), row.colour])),
  ...Object.entries(LOSS_COLOURS),
]);

function knownLossColour(key: string): string | undefined {
  return ownValue(LOSS_LOOKUP, normaliseName(ownValue(LEGEND_WORDS, key) ?? key));
}

/** Colours for the roles every loss chart has: training and validation. */
export const ROLE_COLOURS = { train: '#1f77b4', validation: '#ff7f0e', marker: '#444444' } as const;

/** The colour of an optimizer, e.g. `optimizerColour('adam') === '#e377c2'`. */
export function optimizerColour(name: string): string {
  return ownValue(OPTIMIZER_COLOURS, normaliseName(name)) ?? fallbackColour(name);
}

/** The colour of a loss, e.g. `lossColour('huber') === '#2ca02c'`; aliases such as `'meanSquaredError'` work. */
export function lossColour(name: string): string {
  return knownLossColour(normaliseName(name)) ?? fallbackColour(name);
}

/**
 * The colour for any series name: an optimizer's, else a loss's, else a stable fallback.
 * Builders colour traces with this, so a trajectory called `'adam'` is always Adam's pink.
 */
export function colourFor(name: string): string {
  // 'adam (lr=0.01)' and 'huber, delta=1' keep the colour of their first word.
  const candidates = [normaliseName(name), normaliseName(name.split(/[\s(,:=]/)[0] ?? '')];
  for (const key of candidates) {
    const known = ownValue(OPTIMIZER_COLOURS, key) ?? knownLossColour(key);
    if (known) return known;
  }
  return fallbackColour(name);
}
