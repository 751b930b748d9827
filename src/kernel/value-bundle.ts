/**
 * How a cell's last value is shown: Deno's Jupyter convention. A value with a method
 * `[Symbol.for('Jupyter.display')]()` returns its own MIME bundle (possibly through a promise);
 * anything else is shown as `util.inspect` prints it (what `console.log` shows).
 */
import { inspect } from 'util';

/** The symbol of Deno's kernel (`Deno.jupyter.$display`). */
export const JUPYTER_DISPLAY = Symbol.for('Jupyter.display');

export type Bundle = Record<string, unknown>;

/** The MIME bundle of `value`; it always has `text/plain`. */
export async function valueBundle(value: unknown): Promise<Bundle> {
  const method = (value as { [JUPYTER_DISPLAY]?: unknown } | null | undefined)?.[JUPYTER_DISPLAY];
  if (typeof method === 'function') {
    const bundle = (await method.call(value)) as Bundle | null | undefined;
    if (bundle && typeof bundle === 'object') {
      return 'text/plain' in bundle ? bundle : { ...bundle, 'text/plain': inspect(value) };
    }
  }
  return { 'text/plain': inspect(value) };
}
