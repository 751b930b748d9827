/**
 * Checks of nested arrays before they become tensors: `tf.tensor([[1, 2], [3]])` does not refuse a
 * ragged array, it reads the values in order and answers with a wrong shape.
 */
import { failWith } from './fail';

type Nested = number | boolean | readonly Nested[];

/**
 * The shape of a rectangular nested array (`[[1, 2], [3, 4]]` -> `[2, 2]`, a number -> `[]`);
 * throws, naming the first place where rows differ in length or depth, for a ragged one.
 */
export function rectangularShape(fn: string, what: string, value: unknown): number[] {
  const shape: number[] = [];
  for (let level: unknown = value; Array.isArray(level); level = level[0]) shape.push(level.length);
  check(fn, what, value, shape, 0, []);
  return shape;
}

function check(fn: string, what: string, value: unknown, shape: number[], depth: number, at: number[]): void {
  const where = at.length === 0 ? '' : ` at ${what}${at.map((i) => `[${i}]`).join('')}`;
  if (depth === shape.length) {
    if (Array.isArray(value)) {
      failWith(fn, what, 'a rectangular array (every row as deep as the first)', `an array${where} where a number belongs`);
    }
    return;
  }
  if (!Array.isArray(value)) {
    failWith(fn, what, 'a rectangular array (every row as deep as the first)', `a ${typeof value}${where} where an array of ${shape[depth]} belongs`);
  }
  const rows = value as readonly Nested[];
  if (rows.length !== shape[depth]) {
    failWith(fn, what, 'a rectangular array (every row of the same length)', `a row of length ${rows.length}${where}, the first has ${shape[depth]}`);
  }
  rows.forEach((row, i) => check(fn, what, row, shape, depth + 1, [...at, i]));
}
