/**
 * Which backend setup() picks, how to force one, and what it prints. Each case runs in its own Node
 * process, because a backend, once registered and initialised, stays for the life of the process.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

function run(body: string, env: Record<string, string | undefined> = {}): { status: number | null; stdout: string; stderr: string } {
  mkdirSync(join(ROOT, 'build'), { recursive: true });
  const file = join(ROOT, 'build', `backend-choice-${process.pid}-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(file, `import { setup, tf } from '../src';\n(async () => {\n${body}\n})().catch((e) => { console.error(String(e.message)); process.exit(3); });\n`);
  const childEnv: Record<string, string | undefined> = { ...process.env, LOSSLAB_BACKEND: undefined, ...env };
  for (const key of Object.keys(childEnv)) if (childEnv[key] === undefined) delete childEnv[key];
  const result = spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: ROOT, encoding: 'utf8', env: childEnv as NodeJS.ProcessEnv });
  rmSync(file, { force: true });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let nodeBackendInstalled = true;
try { require.resolve('@tensorflow/tfjs-node'); } catch { nodeBackendInstalled = false; }

test('by default the fastest backend that loads is chosen, and the choice is printed', () => {
  const { status, stdout, stderr } = run(`const r = await setup(); console.log(JSON.stringify(r.attempts));`);
  assert.equal(status, 0, stderr);
  const expected = nodeBackendInstalled ? 'tensorflow' : 'wasm';
  assert.match(stdout, new RegExp(`^losslab: backend ${expected} \\(TensorFlow\\.js 4\\.\\d+\\.\\d+\\), seed 42`, 'm'));
  const attempts = JSON.parse(stdout.trim().split('\n').pop()!);
  assert.equal(attempts[0].backend, 'tensorflow');
  if (!nodeBackendInstalled) assert.match(attempts[0].reason, /could not load its package/);
});

test('LOSSLAB_BACKEND forces a backend', () => {
  const { status, stdout, stderr } = run(`await setup(); console.log('now', tf.getBackend());`, { LOSSLAB_BACKEND: 'cpu' });
  assert.equal(status, 0, stderr);
  assert.match(stdout, /losslab: backend cpu/);
  assert.match(stdout, /now cpu/);
});

test('the argument wins over the environment variable', () => {
  const { status, stdout, stderr } = run(`await setup({ backend: 'wasm' }); console.log('now', tf.getBackend());`, { LOSSLAB_BACKEND: 'cpu' });
  assert.equal(status, 0, stderr);
  assert.match(stdout, /now wasm/);
});

test('an unknown backend name is a clear error naming where it came from', () => {
  const { status, stderr } = run(`await setup();`, { LOSSLAB_BACKEND: 'gpu' });
  assert.equal(status, 3);
  assert.match(stderr, /setup: the environment variable LOSSLAB_BACKEND must be one of 'tensorflow', 'wasm', 'cpu'; got 'gpu'/);
});

test('forcing a backend that cannot load fails and says why, instead of falling back silently', { skip: nodeBackendInstalled && 'tfjs-node is installed here' }, () => {
  const { status, stderr } = run(`await setup({ backend: 'tensorflow' });`);
  assert.equal(status, 3);
  assert.match(stderr, /setup: no TensorFlow\.js backend could be started \(tensorflow: could not load its package/);
});

test('no "running TensorFlow.js in Node.js" banner on the cpu backend', () => {
  const { status, stdout, stderr } = run(`await setup({ backend: 'cpu', verbose: false }); tf.tensor([1, 2]).square().dataSync();`);
  assert.equal(status, 0, stderr);
  assert.doesNotMatch(stdout + stderr, /looks like you are running TensorFlow\.js/i);
});

test('the seed makes unseeded tfjs random ops reproducible across runs', () => {
  const draw = `await setup({ backend: 'cpu', seed: 7, verbose: false }); console.log(Array.from(tf.randomNormal([3]).dataSync()).join(','));`;
  const first = run(draw);
  const second = run(draw);
  assert.equal(first.status, 0, first.stderr);
  assert.equal(first.stdout, second.stdout);
  const other = run(draw.replace('seed: 7', 'seed: 8'));
  assert.notEqual(first.stdout, other.stdout);
});
