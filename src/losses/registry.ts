/**
 * The registry: the table of losses (`rows.ts`) and the ways to look a loss up in it. `get`,
 * `forCompile`, `compile`, the catalogue, the curves, the palette and the tests all read this one
 * table; the `LossName` type is derived from it.
 */
import { LOSS_ROWS } from './rows';
import type { LossRow, Targets } from './row';

export type { LossClass, LossRow, Targets } from './row';

/** The camelCase name of every loss, e.g. `'meanSquaredError'`: the catalogue's key. */
export type LossName = (typeof LOSS_ROWS)[number]['name'];

/** One row of the table. */
export type RegistryEntry = LossRow<LossName>;

/** Every loss, in the catalogue's order (regression, binary, multiclass, segmentation, distributions, similarity, sequences, critics). */
export const REGISTRY: readonly RegistryEntry[] = LOSS_ROWS;

type Found = { entry: RegistryEntry; kind: 'function' | 'class' };

/** The row a string names, and whether it named the class (Keras: class names give instances). */
export function lookup(identifier: string): Found | undefined {
  for (const entry of REGISTRY) {
    if (identifier === entry.className) return { entry, kind: 'class' };
    if (identifier === entry.name || identifier === entry.keras || entry.aliases.includes(identifier)) {
      return { entry, kind: 'function' };
    }
  }
  return undefined;
}

/** The row of a function form or a class instance, if it is one of ours. */
export function entryOf(loss: unknown): RegistryEntry | undefined {
  return REGISTRY.find((e) => e.fn === loss || (typeof loss === 'object' && loss instanceof e.cls));
}

/** Every string `get` accepts, each once, for error messages and tests. */
export function knownIdentifiers(): string[] {
  return [...new Set(REGISTRY.flatMap((e) => [e.name, e.keras, e.className, ...e.aliases]))];
}

/** The row of a string identifier, a function form or a class instance (undefined for custom losses). */
export function rowOf(loss: unknown): RegistryEntry | undefined {
  return typeof loss === 'string' ? lookup(loss)?.entry : entryOf(loss);
}

/** What a loss's `yTrue` holds next to the model's output (`'dense'` for custom losses). */
export function targetsOf(loss: unknown): Targets {
  return rowOf(loss)?.targets ?? 'dense';
}

/** Whether a loss can read logits (it has the `fromLogits` option); false for custom losses. */
export function acceptsLogits(loss: unknown): boolean {
  return rowOf(loss)?.catalogue.options.includes('fromLogits') ?? false;
}
