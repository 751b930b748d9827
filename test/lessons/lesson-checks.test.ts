/**
 * The rules that tie a lesson's worked-example math to its hidden checks (lesson-checks.ts,
 * shown-numbers.ts): what counts as shown, and that a math line disagreeing with its check fails.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCheckComment } from '../../exporter/check';
import { lessonChecks, markdownTraps } from './lesson-checks';
import { shownNumbers, unshownValues } from './shown-numbers';

const check = (line: string) => parseCheckComment(`<!-- check: ${line} -->`);
const unshown = (tex: string, line: string) => unshownValues(tex, check(line));

test('numbers of a formula: decimals, fractions, powers of ten; subscripts and exponents are labels', () => {
  const values = (tex: string) => shownNumbers(tex).map((n) => n.value);
  assert.deepEqual(values(String.raw`w_1 = -\tfrac{20}{3} \approx -6.667`), [-20 / 3, -6.667]);
  assert.deepEqual(values(String.raw`\tfrac12 (w - 2)^2`), [0.5, 2]);
  assert.deepEqual(values(String.raw`8.98 \cdot 10^{-5}, \quad 10^{-4}`), [8.98e-5, 1e-4]);
  assert.deepEqual(values(String.raw`(-0.2) - 0.2 = \approx -0.38`), [-0.2, 0.2, -0.38]);
});

test('a decimal shows a value to its precision; integers, fractions and one-digit decimals are exact', () => {
  assert.deepEqual(unshown(String.raw`L'(0) = -\tfrac{20}{3} \approx -6.667`, 'f() ≈ -6.666666667 ± 1e-8'), []);
  assert.deepEqual(unshown(String.raw`\approx -6.67`, 'f() ≈ -6.666666667 ± 1e-8'), []);
  assert.deepEqual(unshown(String.raw`L = 0.5, \ 8.98 \cdot 10^{-5}`, 'f() ≈ [0.5, 0.0000898] ± 1e-7'), []);
  assert.deepEqual(unshown(String.raw`\approx 0.4805`, 'f() ≈ 0.480453 ± 1e-5'), []);
});

test('a math line that disagrees with its check fails', () => {
  const path = String.raw`w_t = 0,\ 0.6,\ 1.08,\ 1.465`;
  assert.deepEqual(unshown(path, 'f() ≈ [0, 0.6, 1.08, 1.464] ± 1e-12'), ['1.464 (element 4)']);
  assert.deepEqual(unshown(String.raw`\approx 6.667`, 'f() ≈ -6.666666667'), ['-6.666666667'], 'the sign is shown');
  assert.deepEqual(unshown(String.raw`(w - 2)^2`, 'f() ≈ -2'), ['-2'], 'a minus that subtracts does not negate');
  assert.deepEqual(unshown(String.raw`\eta = 0.1, \ w_1 = 0.14`, 'f() ≈ [0.125, 1]'), ['0.125 (element 1)', '1 (element 2)'],
    'neither a one-digit parameter nor a subscript shows a value');
  assert.deepEqual(unshown(String.raw`\approx 16`, 'f() ≈ 16.118'), ['16.118'], 'an integer is exact');
  assert.deepEqual(unshown(String.raw`\approx 4.2`, 'f() ≈ 4.31'), ['4.31']);
});

test('(shown: ...) limits a long array to the elements the math shows; booleans need not be shown', () => {
  const math = String.raw`\eta_t = 0.1, \dots, 10^{-4}`;
  assert.deepEqual(unshown(math, 'f() ≈ [0.1, 0.1, 0.01, 0.001, 0.0001] (shown: first, last)'), []);
  assert.deepEqual(unshown(math, 'f() ≈ [0.1, 0.1, 0.01, 0.001, 0.0001] (shown: 1, 3)'), ['0.01 (element 3)']);
  assert.deepEqual(unshown(math, 'f() ≈ [0.1, 0.1, 0.01, 0.001, 0.0001]'), ['0.01 (element 3)', '0.001 (element 4)']);
  assert.deepEqual(unshown('x', 'g().ok ≈ true'), []);
});

test('check comments: one case per line, well-formed, right under a $$ block; the old fence is refused', () => {
  const lesson = [
    'Prose.', '', '$$a = 0.5$$', '<!-- check: f(1) ≈ 0.5 -->', '<!-- check: [1, 2].map((x) => x / 2) ≈ [0.5, 1] ± 1e-9 -->', '',
    '$$', 'b = 2', '$$', '<!-- check: g() ≈ 2 -->', '',
    'Prose.', '', '<!-- check: h() ≈ 3 -->', '<!-- check: h2() ≈ 3 -->', '',
    '$$c = 1$$', '<!-- check: k() = 1 -->', 'Text <!-- check: m() ≈ 1 -->', '',
    '```check', '{"expr": "1", "equals": [1]}', '```', '', '```md', '<!-- check: ignored() ≈ 1 -->', '```',
  ].join('\n');
  const { examples, problems } = lessonChecks(lesson);
  assert.deepEqual(examples.map((e) => [e.line, e.math.trim(), e.cases.map((c) => c.expr)]), [
    [4, 'a = 0.5', ['f(1)', '[1, 2].map((x) => x / 2)']], [10, 'b = 2', ['g()']], [18, 'c = 1', []],
  ]);
  assert.deepEqual(problems.map((p) => p.replace(/:.*/, '')), ['line 14', 'line 18', 'line 19', 'line 21']);
  assert.match(problems[0], /right under the \$\$ math block/);
  assert.match(problems[1], /expected "EXPR ≈ VALUE"/);
  assert.match(problems[2], /a line of its own/);
  assert.match(problems[3], /```check blocks are no longer read/);
});

test('check comment syntax: value, tolerance, shown; errors say what is wrong', () => {
  assert.deepEqual(check('losses.huber([[0, 1]], [[0.5, 3]], { delta: 1 }) ≈ 0.8125 ± 1e-6'),
    { expr: 'losses.huber([[0, 1]], [[0.5, 3]], { delta: 1 })', values: [0.8125], scalar: true, tol: 1e-6, shown: undefined });
  assert.deepEqual(check('f() ≈ [true, false]'), { expr: 'f()', values: [true, false], scalar: false, tol: undefined, shown: undefined });
  assert.deepEqual(check('f() ≈ [1, 2, 3] (shown: last, first)').shown, [0, 2]);
  assert.throws(() => check('f() ≈ [1, 2] (shown: 3)'), /shown: takes first, last or positions 1 to 2; got "3"/);
  assert.throws(() => check('f() ≈ "a"'), /the value must be a number/);
  assert.throws(() => check('f() ≈ 1 ± -1'), /the tolerance must be a number >= 0/);
  assert.throws(() => parseCheckComment('<!-- check: f() ≈ 1'), /a check comment is one line/);
  assert.throws(() => parseCheckComment('<!-- check: f() --><b>x</b> ≈ 1 -->'), /ends at its first -->/);
});

test('math that GitHub markdown would eat or break up is reported', () => {
  assert.deepEqual(markdownTraps('\\begin{gathered}\n- 1 \\cr\n1. x \\cr\n-\\log 2 \\cr\n1.5 \\cr\n==\n\\end{gathered}'),
    ['a line starting "- 1 \\cr"', 'a line starting "1. x \\cr"', 'a line starting "=="']);
  assert.deepEqual(markdownTraps(String.raw`a\, b \; \{x\} \\ y^* \quad \lbrace \enspace \cr \mathrm{GCE}_q \mathrm{GCE_q} w_1`), ['\\,', '\\;', '\\{', '\\}', '\\\\', '*', '}_']);
});
