/**
 * The browser build's `util`: the library asks it for `inspect` (and `inspect.custom`, the symbol
 * Node reads, which is `Symbol.for('nodejs.util.inspect.custom')`), so values print in the browser
 * as they print in Node.
 */
import { formatArgs, inspect as inspectValue } from '../format';

export const inspect = Object.assign((value: unknown) => inspectValue(value), { custom: Symbol.for('nodejs.util.inspect.custom') });

/** `util.format` for the arguments of `console.log`. */
export function format(...args: unknown[]): string {
  return formatArgs(args);
}

export default { inspect, format };
