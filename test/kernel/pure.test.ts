/** The kernel's pure parts: shorthand expansion, declarations kept after a throw, readable docs, history, alignment. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expandShorthand, originalOffset } from '../../src/kernel/shorthand';
import { declaredNames, withoutUnset } from '../../src/kernel/cells';
import { mathText, readableDoc } from '../../src/kernel/doc-text';
import { History } from '../../src/kernel/history';
import { SourceAligner } from '../../src/kernel/align';
import { endsWithSemicolon } from '../../src/kernel/semicolon';

test('expandShorthand spells out shorthand properties, also in destructuring assignments, and maps offsets back', () => {
  const { code, insertions } = expandShorthand('f({ lr, n });\n({ a = 1 } = o);');
  assert.equal(code, 'f({ lr: lr, n: n });\n({ a: a = 1 } = o);');
  assert.equal(originalOffset(code.indexOf('n: n'), insertions), 'f({ lr, n });'.indexOf('n'));
  assert.equal(expandShorthand('const { a } = o;').code, 'const { a } = o;', 'a binding pattern declares, it is left alone');
});

test('withoutUnset drops the declarations whose names got no value, keeping the rest', () => {
  const decl = "import { losses } from 'losslab';\ndeclare const before = 1;\ndeclare const after = 2, other: number;\ndeclare function g(): void;\n";
  const kept = withoutUnset(decl, new Set(['after', 'g']));
  assert.match(kept, /import \{ losses \}/);
  assert.match(kept, /declare const before = 1;/);
  assert.match(kept, /declare const other: number;/);
  assert.doesNotMatch(kept, /after|function g/);
  assert.deepEqual([...declaredNames('const [a, { b }] = x; function f() {}\nclass C {}')].sort(), ['C', 'a', 'b', 'f']);
});

test('mathText and readableDoc turn LaTeX into Unicode text', () => {
  assert.equal(mathText('\\frac{1}{n}\\sum_i (y_i - \\hat y_i)^2'), '1/n Σᵢ (yᵢ - ŷᵢ)²');
  assert.equal(mathText('\\theta \\leftarrow \\theta - \\eta \\nabla L'), 'θ ← θ - η ∇ L');
  assert.equal(readableDoc('Loss $\\delta$:\n$$L = \\tfrac12 e^2$$'), 'Loss δ:\n\n    L = 1/2 e²\n');
});

test('History answers tail, range and search (glob, unique, n), with outputs when asked', () => {
  const h = new History();
  ['a = 1', 'b = 2', 'a = 1', 'c'].forEach((code, i) => h.add(i + 1, code));
  h.addOutput(4, "'c'");
  assert.deepEqual(h.query({ hist_access_type: 'tail', n: 2 }), [[0, 3, 'a = 1'], [0, 4, 'c']]);
  assert.deepEqual(h.query({ hist_access_type: 'range', start: 2, stop: 3 }), [[0, 2, 'b = 2']]);
  assert.deepEqual(h.query({ hist_access_type: 'search', pattern: 'a*' }).length, 2);
  assert.deepEqual(h.query({ hist_access_type: 'search', pattern: '? = ?', unique: true }), [[0, 2, 'b = 2'], [0, 3, 'a = 1']]);
  assert.deepEqual(h.query({ hist_access_type: 'tail', n: 1, output: true }), [[0, 4, ['c', "'c'"]]]);
});

test('SourceAligner finds the TypeScript line of compiled JavaScript that split and joined lines', () => {
  const ts = 'const k: number = 1;\nif (k > 0) throw new Error("x");\nconst y = f(\n  k,\n);';
  const js = 'const k = 1;\nexports.k = k;\nif (k > 0)\n    throw new Error("x");\nconst y = f(exports.k);';
  const aligner = new SourceAligner(js, ts);
  const line = (offset: number) => ts.slice(0, aligner.sourceOffset(offset)).split('\n').length;
  assert.equal(line(js.indexOf('new Error')), 2);
  assert.equal(line(js.indexOf('f(exports')), 3);
});

test('endsWithSemicolon ignores trailing comments and whitespace', () => {
  assert.equal(endsWithSemicolon('6 * 7; // hidden\n'), true);
  assert.equal(endsWithSemicolon('6 * 7 // shown'), false);
  assert.equal(endsWithSemicolon('for (;;) {}'), false);
});
