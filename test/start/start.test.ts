/**
 * `npm start` really serves the course: it prints a URL, and the Jupyter server behind it lists the
 * project's tslab kernel and the course's notebooks. Runs scripts/start.sh on a free local port.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

test('npm start serves Jupyter on notebooks/ with the tslab kernel, prints the URL, and notebook 01 runs there', { timeout: 240_000 }, async () => {
  const port = await freePort();
  const child = spawn('bash', ['scripts/start.sh'], {
    cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: String(port), DISPLAY: '' },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  try {
    const url = await new Promise<string>((done, fail) => {
      const timer = setInterval(() => {
        const match = output.match(new RegExp(`http://127\\.0\\.0\\.1:${port}/\\S*token=\\w+`));
        if (match) { clearInterval(timer); done(match[0]); }
        if (child.exitCode !== null) { clearInterval(timer); fail(new Error(`start.sh exited:\n${output}`)); }
      }, 250);
    });
    const token = new URL(url).searchParams.get('token');
    const api = async (path: string) => (await fetch(`http://127.0.0.1:${port}${path}?token=${token}`)).json();
    const specs = (await api('/api/kernelspecs')) as { kernelspecs: Record<string, { spec: { argv: string[] } }> };
    assert.ok('tslab' in specs.kernelspecs, `kernels listed: ${Object.keys(specs.kernelspecs)}`);
    assert.equal(specs.kernelspecs.tslab.spec.argv[0], resolve(ROOT, 'node_modules/.bin/tslab'));
    const contents = (await api('/api/contents')) as { content: Array<{ name: string }> };
    assert.ok(contents.content.some((f) => f.name === '01-reducing-loss.ipynb'), 'notebooks/ is the served folder');
    // Notebook 01, cell by cell, through the server's own kernel session and websocket, as a browser runs it.
    const python = process.env.LOSSLAB_PYTHON ?? '/usr/bin/python3';
    const cells = spawnSync(python, [join(ROOT, 'test/start/run_through_server.py'), `http://127.0.0.1:${port}`, token ?? '', '01-reducing-loss.ipynb'], { encoding: 'utf8' });
    assert.equal(cells.status, 0, `${cells.stdout}${cells.stderr}`);
    assert.match(cells.stdout, /ran 01-reducing-loss\.ipynb through the server/);
    assert.doesNotMatch(cells.stdout, /: (error|abort)/);
    assert.doesNotMatch(output, /Traceback/);
  } finally {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
  }
});
