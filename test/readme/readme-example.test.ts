/**
 * The README's library example runs as written: it is copied from README.md, wrapped in an async
 * function (top-level await), and executed against the built package, as a learner would paste it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

test('the example under "The library" in README.md runs and trains with early stopping', { timeout: 180_000 }, () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## The library'));
  const code = section.match(/```ts\n([\s\S]*?)```/)?.[1];
  assert.ok(code, 'README.md has a ```ts block under "## The library"');
  const [imports, ...body] = code.split('\n');
  assert.match(imports, /from 'losslab'/);
  mkdirSync(join(ROOT, 'build'), { recursive: true });
  const file = join(ROOT, 'build', 'readme-example.ts');
  writeFileSync(file, `${imports}\n(async () => {\n${body.join('\n')}\n})().catch((e) => { console.error(e); process.exit(1); });\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /stopped at epoch \d+, restored the weights of epoch \d+/);
});
