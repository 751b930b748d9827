/**
 * Section 4: executing the whole course. Reads the wall times that the notebook runner writes
 * (`build/notebooks/timings.json`, from `scripts/run_notebooks.py`); with `--run-notebooks` it first
 * runs the runner itself under GNU time (peak resident memory of the largest process it waited for) and
 * polls /proc for the tslab kernels' own peak (VmHWM); the runner itself does not measure memory.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { newSection, type Section } from './table';

const ROOT = path.resolve(__dirname, '..');
const TIMINGS = path.join(ROOT, 'build', 'notebooks', 'timings.json');
const GNU_TIME = '/usr/bin/time';

interface NotebookTiming {
  seconds?: number;
  solutionsSeconds?: number;
  [key: string]: unknown;
}

interface RunnerRun {
  wallSeconds: number;
  /** GNU time's figure: the largest process it waited for (kernels, Python, the TypeScript build). */
  peakRssMiB?: number;
  /** The largest VmHWM of the tslab kernels, polled from /proc. */
  kernelPeakMiB?: number;
  exitCode: number | null;
}

/** Parent pid of a process, from /proc (undefined once it has exited). */
function parentOf(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

function descendsFrom(pid: number, ancestor: number): boolean {
  for (let p: number | undefined = pid; p !== undefined && p > 1; p = parentOf(p)) if (p === ancestor) return true;
  return false;
}

/** The peak RSS (VmHWM, MiB) of every tslab kernel started under `root`, polled from /proc. */
function watchKernels(root: number): { stop(): number | undefined } {
  let peak: number | undefined;
  const poll = () => {
    for (const name of fs.existsSync('/proc') ? fs.readdirSync('/proc') : []) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const cmdline = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8');
        if (!cmdline.includes('tslab') || !cmdline.includes('kernel') || !descendsFrom(Number(name), root)) continue;
        const hwm = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${name}/status`, 'utf8'));
        if (hwm) peak = Math.max(peak ?? 0, Number(hwm[1]) / 1024);
      } catch {
        // the process ended between the listing and the read
      }
    }
  };
  const timer = setInterval(poll, 200);
  return { stop: () => (clearInterval(timer), peak) };
}

/** Runs `npm run notebooks` (all notebooks) under GNU time -v, watching the kernels' memory. */
async function runCourse(): Promise<RunnerRun | string> {
  if (!fs.existsSync(path.join(ROOT, 'scripts', 'notebooks.sh'))) return 'scripts/notebooks.sh is missing';
  const useTime = fs.existsSync(GNU_TIME);
  const [command, args] = useTime ? [GNU_TIME, ['-v', 'bash', 'scripts/notebooks.sh']] : ['bash', ['scripts/notebooks.sh']];
  const start = performance.now();
  const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const watcher = watchKernels(child.pid ?? -1);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const kernelPeakMiB = watcher.stop();
  const wallSeconds = (performance.now() - start) / 1000;
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  process.stdout.write(stdout.split('\n').filter((l) => /^(ok|FAIL|notebooks:)/.test(l)).join('\n') + '\n');
  if (exitCode !== 0) {
    const errors = stderr.split('\n').filter((l) => l.trim() !== '' && !/^\s|Command being timed/.test(l));
    process.stdout.write(`npm run notebooks failed (exit ${exitCode}):\n${errors.slice(-5).join('\n')}\n`);
  }
  return { wallSeconds, exitCode, peakRssMiB: match ? Number(match[1]) / 1024 : undefined, kernelPeakMiB };
}

/** A memory figure the runner may add later (any numeric field naming rss or memory). */
function memoryField(timing: NotebookTiming): string | undefined {
  const key = Object.keys(timing).find((k) => /rss|memory/i.test(k) && typeof timing[k] === 'number');
  return key === undefined ? undefined : `${timing[key]} (${key})`;
}

export async function benchNotebooks(run: boolean): Promise<Section> {
  const section = newSection(
    'Executing the course (target: all notebooks < 5 min on 2 cores; each < 60 s)',
    ['notebook', 'seconds (as shipped)', 'seconds (with solutions)', 'memory (runner)'],
  );
  let runner: RunnerRun | undefined;
  if (run) {
    const outcome = await runCourse();
    if (typeof outcome === 'string') section.skipped.push(`running the notebooks: ${outcome}`);
    else runner = outcome;
  }
  if (!fs.existsSync(TIMINGS)) {
    section.skipped.push(
      `notebook timings: ${path.relative(ROOT, TIMINGS)} does not exist yet (run \`npm run notebooks\`, or \`npm run bench -- --only notebooks --run-notebooks\`)`,
    );
    return section;
  }
  const timings = JSON.parse(fs.readFileSync(TIMINGS, 'utf8')) as Record<string, NotebookTiming>;
  let total = 0;
  let totalSolutions = 0;
  for (const [stem, timing] of Object.entries(timings).sort(([a], [b]) => a.localeCompare(b))) {
    total += timing.seconds ?? 0;
    totalSolutions += timing.solutionsSeconds ?? 0;
    section.rows.push([stem, timing.seconds?.toFixed(1) ?? '–', timing.solutionsSeconds?.toFixed(1) ?? '–', memoryField(timing) ?? '–']);
  }
  section.rows.push(['**total**', total.toFixed(1), totalSolutions.toFixed(1), '']);
  const modified = fs.statSync(TIMINGS).mtime.toISOString();
  section.note = `From ${path.relative(ROOT, TIMINGS)} (written ${modified}); single runs (each notebook is one kernel session).`;
  if (runner !== undefined) {
    section.note +=
      ` This run: \`npm run notebooks\` took ${runner.wallSeconds.toFixed(1)} s wall (exit ${runner.exitCode}, including the` +
      ` solution runs and the build); peak RSS of a tslab kernel ${runner.kernelPeakMiB?.toFixed(0) ?? 'unknown'} MiB` +
      ` (VmHWM, polled from /proc), of the largest process GNU time saw ${runner.peakRssMiB?.toFixed(0) ?? 'unknown'} MiB.`;
  } else {
    section.skipped.push('peak memory: measured only with `--run-notebooks` (the runner does not record it)');
  }
  section.data = { timings, totalSeconds: total, totalSolutionsSeconds: totalSolutions, runner };
  return section;
}
