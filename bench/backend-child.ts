/**
 * One backend, in its own process: `node --import tsx bench/backend-child.ts <backend> <variant> [--quick]`.
 * Prints one JSON line: the step times of every workload, or why the backend was skipped.
 * variant `losslab` = `setup()` as the notebooks call it; `stock` = the backend without losslab's changes.
 */
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
}

/** Workloads whose steps are cheap get more calls per run. */
const SCALE: Record<WorkloadName, number> = { mlp: 1, linreg: 5, descent2d: 10, descent2dPlain: 500 };
const SLOW_BACKEND_SCALE: Partial<Record<string, number>> = { cpu: 0.25 };

async function main(): Promise<void> {
  const [backend, variant = 'losslab', ...flags] = process.argv.slice(2);
  const quick = flags.includes('--quick');
  const result: ChildResult = { backend, variant, steps: {}, churn: {} };
  try {
    await setup({ backend: backend as BackendName, verbose: false, wasmFastMatMul: variant !== 'stock' });
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
    const scale = name === 'mlp' ? (SLOW_BACKEND_SCALE[backend] ?? 1) : SCALE[name];
    result.steps[name] = await measure(workload.step, measureOptions(quick, scale));
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
