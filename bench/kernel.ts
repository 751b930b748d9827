/**
 * The kernel (issue 13): start to first output, per-cell overhead and a top-level loop, for the
 * course's kernel (registered as `tslab`) and plain tslab 1.0.22, through jupyter_client.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { newSection, type Section } from './table';

const ROOT = path.resolve(__dirname, '..');

interface KernelTimes {
  first_output_s: number;
  cell_ms: number;
  cell_ms_max: number;
  loop_ms: number;
}

/** A kernelspec directory holding plain tslab, for comparison. */
function plainTslabSpec(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'losslab-bench-kernel-'));
  fs.mkdirSync(path.join(dir, 'kernels', 'plain-tslab'), { recursive: true });
  const argv = [path.join(ROOT, 'node_modules', '.bin', 'tslab'), 'kernel', '--config-path', '{connection_file}'];
  fs.writeFileSync(path.join(dir, 'kernels', 'plain-tslab', 'kernel.json'), JSON.stringify({ argv, display_name: 'plain tslab', language: 'typescript' }));
  return dir;
}

export async function benchKernel(quick: boolean): Promise<Section> {
  const section = newSection('Kernel (course kernel vs plain tslab 1.0.22)', ['kernel', 'start to first output (s)', 'cell overhead, median (max) ms', 'top-level loop of 1e6 additions (ms)'],
    'Through jupyter_client from Python, cwd notebooks/; the cell is `1 + 1;`, the loop `for (let i = 0; i < 1e6; i++) s += i;` at top level. Target: first output under 3 s.');
  const python = process.env.LOSSLAB_PYTHON ?? 'python3';
  const jupyterPath = process.env.JUPYTER_PATH ?? path.join(ROOT, '.jupyter', 'share', 'jupyter');
  const plain = plainTslabSpec();
  try {
    for (const [label, name, extra] of [['course kernel', 'tslab', ''], ['plain tslab', 'plain-tslab', plain]] as const) {
      const env = { ...process.env, JUPYTER_PATH: extra ? `${extra}:${jupyterPath}` : jupyterPath };
      const run = spawnSync(python, [path.join(__dirname, 'kernel_timing.py'), name, path.join(ROOT, 'notebooks'), quick ? '10' : '30', '1000000'], { env, encoding: 'utf8', timeout: 300_000 });
      if (run.status !== 0) {
        section.skipped.push(`${label}: ${(run.stderr || run.error?.message || 'failed').trim().split('\n').slice(-1)[0]}`);
        continue;
      }
      const t = JSON.parse(run.stdout.trim().split('\n').slice(-1)[0]) as KernelTimes;
      section.data[name] = t;
      section.rows.push([label, t.first_output_s.toFixed(2), `${t.cell_ms.toFixed(1)} (${t.cell_ms_max.toFixed(1)})`, t.loop_ms.toFixed(0)]);
    }
  } finally {
    fs.rmSync(plain, { recursive: true, force: true });
  }
  return section;
}
