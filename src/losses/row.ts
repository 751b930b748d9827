/**
 * The shape of one row of the loss table (`rows.ts`): everything the library knows about a loss,
 * in one place. The registry, `get`, the catalogue, the guide, the curves and the palette all read
 * these rows; nothing about a loss is stated anywhere else.
 */
import type { CatalogueText } from './catalogue';
import type { CurveSpec, CurveVariable } from './curve-specs';
import type { Loss, LossConfig, LossFunction } from './loss';

/** A loss class: `new cls({ ...options, reduction, name })`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LossClass = new (args?: any & LossConfig) => Loss;

/**
 * What `yTrue` holds next to the model's output, for `losses.compile`: `'dense'` the output's own
 * shape, `'indices'` one integer class per sample (`[batch, 1]` in `fit`), `'sequence'` a label
 * sequence of any length per sample (CTC).
 */
export type Targets = 'dense' | 'indices' | 'sequence';

export interface LossRow<N extends string = string> {
  /** The camelCase function name, e.g. `'meanSquaredError'`: the catalogue's key. */
  name: N;
  /** Keras' function name (snake_case), also the class form's default name where Keras agrees. */
  keras: string;
  /** Keras' class name (PascalCase). */
  className: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  fn: LossFunction<any>;
  cls: LossClass;
  /** Further string identifiers Keras accepts (`'mse'`, `'kld'` ...) plus legacy ones. */
  aliases: readonly string[];
  /** Its colour in every chart of the course, `#rrggbb`. */
  colour: string;
  targets: Targets;
  /** What it is for, in words and LaTeX: the catalogue entry and the guide's card. */
  catalogue: CatalogueText;
  /** Its shape curves, the default first. */
  curves: Partial<Record<CurveVariable, CurveSpec>>;
}

/** A row, its name kept as a literal type (so `LossName` is derived from the table). */
export function row<N extends string>(entry: LossRow<N>): LossRow<N> {
  return entry;
}
