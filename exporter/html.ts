/** Small HTML helpers shared by the site's renderers; escaping is the library's own (`src/display`). */
import { escapeHtml, scriptJson } from '../src/display/escape';

export { escapeHtml };

/** Serialise JSON so it can sit inside `<script type="application/json">` without closing it. */
export function jsonForScript(value: unknown): string {
  return scriptJson(value).replace(/&/g, '\\u0026');
}

/** Join a notebook's multi-line string field (`string | string[]`) into one string. */
export function joinSource(source: string | string[] | undefined): string {
  if (source === undefined) return '';
  return Array.isArray(source) ? source.join('') : source;
}

/** `own(table, key)`: the table's own entry for `key`, never one inherited from `Object.prototype`. */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}
