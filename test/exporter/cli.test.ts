import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { optionsFrom, parseArgs } from '../../exporter/cli';

const none = (): void => undefined;

test('defaults: build/notebooks, fallback to notebooks/, lessons, site; the course is trusted', () => {
  const o = optionsFrom(parseArgs([]), none);
  assert.equal(o.notebooks, join('build', 'notebooks'));
  assert.equal(o.sources, 'notebooks');
  assert.equal(o.lessons, 'lessons');
  assert.equal(o.out, 'site');
  assert.equal(o.trusted, true);
});

test('the lead\'s command line parses, with --opt value and --opt=value', () => {
  const o = optionsFrom(parseArgs(['--notebooks', 'build/notebooks', '--lessons=lessons', '--out', 'site', '--sources', 'none']), none);
  assert.equal(o.notebooks, 'build/notebooks');
  assert.equal(o.lessons, 'lessons');
  assert.equal(o.sources, undefined);
});

test('foreign notebooks are untrusted unless --trusted; --untrusted always sanitises', () => {
  assert.equal(optionsFrom(parseArgs(['--notebooks', '/tmp']), none).trusted, false);
  assert.equal(optionsFrom(parseArgs(['--notebooks', '/tmp', '--trusted']), none).trusted, true);
  assert.equal(optionsFrom(parseArgs(['--untrusted']), none).trusted, false);
});

test('bad arguments are named', () => {
  assert.throws(() => parseArgs(['--nope']), /unknown option --nope/);
  assert.throws(() => parseArgs(['--out']), /--out needs a value/);
  assert.throws(() => parseArgs(['--trusted', '--untrusted']), /choose one/);
});
