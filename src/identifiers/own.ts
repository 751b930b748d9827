/** Table lookups that read a table's own keys only, never the object prototype. */

/**
 * `table[key]` when `key` is the table's own key, else undefined: `'constructor'`, `'__proto__'`
 * or `'toString'` are unknown names, not `Object`'s members.
 * @example
 * ownValue({ adam: Adam }, 'constructor'); // undefined (while `{ adam: Adam }['constructor']` is `Object`)
 */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}
