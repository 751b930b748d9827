/**
 * `npm start` really serves the course: it prints a URL, and the Jupyter server behind it lists the
 * project's tslab kernel and the course's notebooks. Runs scripts/start.sh on a free local port.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { ROOT, serve } from './serve';

test('npm start serves Jupyter on notebooks/ with the tslab kernel, prints the URL, and notebook 01 runs there', { timeout: 240_000 }, async () => {
  const { port, url, token: served, output: log, stop } = await serve();
  try {
    const token = served;
    assert.match(url, /token=/);
    const api = async (path: string) => (await fetch(`http://127.0.0.1:${port}${path}?token=${token}`)).json();
    const specs = (await api('/api/kernelspecs')) as { kernelspecs: Record<string, { spec: { argv: string[] } }> };
    assert.ok('tslab' in specs.kernelspecs, `kernels listed: ${Object.keys(specs.kernelspecs)}`);
    assert.equal(specs.kernelspecs.tslab.spec.argv[1], resolve(ROOT, 'dist/kernel/main.js'), 'the course kernel is registered as "tslab"');
    const contents = (await api('/api/contents/notebooks')) as { content: Array<{ name: string }> };
    assert.ok(contents.content.some((f) => f.name === '01-reducing-loss.ipynb'), 'the project root is served, notebooks/ in it');
    // The root URL opens on notebooks/.
    const auth = { headers: { Authorization: `token ${token}` } };
    const home = await fetch(`http://127.0.0.1:${port}/`, auth);
    assert.match(home.url, /\/tree\/notebooks/);
    // A notebook's link to its lesson, resolved against the notebook's page as the browser does, is served.
    const notebookPage = `http://127.0.0.1:${port}/notebooks/notebooks/01-reducing-loss.ipynb`;
    const lesson = await fetch(new URL('../lessons/01-reducing-loss.md', notebookPage), auth);
    assert.equal(lesson.status, 200, `lesson link: ${lesson.url}`);
    assert.match(await lesson.text(), /^# 01\./);
    // Notebook 01, cell by cell, through the server's own kernel session and websocket, as a browser runs it.
    const python = process.env.LOSSLAB_PYTHON ?? '/usr/bin/python3';
    const cells = spawnSync(python, [join(ROOT, 'test/start/run_through_server.py'), `http://127.0.0.1:${port}`, token ?? '', 'notebooks/01-reducing-loss.ipynb'], { encoding: 'utf8' });
    assert.equal(cells.status, 0, `${cells.stdout}${cells.stderr}`);
    assert.match(cells.stdout, /ran notebooks\/01-reducing-loss\.ipynb through the server/);
    assert.doesNotMatch(cells.stdout, /: (error|abort)/);
    assert.doesNotMatch(log(), /Traceback/);
  } finally {
    stop();
  }
});
