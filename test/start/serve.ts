/** Runs `npm start` (scripts/start.sh) on a free local port for the start tests; returns its URL and token. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

export interface Served {
  port: number;
  url: string;
  token: string;
  child: ChildProcess;
  output: () => string;
  stop: () => void;
}

/** Starts scripts/start.sh and waits for the URL it prints. */
export async function serve(): Promise<Served> {
  const port = await freePort();
  const child = spawn('bash', ['scripts/start.sh'], {
    cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: String(port), DISPLAY: '' },
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const stop = () => { if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM'); };
  try {
    const url = await new Promise<string>((done, fail) => {
      const timer = setInterval(() => {
        const match = output.match(new RegExp(`http://127\\.0\\.0\\.1:${port}/\\S*token=\\w+`));
        if (match) { clearInterval(timer); done(match[0]); }
        if (child.exitCode !== null) { clearInterval(timer); fail(new Error(`start.sh exited:\n${output}`)); }
      }, 250);
    });
    return { port, url, token: new URL(url).searchParams.get('token') ?? '', child, output: () => output, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
