/**
 * Object shorthand across cells: `{ lr }` -> `{ lr: lr }`.
 *
 * tslab rewrites a name declared in an earlier cell to `exports.name`, but it cannot do that for
 * the name of a shorthand property (`{ exports.lr }` is not JavaScript), so `({ lr })` throws
 * `ReferenceError: lr is not defined`. Spelling every shorthand property out in full means the same
 * in every case (also in destructuring assignments, `({ a = 1 } = o)` -> `({ a: a = 1 } = o)`), and
 * then tslab's rewrite applies. Only text is inserted, never removed, and never a line break, so
 * positions map back by subtracting the insertions before them.
 */
import * as ts from '@tslab/typescript-for-tslab';

/** An insertion of `length` characters at `at` (an offset in the rewritten text). */
export interface Insertion {
  at: number;
  length: number;
}

/** The rewritten source and where text was inserted. */
export interface Expanded {
  code: string;
  insertions: Insertion[];
}

/** Expand every shorthand property assignment of `source` (TypeScript) to `name: name`. */
export function expandShorthand(source: string): Expanded {
  const file = ts.createSourceFile('cell.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const ends: { end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isShorthandPropertyAssignment(node)) ends.push({ end: node.name.end, text: `: ${node.name.text}` });
    ts.forEachChild(node, visit);
  };
  visit(file);
  ends.sort((a, b) => a.end - b.end);
  let code = '';
  let from = 0;
  const insertions: Insertion[] = [];
  for (const { end, text } of ends) {
    code += source.slice(from, end);
    insertions.push({ at: code.length, length: text.length });
    code += text;
    from = end;
  }
  return { code: code + source.slice(from), insertions };
}

/** The offset in the original source of `offset` in the rewritten one. */
export function originalOffset(offset: number, insertions: Insertion[]): number {
  let shift = 0;
  for (const { at, length } of insertions) {
    if (at >= offset) break;
    shift += Math.min(length, offset - at);
  }
  return offset - shift;
}
