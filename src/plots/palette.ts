/**
 * The course's colours: one fixed colour per optimizer and per loss, so that Adam is the same
 * pink in lesson 9, lesson 10 and the capstone. This file is the single source of colours;
 * other modules (losses, callbacks, the site) import from here.
 *
 * Names are matched loosely: case, `_`, `-` and spaces are ignored, so `'Adam'`, `'adam'`,
 * `'binary_crossentropy'` and `'binaryCrossentropy'` all find their colour.
 */
import { ownValue } from '../identifiers';

/** One colour per optimizer (the Tableau-10 order, then two extras). */
export const OPTIMIZER_COLOURS: Readonly<Record<string, string>> = {
  sgd: '#1f77b4',
  momentum: '#ff7f0e',
  nesterov: '#2ca02c',
  rmsprop: '#d62728',
  adagrad: '#9467bd',
  adadelta: '#8c564b',
  adam: '#e377c2',
  adamw: '#7f7f7f',
  adamax: '#bcbd22',
  nadam: '#17becf',
  lion: '#393b79',
  ftrl: '#ad494a',
};

/** One colour per loss in the catalogue; aliases share their loss's colour. */
export const LOSS_COLOURS: Readonly<Record<string, string>> = {
  mse: '#1f77b4',
  mae: '#ff7f0e',
  huber: '#2ca02c',
  logcosh: '#d62728',
  msle: '#9467bd',
  mape: '#8c564b',
  binarycrossentropy: '#e377c2',
  binaryfocalcrossentropy: '#7f7f7f',
  hinge: '#bcbd22',
  squaredhinge: '#17becf',
  categoricalcrossentropy: '#393b79',
  sparsecategoricalcrossentropy: '#637939',
  categoricalhinge: '#8c6d31',
  categoricalfocalcrossentropy: '#843c39',
  kldivergence: '#7b4173',
  poisson: '#3182bd',
  cosinesimilarity: '#e6550d',
  wasserstein: '#31a354',
  weightedbinarycrossentropy: '#6b6ecf',
  categoricalgeneralizedcrossentropy: '#de9ed6',
  dice: '#756bb1',
  tversky: '#fd8d3c',
  circle: '#74c476',
  ctc: '#636363',
  zeroone: '#000000',
};

const LOSS_ALIASES: Readonly<Record<string, string>> = {
  meansquarederror: 'mse',
  meanabsoluteerror: 'mae',
  meansquaredlogarithmicerror: 'msle',
  meanabsolutepercentageerror: 'mape',
  bce: 'binarycrossentropy',
  logloss: 'binarycrossentropy',
  focal: 'binaryfocalcrossentropy',
  cce: 'categoricalcrossentropy',
  kld: 'kldivergence',
  kullbackleiblerdivergence: 'kldivergence',
  cosine: 'cosinesimilarity',
  huberloss: 'huber',
};

/** Colours for the roles every loss chart has: training and validation. */
export const ROLE_COLOURS = { train: '#1f77b4', validation: '#ff7f0e', marker: '#444444' } as const;

/** Colours for names the course has not registered, picked by a stable hash of the name. */
export const FALLBACK_COLOURS: readonly string[] = [
  '#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948', '#b07aa1', '#ff9da7',
];

/** `'Binary_CrossEntropy'` -> `'binarycrossentropy'`. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[\s_\-]/g, '');
}

function fallbackColour(name: string): string {
  let hash = 0;
  for (const ch of normaliseName(name)) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return FALLBACK_COLOURS[hash % FALLBACK_COLOURS.length];
}

/** The colour of an optimizer, e.g. `optimizerColour('adam') === '#e377c2'`. */
export function optimizerColour(name: string): string {
  return ownValue(OPTIMIZER_COLOURS, normaliseName(name)) ?? fallbackColour(name);
}

/** The colour of a loss, e.g. `lossColour('huber') === '#2ca02c'`; aliases such as `'meanSquaredError'` work. */
export function lossColour(name: string): string {
  const key = normaliseName(name);
  return ownValue(LOSS_COLOURS, ownValue(LOSS_ALIASES, key) ?? key) ?? fallbackColour(name);
}

/**
 * The colour for any series name: an optimizer's, else a loss's, else a stable fallback.
 * Builders colour traces with this, so a trajectory called `'adam'` is always Adam's pink.
 */
export function colourFor(name: string): string {
  // 'adam (lr=0.01)' and 'huber, delta=1' keep the colour of their first word.
  const candidates = [normaliseName(name), normaliseName(name.split(/[\s(,:=]/)[0] ?? '')];
  for (const key of candidates) {
    const known = ownValue(OPTIMIZER_COLOURS, key) ?? ownValue(LOSS_COLOURS, ownValue(LOSS_ALIASES, key) ?? key);
    if (known) return known;
  }
  return fallbackColour(name);
}
