/**
 * Line mapping from a source map (version 3): which source line produced each generated line.
 * The in-browser kernel needs only lines, to point an error at the learner's line of the cell.
 */

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one segment of base64 VLQ numbers (`AAAA` -> [0, 0, 0, 0]). */
export function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    if (digit < 0) throw new Error(`decodeVlq: '${char}' is not a base64 digit in '${segment}'`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

/**
 * A function from generated line to source line (both 0-based) for a source map's JSON text. A
 * generated line with no mapping takes the source line of the nearest mapped line above it.
 */
export function lineMapFromSourceMap(json: string): (generatedLine: number) => number {
  const lines: number[] = [];
  if (json) {
    const mappings = (JSON.parse(json) as { mappings: string }).mappings;
    let sourceLine = 0;
    let last = 0;
    for (const line of mappings.split(';')) {
      let first: number | undefined;
      for (const segment of line.split(',')) {
        if (!segment) continue;
        const fields = decodeVlq(segment);
        if (fields.length >= 4) {
          sourceLine += fields[2];
          first ??= sourceLine;
        }
      }
      last = first ?? last;
      lines.push(last);
    }
  }
  return (generatedLine) => (generatedLine < lines.length ? lines[generatedLine] : (lines[lines.length - 1] ?? generatedLine));
}
