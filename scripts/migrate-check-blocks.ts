/**
 * One-off migration (issue 17): turn every ```check block of lessons/*.md into check comments,
 * `<!-- check: EXPR ≈ VALUE ± TOL -->`, one per case, copying each expression and value as is.
 * A value whose expression gives a boolean is written true/false (the JSON had 1/0). The math
 * the comments sit under is written by hand afterwards. Run: npx tsx scripts/migrate-check-blocks.ts
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as losslab from '../src';

interface OldCase { expr: string; equals: number[] | number; tol?: number }

function evaluate(expr: string): unknown {
  const names = Object.keys(losslab);
  const values = names.map((name) => (losslab as Record<string, unknown>)[name]);
  return new Function(...names, `"use strict"; return (${expr});`)(...values);
}

function comment(line: string): string {
  const { expr, equals, tol } = JSON.parse(line) as OldCase;
  const list = Array.isArray(equals) ? equals : [equals];
  const result = evaluate(expr);
  const booleans = Array.isArray(result) ? result.every((r) => typeof r === 'boolean') : typeof result === 'boolean';
  const values = booleans ? list.map((v) => String(v === 1)) : list.map(String);
  const value = values.length === 1 ? values[0] : `[${values.join(', ')}]`;
  const tolText = /"tol":\s*([^,}\s]+)/.exec(line)?.[1]; // as written: 1e-6, not 0.000001
  if (expr.includes('-->') || expr.includes(' ≈ ')) throw new Error(`cannot put in a comment: ${expr}`);
  return `<!-- check: ${expr} ≈ ${value}${tol === undefined ? '' : ` ± ${tolText}`} -->`;
}

async function main(): Promise<void> {
  await losslab.setup({ backend: 'cpu', verbose: false });
  const dir = resolve(__dirname, '..', 'lessons');
  for (const file of readdirSync(dir).filter((f) => /^\d\d-.*\.md$/.test(f))) {
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    const after = before.replace(/```check\n([\s\S]*?)```\n/g, (_, body: string) =>
      body.split('\n').filter((l) => l.trim() !== '').map(comment).join('\n') + '\n');
    writeFileSync(path, after);
    console.log(file, (before.match(/```check/g) ?? []).length, 'blocks');
  }
}

void main();
