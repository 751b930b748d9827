/**
 * A cell's value as a MIME bundle: values that know how to display themselves
 * (`[Symbol.for('Jupyter.display')]()`, the convention of Deno's kernel) give their own bundle;
 * strings show as they are; anything else as `util.inspect` would print it.
 */
import { inspect } from './format';
import type { MimeBundle } from './protocol';

const DISPLAY = Symbol.for('Jupyter.display');

export function valueBundle(value: unknown): MimeBundle {
  if (value !== null && (typeof value === 'object' || typeof value === 'function')) {
    const display = (value as Record<symbol, unknown>)[DISPLAY];
    if (typeof display === 'function') return (display as () => MimeBundle).call(value);
  }
  return { 'text/plain': typeof value === 'string' ? value : inspect(value) };
}
