/**
 * Section "profile": where the MLP training step's time goes on the default backend (in this process):
 * time per kernel (from `tf.profile`, median over several profiled steps), and what is left outside the
 * kernels (engine bookkeeping, gradient tape, tfjs-layers' JavaScript).
 */
import * as tf from '@tensorflow/tfjs';
import * as lib from '../src';
import { formatMs, measure, measureOptions, summarize } from './stats';
import { newSection, type Section } from './table';
import { mlpStep } from './workloads';

const MATMUL = new Set(['BatchMatMul', '_FusedMatMul']);

type Timer = { time(f: () => void): Promise<{ kernelMs: number }> };

/**
 * Profiles one step with kernel times in CPU time of the process: `tf.profile` asks the backend's
 * `time(f)`, which measures wall time, and on a loaded machine that includes waiting for a core.
 */
async function kernelTimes(step: () => unknown): Promise<Map<string, { calls: number; ms: number }>> {
  const backend = tf.backend() as unknown as Timer;
  const wallTime = backend.time;
  backend.time = async (f) => {
    const start = process.cpuUsage();
    f();
    const used = process.cpuUsage(start);
    return { kernelMs: (used.user + used.system) / 1000 };
  };
  const info = await tf
    .profile(async () => {
      await step();
    })
    .finally(() => {
      backend.time = wallTime;
    });
  const byName = new Map<string, { calls: number; ms: number }>();
  for (const kernel of info.kernels) {
    const ms = Number(await kernel.kernelTimeMs);
    const entry = byName.get(kernel.name) ?? { calls: 0, ms: 0 };
    entry.calls += 1;
    entry.ms += ms;
    byName.set(kernel.name, entry);
  }
  return byName;
}

export async function benchProfile(quick: boolean): Promise<Section> {
  const report = await lib.setup({ verbose: false });
  const section = newSection(
    `Profile: the MLP step on the default backend (${report.backend}${report.wasmThreads ? `, ${report.wasmThreads} thread(s)` : ''})`,
    ['part', 'calls/step', 'ms/step', 'share'],
    'Kernel CPU times from `tf.profile` (median of the profiled steps); shares are of the step\'s CPU time, and what the' +
      ' kernels do not account for is engine bookkeeping, gradient tape and tfjs-layers JavaScript.',
  );
  const workload = mlpStep();
  const step = await measure(workload.step, measureOptions(quick));
  const profiles: Array<Map<string, { calls: number; ms: number }>> = [];
  for (let i = 0; i < (quick ? 3 : 7); i++) profiles.push(await kernelTimes(workload.step));
  workload.dispose();
  const names = [...profiles[0].keys()];
  const median = (name: string) => summarize(profiles.map((p) => p.get(name)?.ms ?? 0)).median;
  const rows = names.map((name) => ({ name, calls: profiles[0].get(name)?.calls ?? 0, ms: median(name) }));
  rows.sort((a, b) => b.ms - a.ms);
  const kernelTotal = rows.reduce((sum, r) => sum + r.ms, 0);
  // CPU time, not wall: on a loaded machine the wall time of a step includes waiting for a core.
  const stepCpu = step.cpu ?? step;
  const share = (ms: number) => `${((100 * ms) / stepCpu.median).toFixed(0)}%`;
  const matmul = rows.filter((r) => MATMUL.has(r.name));
  const matmulMs = matmul.reduce((sum, r) => sum + r.ms, 0);
  section.rows.push(['whole step, CPU time', '', formatMs(stepCpu), '100%']);
  section.rows.push(['whole step, wall time', '', formatMs(step), '']);
  section.rows.push(['matrix products (XNNPACK, incl. transposes)', String(matmul.reduce((n, r) => n + r.calls, 0)), matmulMs.toFixed(2), share(matmulMs)]);
  for (const r of rows.filter((r) => !MATMUL.has(r.name)).slice(0, 8)) {
    section.rows.push([r.name, String(r.calls), r.ms.toFixed(3), share(r.ms)]);
  }
  const rest = rows.filter((r) => !MATMUL.has(r.name)).slice(8);
  const restMs = rest.reduce((sum, r) => sum + r.ms, 0);
  section.rows.push([`${rest.length} other kernels`, String(rest.reduce((n, r) => n + r.calls, 0)), restMs.toFixed(3), share(restMs)]);
  const outside = Math.max(0, stepCpu.median - kernelTotal);
  section.rows.push(['outside kernels (engine, tape, layers JS)', '', outside.toFixed(2), share(outside)]);
  section.data = { step, kernels: rows, kernelTotalMs: kernelTotal, outsideMs: outside };
  return section;
}
