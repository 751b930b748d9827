/**
 * The catalogue: what each loss is for, in data, so the notebooks and the site render the
 * "which loss for which task" guide from one source. Each entry is the `catalogue` field of the
 * loss's row in `rows.ts`, with its name; colours come from the rows too.
 */
import { fallbackColour } from '../identifiers';
import { lookup, REGISTRY, type LossName } from './registry';

/** The task a loss serves. */
export type Task =
  | 'regression' | 'binary' | 'multiclass' | 'segmentation' | 'distribution' | 'counts' | 'similarity' | 'sequence' | 'critic';

/** What `yPred` must hold. */
export type Prediction =
  | 'real' | 'positive' | 'probabilities' | 'probabilities-or-logits' | 'scores' | 'distribution' | 'rates' | 'vectors'
  | 'unit-vectors' | 'frame-logits';

/** A catalogue entry as a row states it (without the name, which the row holds). */
export interface CatalogueText {
  /** Display name, e.g. `'Huber'`. */
  title: string;
  task: Task;
  /** What `yTrue` holds, in words. */
  yTrue: string;
  yPred: Prediction;
  /** The per-element formula in LaTeX (the function form averages or sums it over the last axis). */
  formula: string;
  /** The values the loss can take, in LaTeX. */
  range: string;
  /** How it treats a few very wrong samples. */
  outliers: string;
  /** When to pick it. */
  whenToPick: string;
  /** The options it takes (camelCase). */
  options: readonly string[];
}

export interface CatalogueEntry extends CatalogueText {
  name: LossName;
}

/** Every loss of the registry, same order. */
export const CATALOGUE: readonly CatalogueEntry[] = REGISTRY.map((e) => ({ name: e.name, ...e.catalogue }));

/** The catalogue entry of any identifier `get` understands (`'mse'`, `'Huber'`, `'huber'` ...). */
export function catalogueEntry(identifier: string): CatalogueEntry {
  const found = lookup(identifier);
  const entry = found && CATALOGUE.find((e) => e.name === found.entry.name);
  if (entry === undefined) {
    throw new Error(`catalogueEntry: unknown loss '${identifier}'; expected one of ${REGISTRY.map((e) => e.name).join(', ')}`);
  }
  return entry;
}

/** The losses serving a task, e.g. `lossesFor('regression')`. */
export function lossesFor(task: Task): CatalogueEntry[] {
  return CATALOGUE.filter((e) => e.task === task);
}

/**
 * The stable plot colour of a loss (any identifier): its row's colour, so a loss has the same
 * colour in every chart; a name the registry does not know gets a stable fallback colour.
 */
export function lossColour(identifier: string): string {
  return lookup(identifier)?.entry.colour ?? fallbackColour(identifier);
}
