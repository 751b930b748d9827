/**
 * Text for `console.log` arguments and a cell's value, as Node's `util.inspect` writes the values a
 * course prints (numbers, strings, arrays, plain objects, Maps, Sets, errors, tensors), so the
 * in-browser kernel prints what the Jupyter kernel prints.
 */

const BREAK_LENGTH = 72;

function key(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name.replace(/'/g, "\\'")}'`;
}

/** Node's choice of quotes: single, else double when the text holds a single quote, else backticks. */
function quoteString(text: string): string {
  const escaped = text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
  if (!text.includes("'")) return `'${escaped}'`;
  if (!text.includes('"')) return `"${escaped}"`;
  if (!text.includes('`') && !text.includes('${')) return `\`${escaped}\``;
  return `'${escaped.replace(/'/g, "\\'")}'`;
}

function join(open: string, items: string[], close: string, depthPrefix = ''): string {
  if (items.length === 0) return `${open}${close}`;
  const oneLine = `${open} ${items.join(', ')} ${close}`;
  if (oneLine.length <= BREAK_LENGTH && !items.some((i) => i.includes('\n'))) return oneLine;
  const indent = `${depthPrefix}  `;
  return `${open}\n${items.map((i) => indent + i.replace(/\n/g, `\n${indent}`)).join(',\n')}\n${depthPrefix}${close}`;
}

/** Node's grouping of long arrays of short items into aligned columns (util.inspect's groupArrayElements). */
function groupArray(items: string[]): string[] {
  if (items.length <= 6) return items;
  const totalLength = items.reduce((sum, i) => sum + i.length, 0) + items.length * 2;
  const maxLength = Math.max(...items.map((i) => i.length)) + 2;
  if (maxLength * 3 + 2 >= BREAK_LENGTH + 8 || totalLength / maxLength <= 5) return items;
  const approxCharHeights = 2.5;
  const averageBias = Math.sqrt(maxLength - totalLength / items.length);
  const biasedMax = Math.max(maxLength - 3 - averageBias, 1);
  const columns = Math.min(
    Math.round(Math.sqrt(approxCharHeights * biasedMax * items.length) / biasedMax),
    Math.floor((80 - items.length.toString().length) / maxLength),
    4 * approxCharHeights,
    15,
  );
  if (columns <= 1) return items;
  const widths: number[] = [];
  for (let c = 0; c < columns; c++) {
    let width = 0;
    for (let j = c; j < items.length; j += columns) width = Math.max(width, items[j].length + 2);
    widths.push(width);
  }
  const numeric = items.every((i) => /^-?[\d.e+-]+$|^NaN$|^-?Infinity$/.test(i));
  const grouped: string[] = [];
  for (let i = 0; i < items.length; i += columns) {
    const row: string[] = [];
    const end = Math.min(i + columns, items.length);
    for (let j = i; j < end - 1; j++) {
      const cell = `${items[j]}, `;
      row.push(numeric ? cell.padStart(widths[j - i]) : cell.padEnd(widths[j - i]));
    }
    const last = items[end - 1];
    row.push(numeric ? last.padStart(widths[end - 1 - i] - 2) : last);
    grouped.push(row.join(''));
  }
  return grouped;
}

/** `util.inspect(value)` for the values a notebook prints. */
export function inspect(value: unknown, depth = 0, seen: unknown[] = []): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'undefined': return 'undefined';
    case 'string': return quoteString(value);
    case 'number': return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint': return `${value}n`;
    case 'boolean': return String(value);
    case 'symbol': return value.toString();
    case 'function': return `[Function: ${value.name || '(anonymous)'}]`;
  }
  const object = value as Record<string | symbol, unknown>;
  const custom = object[Symbol.for('nodejs.util.inspect.custom')];
  if (typeof custom === 'function') return String((custom as () => unknown).call(value));
  if (seen.includes(value)) return '[Circular *1]';
  if (depth > 2) return Array.isArray(value) ? '[Array]' : '[Object]';
  const inner = [...seen, value];
  if (value instanceof Error) return value.stack ?? `${value.name}: ${value.message}`;
  if (Array.isArray(value)) {
    const shown = value.slice(0, 100).map((v) => inspect(v, depth + 1, inner));
    if (value.length > 100) shown.push(`... ${value.length - 100} more item${value.length - 100 > 1 ? 's' : ''}`);
    return join('[', value.length > 6 ? groupArray(shown) : shown, ']');
  }
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const typed = Array.from(value as unknown as ArrayLike<number>);
    return `${value.constructor.name}(${typed.length}) ${join('[', groupArray(typed.map((v) => inspect(v, depth + 1))), ']')}`;
  }
  if (value instanceof Map) {
    const items = [...value].map(([k, v]) => `${inspect(k, depth + 1, inner)} => ${inspect(v, depth + 1, inner)}`);
    return `Map(${value.size}) ${join('{', items, '}')}`;
  }
  if (value instanceof Set) return `Set(${value.size}) ${join('{', [...value].map((v) => inspect(v, depth + 1, inner)), '}')}`;
  if (value instanceof Promise) return 'Promise { <pending> }';
  const items = Object.keys(object).map((k) => `${key(k)}: ${inspect(object[k], depth + 1, inner)}`);
  const name = Object.getPrototypeOf(value)?.constructor?.name;
  const prefix = name && name !== 'Object' ? `${name} ` : '';
  return prefix + join('{', items, '}');
}

/** `util.format(...args)` as `console.log` uses it: strings as they are, everything else inspected. */
export function formatArgs(args: unknown[]): string {
  return args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' ');
}
