#!/usr/bin/env node
// Runs every test/**/*.test.ts with Node's test runner through tsx.
//   node scripts/run-unit-tests.mjs [FILTER ...]   (a filter keeps the files whose path contains it)
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

function findTests(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : findTests(path);
    return name.endsWith('.test.ts') ? [path] : [];
  });
}

const filters = process.argv.slice(2);
const files = findTests('test')
  .filter((file) => filters.length === 0 || filters.some((f) => file.includes(f)))
  .sort();
if (files.length === 0) {
  console.error(`run-unit-tests: no test files match ${filters.join(' ') || 'test/**/*.test.ts'}`);
  process.exit(1);
}
const concurrency = String(Math.max(2, availableParallelism()));
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-timeout=900000', ...files],
  { stdio: 'inherit', env: { ...process.env, LOSSLAB_BACKEND: process.env.LOSSLAB_TEST_BACKEND ?? 'cpu' } },
);
process.exit(result.status ?? 1);
