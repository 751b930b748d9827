/**
 * The worked examples in the lessons are checked against the library. Each is display math that the
 * reader sees, followed directly by hidden `<!-- check: EXPR ≈ VALUE ± TOL -->` comments (syntax in
 * exporter/check.ts); `EXPR` is evaluated with everything the package exports in scope (`losses`,
 * `optimizers`, `descent`, `tf`, ...) and must give VALUE, and every number a check asserts must be
 * shown by its math to the precision shown (shown-numbers.ts). A ```check fence (the old format), a
 * malformed check comment or one with no math right above it fails (lesson-checks.ts).
 * Also: each lesson links to its notebook and to its neighbours, and every relative link resolves.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import * as losslab from '../../src';
import { formatValue } from '../../exporter/check';
import { lessonChecks, markdownTraps } from './lesson-checks';
import { unshownValues } from './shown-numbers';

const ROOT = resolve(__dirname, '../..');
const LESSONS = join(ROOT, 'lessons');
const lessonFiles = existsSync(LESSONS) ? readdirSync(LESSONS).filter((f) => /^\d\d-.*\.md$/.test(f)).sort() : [];

/** Flattens what an expression returns (a number, nested arrays, a tensor) into numbers. */
async function numbersOf(value: unknown): Promise<number[]> {
  if (value instanceof Promise) return numbersOf(await value);
  if (value instanceof losslab.tf.Tensor) {
    const data = Array.from(await value.data());
    value.dispose();
    return data;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return [Number(value)];
  if (Array.isArray(value)) return (await Promise.all(value.map(numbersOf))).flat();
  throw new Error(`a worked example must give numbers, a tensor or arrays of them; got ${typeof value}`);
}

function evaluate(expr: string): unknown {
  const names = Object.keys(losslab);
  const values = names.map((name) => (losslab as Record<string, unknown>)[name]);
  return new Function(...names, `"use strict"; return (${expr});`)(...values);
}

test('setup', async () => {
  await losslab.setup({ backend: 'cpu', verbose: false });
});

test('there are lessons', () => assert.ok(lessonFiles.length > 0));

for (const file of lessonFiles) {
  const markdown = readFileSync(join(LESSONS, file), 'utf8');
  const stem = file.replace(/\.md$/, '');

  const { examples, problems } = lessonChecks(markdown);
  const cases = examples.flatMap((e) => e.cases);

  test(`${file}: every check comment is well-formed and sits right under its math`, () => {
    assert.deepEqual(problems, []);
    assert.ok(examples.length > 0, `${file} has no worked examples`);
  });

  test(`${file}: the math of each worked example shows the numbers its checks assert`, () => {
    const missing = examples.flatMap(({ line, math, cases: checks }) => checks.flatMap((c) =>
      unshownValues(math, c).map((v) => `line ${line}: ${c.expr} ≈ ${formatValue(c)}: the math does not show ${v}`)));
    assert.deepEqual(missing, []);
  });

  test(`${file}: the math of each worked example survives GitHub's markdown`, () => {
    const eaten = examples.flatMap(({ line, math }) => markdownTraps(math).map((e) => `line ${line}: ${e}`));
    assert.deepEqual(eaten, []);
  });

  test(`${file}: worked examples agree with the library`, async () => {
    for (const { expr, values, tol = 1e-6 } of cases) {
      const expected = values.map(Number);
      const actual = await numbersOf(evaluate(expr));
      assert.equal(actual.length, expected.length, `${expr}: got ${actual.length} numbers, expected ${expected.length}`);
      actual.forEach((a, i) => {
        const bound = tol * Math.max(1, Math.abs(expected[i]));
        assert.ok(Math.abs(a - expected[i]) <= bound, `${expr}: element ${i} is ${a}, expected ${expected[i]} (tol ${tol})`);
      });
    }
  });

  test(`${file}: title, notebook link and relative links resolve`, () => {
    assert.match(markdown.split('\n')[0], /^# \d\d\. \S/, 'the first line must be "# NN. Title"');
    assert.ok(markdown.includes(`../notebooks/${stem}.ipynb`), `${file} must link to ../notebooks/${stem}.ipynb`);
    for (const [, target] of markdown.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
      if (/^[a-z]+:/.test(target)) continue;
      assert.ok(existsSync(resolve(dirname(join(LESSONS, file)), target)), `${file} links to missing ${target}`);
    }
  });
}

test('lessons link to their neighbours', () => {
  lessonFiles.forEach((file, i) => {
    const markdown = readFileSync(join(LESSONS, file), 'utf8');
    if (i > 0) assert.ok(markdown.includes(`(${lessonFiles[i - 1]})`), `${file} must link to ${lessonFiles[i - 1]}`);
    if (i < lessonFiles.length - 1) assert.ok(markdown.includes(`(${lessonFiles[i + 1]})`), `${file} must link to ${lessonFiles[i + 1]}`);
  });
});
