/**
 * One backend, in its own process: `node --import tsx bench/backend-child.ts <backend> <variant> [--quick]`.
 * Prints one JSON line: the step times of every workload, or why the backend was skipped.
 * variant `losslab` = `setup()` as the notebooks call it; `stock` = the backend without losslab's changes;
 * `threads` = `setup({ wasmThreads: <cores> })`, the multi-threaded wasm build.
 */
import * as os from 'node:os';
import * as tf from '@tensorflow/tfjs';
import { setup, type BackendName } from '../src/backend/setup';
import { measure, measureOptions, type Stat } from './stats';
import { churn, WORKLOADS, type WorkloadName } from './workloads';

export interface ChildResult {
  backend: string;
  variant: string;
  skipped?: string;
  wasmThreads?: number;
  steps: Partial<Record<WorkloadName, Stat>>;
  churn: Partial<Record<WorkloadName, { kernels: number; leaked: number }>>;
  /** Workloads that could not run here, and why. */
  missing?: Partial<Record<WorkloadName, string>>;
}

/** Divides a per-call figure by the steps one call makes. */
function perStep(stat: Stat, steps: number): Stat {
  const scaled = { ...stat, median: stat.median / steps, min: stat.min / steps, max: stat.max / steps };
  return stat.cpu === undefined ? scaled : { ...scaled, cpu: perStep(stat.cpu, steps) };
}

/** Workloads whose steps are cheap get more calls per run. */
const SCALE: Record<WorkloadName, number> = { mlp: 1, linreg: 5, descent2d: 10, descent2dPlain: 500, runOptimizer: 1 };
const SLOW_BACKEND_SCALE: Partial<Record<string, number>> = { cpu: 0.25 };

async function main(): Promise<void> {
  const [backend, variant = 'losslab', ...flags] = process.argv.slice(2);
  const quick = flags.includes('--quick');
  const result: ChildResult = { backend, variant, steps: {}, churn: {} };
  try {
    await setup({
      backend: backend as BackendName,
      verbose: false,
      wasmFastMatMul: variant !== 'stock',
      wasmThreads: variant === 'threads' ? Math.min(8, Math.max(2, os.cpus().length)) : 1,
    });
  } catch (error) {
    result.skipped = (error instanceof Error ? error.message : String(error)).replace(/^setup: /, '');
    console.log(JSON.stringify(result));
    return;
  }
  if (backend === 'wasm') {
    const wasm = require('@tensorflow/tfjs-backend-wasm') as { getThreadsCount(): number };
    result.wasmThreads = wasm.getThreadsCount();
  }
  for (const name of Object.keys(WORKLOADS) as WorkloadName[]) {
    const workload = WORKLOADS[name]();
    if (typeof workload === 'string') {
      result.missing = { ...result.missing, [name]: workload };
      continue;
    }
    const scale = name === 'mlp' ? (SLOW_BACKEND_SCALE[backend] ?? 1) : SCALE[name];
    const stat = await measure(workload.step, measureOptions(quick, scale));
    result.steps[name] = perStep(stat, workload.stepsPerCall ?? 1);
    if (name !== 'descent2dPlain') result.churn[name] = await churn(workload);
    workload.dispose();
  }
  result.steps.mlp!.unit = `ms (${tf.getBackend()})`;
  console.log(JSON.stringify(result));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
