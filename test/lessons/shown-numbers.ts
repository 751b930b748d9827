/**
 * Ties a worked example's math to its checks: every number a check asserts must be shown by the
 * display math it sits under, to the precision shown.
 *
 * The numbers of a TeX formula: decimals (`-6.667`), fractions of numbers (`\tfrac{20}{3}`,
 * `\tfrac12`), powers of ten (`8.98 \cdot 10^{-5}`, `10^{-4}`). Subscripts and exponents are
 * labels, not values (`w_1`, `x^2`), so they do not count. A minus sign counts when it is unary
 * (`= -1.32`, `(-0.2)`), not when it subtracts (`w - 2` shows 2).
 *
 * A shown number d matches a checked value v when |d - v| <= tol (tol relative for |v| > 1, as in
 * the check), or, for a rounded decimal with k decimals and at least two significant digits, when
 * |d - v| <= 0.5 * 10^-k + tol (`-6.667` and `-6.67` show -6.666666667). Integers, fractions and
 * one-digit decimals are exact: otherwise `w_1` or `\eta = 0.1` would "show" almost any value.
 * Booleans are not numbers and need not be shown; `(shown: first, last)` limits a long array.
 */
import type { CheckCase } from '../../exporter/check';

export interface ShownNumber {
  value: number;
  /** Half a unit of the last digit shown, for a rounded decimal; `undefined` when exact. */
  halfUnit?: number;
  text: string;
}

const SPACING = /(\\[,;:! ]|\\q?quad\b|\s)+$/;
const UNARY_AFTER = /(^|[=(\[{,;:<>]|\\(approx|le|leq|ge|geq|ne|neq|to|mapsto|leftarrow|rightarrow|gets|in|sim|left|cdot|times|quad|qquad|text\{[^}]*\}))$/;

/** Whether the number starting at `at` carries a unary minus. */
function negated(tex: string, at: number): boolean {
  const before = tex.slice(0, at).replace(SPACING, '');
  if (!before.endsWith('-')) return false;
  return UNARY_AFTER.test(before.slice(0, -1).replace(SPACING, ''));
}

/** Decimals and significant digits of a decimal literal. */
function precision(text: string): { decimals: number; significant: number } {
  const decimals = text.includes('.') ? text.split('.')[1].length : 0;
  return { decimals, significant: text.replace('.', '').replace(/^0+/, '').length };
}

const PATTERNS: Array<{ re: RegExp; read: (m: RegExpExecArray) => Omit<ShownNumber, 'text'> }> = [
  { // 8.98 \cdot 10^{-5}
    re: /(\d+(?:\.\d+)?)\s*\\(?:cdot|times)\s*10\^(?:\{\s*(-?\d+)\s*\}|(\d))/g,
    read: (m) => {
      const exponent = Number(m[2] ?? m[3]);
      const { decimals, significant } = precision(m[1]);
      const value = Number(`${m[1]}e${exponent}`);
      return significant >= 2 && decimals > 0 ? { value, halfUnit: 0.5 * 10 ** (exponent - decimals) } : { value };
    },
  },
  { // \tfrac{20}{3}, \frac12
    re: /\\[dt]?frac\s*(?:\{\s*(\d+(?:\.\d+)?)\s*\}|(\d))\s*(?:\{\s*(\d+(?:\.\d+)?)\s*\}|(\d))/g,
    read: (m) => ({ value: Number(m[1] ?? m[2]) / Number(m[3] ?? m[4]) }),
  },
  { re: /(?<![\d.])10\^(?:\{\s*(-?\d+)\s*\}|(\d))/g, read: (m) => ({ value: Number(`1e${m[1] ?? m[2]}`) }) },
  { re: /[_^](?:\{[^{}]*\}|\\[A-Za-z]+|[^{\\\s])/g, read: () => ({ value: NaN }) }, // labels: dropped
  {
    re: /\d+(?:\.\d+)?/g,
    read: (m) => {
      const { decimals, significant } = precision(m[0]);
      return significant >= 2 && decimals > 0 ? { value: Number(m[0]), halfUnit: 0.5 * 10 ** -decimals } : { value: Number(m[0]) };
    },
  },
];

/** Every number `tex` shows. */
export function shownNumbers(tex: string): ShownNumber[] {
  let text = tex.replace(/\u2212/g, '-');
  const found: ShownNumber[] = [];
  for (const { re, read } of PATTERNS) {
    const blanked = text;
    for (const m of blanked.matchAll(re)) {
      const n = read(m as RegExpExecArray);
      const at = m.index ?? 0;
      if (!Number.isNaN(n.value)) found.push({ ...n, value: negated(blanked, at) ? -n.value : n.value, text: m[0] });
      text = text.slice(0, at) + ' '.repeat(m[0].length) + text.slice(at + m[0].length);
    }
  }
  return found;
}

function shows(n: ShownNumber, value: number, tol: number): boolean {
  const bound = tol * Math.max(1, Math.abs(value)) + 1e-12 * Math.max(1, Math.abs(value));
  const off = Math.abs(n.value - value);
  return off <= bound || (n.halfUnit !== undefined && off <= n.halfUnit + bound);
}

/** The values of `check` (with their positions from 1) that `tex` does not show. */
export function unshownValues(tex: string, check: Pick<CheckCase, 'values' | 'tol' | 'shown'>): string[] {
  const numbers = shownNumbers(tex);
  const tol = check.tol ?? 1e-6;
  return check.values.flatMap((v, i) => {
    if (typeof v === 'boolean' || (check.shown && !check.shown.includes(i))) return [];
    return numbers.some((n) => shows(n, v, tol)) ? [] : [check.values.length > 1 ? `${v} (element ${i + 1})` : String(v)];
  });
}
