/**
 * The library (`src/`) is what notebooks import; the site exporter (`exporter/`) and the in-browser
 * course (`browser/`) are build tools beside it. They may import the library, never the other way
 * round: no file of `src/` imports from them, and they do not live inside it.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';

const ROOT = join(__dirname, '../..');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
}

test('the site builder and the browser course live outside the library, which never imports them', () => {
  assert.equal(existsSync(join(ROOT, 'src', 'site')), false, 'src/site must not exist: the exporter lives in exporter/');
  const offenders = tsFiles(join(ROOT, 'src')).filter((file) =>
    /from '(\.\.\/)+(exporter|browser)\//.test(readFileSync(file, 'utf8'))).map((f) => relative(ROOT, f));
  assert.deepEqual(offenders, []);
});
