/**
 * Section 4: executing the whole course. Reads the wall times that the notebook runner writes
 * (`build/notebooks/timings.json`, from `scripts/run_notebooks.py`); with `--run-notebooks` it first
 * runs the runner itself under GNU time, which reports the peak resident memory of the largest process
 * it waited for, kernels included (the runner itself does not measure memory).
 */
import { spawnSync } from 'node:child_process';
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
  peakRssMiB?: number;
  exitCode: number | null;
}

/** Runs `npm run notebooks` (all notebooks) under GNU time -v. */
function runCourse(): RunnerRun | string {
  if (!fs.existsSync(path.join(ROOT, 'scripts', 'notebooks.sh'))) return 'scripts/notebooks.sh is missing';
  const useTime = fs.existsSync(GNU_TIME);
  const command = useTime ? GNU_TIME : 'bash';
  const args = useTime ? ['-v', 'bash', 'scripts/notebooks.sh'] : ['scripts/notebooks.sh'];
  const start = performance.now();
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  const wallSeconds = (performance.now() - start) / 1000;
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? '');
  process.stdout.write((result.stdout ?? '').split('\n').filter((l) => /^(ok|FAIL|notebooks:)/.test(l)).join('\n') + '\n');
  if (result.status !== 0) {
    const errors = (result.stderr ?? '').split('\n').filter((l) => l.trim() !== '' && !/^\s|^\t|Command being timed/.test(l));
    process.stdout.write(`npm run notebooks failed (exit ${result.status}):\n${errors.slice(-5).join('\n')}\n`);
  }
  return { wallSeconds, exitCode: result.status, peakRssMiB: match ? Number(match[1]) / 1024 : undefined };
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
    const outcome = runCourse();
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
      ` solution runs and the build), peak RSS of the largest process ${runner.peakRssMiB?.toFixed(0) ?? 'unknown'} MiB.`;
  } else {
    section.skipped.push('peak memory: measured only with `--run-notebooks` (the runner does not record it)');
  }
  section.data = { timings, totalSeconds: total, totalSolutionsSeconds: totalSolutions, runner };
  return section;
}
