/**
 * A cell's value as a MIME bundle, as the Jupyter kernel shows it (`src/kernel/value-bundle.ts`):
 * values that know how to display themselves (`[Symbol.for('Jupyter.display')]()`, the convention of
 * Deno's kernel) give their own bundle; anything else shows as `util.inspect` prints it.
 */
import { inspect } from './format';
import type { MimeBundle } from './protocol';

const DISPLAY = Symbol.for('Jupyter.display');

export async function valueBundle(value: unknown): Promise<MimeBundle> {
  if (value !== null && (typeof value === 'object' || typeof value === 'function')) {
    const display = (value as Record<symbol, unknown>)[DISPLAY];
    if (typeof display === 'function') {
      const bundle = (await (display as () => MimeBundle | Promise<MimeBundle>).call(value)) as MimeBundle | null;
      if (bundle && typeof bundle === 'object') return 'text/plain' in bundle ? bundle : { ...bundle, 'text/plain': inspect(value) };
    }
  }
  return { 'text/plain': inspect(value) };
}
