/**
 * Section 1: training-step time on every tfjs backend (each in its own process) against PyTorch on the CPU.
 * Children run in rounds (all backends, then all again) so that a burst of load on the machine
 * hits every backend alike; a figure is the median of the rounds' medians, with the extreme runs.
 */
import { execFileSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ChildResult } from './backend-child';
import { formatMs, ratio, type Stat } from './stats';
import { newSection, type Section } from './table';
import type { WorkloadName } from './workloads';

const ROOT = path.resolve(__dirname, '..');
export const PYTHON = process.env.LOSSLAB_BENCH_PYTHON ?? '/usr/bin/python3';

/** (backend, variant) pairs; `stock` wasm shows what losslab's kernel change buys. */
const TFJS_RUNS: Array<[string, string, string]> = [
  ['tensorflow', 'losslab', 'tfjs tensorflow (tfjs-node)'],
  ['wasm', 'losslab', 'tfjs wasm, losslab setup() (default)'],
  ['wasm', 'threads', 'tfjs wasm, losslab setup({ wasmThreads })'],
  ['wasm', 'stock', 'tfjs wasm, stock kernels'],
  ['cpu', 'losslab', 'tfjs cpu'],
];

interface Run {
  label: string;
  skipped?: string;
  info?: string;
  steps: Partial<Record<WorkloadName, Stat>>;
  churn?: ChildResult['churn'];
}

function runChild(command: string, args: string[]): ChildResult {
  try {
    const out = execFileSync(command, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return JSON.parse(out.trim().split('\n').pop() ?? '{}') as ChildResult;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { backend: args[1] ?? command, variant: '', skipped: `it failed to run (${message})`, steps: {}, churn: {} };
  }
}

function mergeRounds(stats: Stat[]): Stat {
  const merged = mergeWall(stats);
  const cpu = stats.map((s) => s.cpu).filter((c): c is Stat => c !== undefined);
  return cpu.length === stats.length ? { ...merged, cpu: mergeWall(cpu) } : merged;
}

function mergeWall(stats: Stat[]): Stat {
  const medians = stats.map((s) => s.median).sort((a, b) => a - b);
  const mid = medians.length >> 1;
  return {
    median: medians.length % 2 ? medians[mid] : (medians[mid - 1] + medians[mid]) / 2,
    min: Math.min(...stats.map((s) => s.min)),
    max: Math.max(...stats.map((s) => s.max)),
    runs: stats.reduce((n, s) => n + s.runs, 0),
    unit: stats[0].unit,
  };
}

function collect(label: string, results: ChildResult[], missing: Set<string>): Run {
  const skipped = results.find((r) => r.skipped !== undefined)?.skipped;
  if (skipped !== undefined) return { label, skipped, steps: {} };
  for (const [name, why] of Object.entries(results[0].missing ?? {})) missing.add(`${name}: ${why}`);
  const steps: Run['steps'] = {};
  for (const name of Object.keys(results[0].steps) as WorkloadName[]) {
    steps[name] = mergeRounds(results.map((r) => r.steps[name] as Stat));
  }
  const threads = results[0].wasmThreads;
  return { label, steps, churn: results[0].churn, info: threads !== undefined ? `${threads} thread(s)` : undefined };
}

interface Rounds {
  torch: ChildResult[];
  torchOne: ChildResult[];
  tfjs: ChildResult[][];
}

/** Every implementation once per round, in separate processes. */
function runRounds(rounds: number, flags: string[]): Rounds {
  const result: Rounds = { torch: [], torchOne: [], tfjs: TFJS_RUNS.map(() => []) };
  const torchScript = path.join('bench', 'torch_workloads.py');
  for (let round = 0; round < rounds; round++) {
    result.torch.push(runChild(PYTHON, [torchScript, ...flags]));
    result.torchOne.push(runChild(PYTHON, [torchScript, '--threads', '1', ...flags]));
    TFJS_RUNS.forEach(([backend, variant], i) => {
      if (round > 0 && result.tfjs[i][0]?.skipped !== undefined) return;
      const args = ['--import', 'tsx', path.join('bench', 'backend-child.ts'), backend, variant, ...flags];
      result.tfjs[i].push(runChild(process.execPath, args));
    });
  }
  return result;
}

function row(run: Run, reference: Run, referenceOne: Run): string[] {
  const c = run.churn;
  return [
    run.label + (run.info ? ` [${run.info}]` : ''),
    ratio(run.steps.mlp, reference.steps.mlp),
    ratio(run.steps.mlp, referenceOne.steps.mlp),
    ratio(run.steps.mlp?.cpu, referenceOne.steps.mlp?.cpu),
    formatMs(run.steps.mlp),
    formatMs(run.steps.mlp?.cpu),
    formatMs(run.steps.linreg),
    formatMs(run.steps.descent2d),
    formatMs(run.steps.runOptimizer),
    c ? [c.mlp, c.linreg, c.descent2d, c.runOptimizer].map((k) => k?.kernels ?? '–').join(', ') : '–',
  ];
}

const HEADER = [
  'implementation', 'MLP / PyTorch', 'MLP / PyTorch 1 thread', 'MLP CPU time / PyTorch 1 thread', 'MLP ms/step',
  'MLP CPU ms/step', 'linreg ms/step', '2-D descent ms/step', 'runOptimizer ms/step', 'kernels/step (mlp, linreg, 2-D, runOptimizer)',
];

const NOTE_LOAD =
  ' PyTorch with one thread per core suffers most when other processes load the machine (its OpenMP' +
  ' threads wait on each other); the 1-thread column is the steadier reference. CPU time (all threads of the' +
  ' process) does not count waiting for a core, so for single-threaded runs its ratio is the load-proof figure.';

export function benchSteps(quick: boolean): Section {
  const rounds = quick ? 1 : 3;
  const { torch, torchOne, tfjs } = runRounds(rounds, quick ? ['--quick'] : []);
  const missing = new Set<string>();
  const reference = collect(`PyTorch CPU, ${os.cpus().length} threads`, torch, missing);
  const referenceOne = collect('PyTorch CPU, 1 thread', torchOne, missing);
  const runs = [reference, referenceOne, ...TFJS_RUNS.map(([, , label], i) => collect(label, tfjs[i], missing))];
  const version = (torch[0] as { version?: string } | undefined)?.version;
  const section = newSection(
    'Training step: MLP 784-128-10, ReLU, batch 128, softmax cross-entropy, Adam',
    HEADER,
    `tfjs: \`model.trainOnBatch\`; PyTorch ${version ?? ''} with one thread per core. Figures: median (min–max) ms per step` +
      ` over ${rounds} round(s) of separate processes. Small workloads: linear regression on 64 points (SGD` +
      ' `minimize`); one descent step on a 2-D bowl with `tf.grad`; the course\'s `descent.runOptimizer` (Adam on' +
      ' Rosenbrock, point read back every step).',
  );
  for (const run of runs) {
    if (run.skipped !== undefined) section.skipped.push(`${run.label}: ${run.skipped}`);
    else {
      section.rows.push(row(run, reference, referenceOne));
      section.data[run.label] = run;
    }
  }
  for (const line of missing) section.skipped.push(line);
  const plain = runs.find((r) => r.steps.descent2dPlain !== undefined)?.steps.descent2dPlain;
  if (plain !== undefined) section.note += ` The same 2-D step in plain numbers: ${(plain.median * 1000).toFixed(2)} µs.`;
  section.note += NOTE_LOAD;
  return section;
}
