/** Timing helpers shared by the benchmarks: median of several runs after a warm-up, with min and max. */

export interface Stat {
  median: number;
  min: number;
  max: number;
  /** How many runs the median is taken over. */
  runs: number;
  unit: string;
  /** CPU time of the process per call (all threads), when measured: immune to waiting for a core. */
  cpu?: Stat;
}

export interface MeasureOptions {
  /** Untimed calls first (JIT, kernel caches, lazily created optimizer slots). */
  warmup: number;
  /** Timed runs; the figure is their median. */
  runs: number;
  /** Calls per run: a run's time is the mean over them, so fast steps are not lost in timer noise. */
  inner: number;
}

export function summarize(samples: readonly number[], unit = 'ms'): Stat {
  if (samples.length === 0) throw new Error('summarize: expected at least one sample; got none');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length, unit };
}

/** Milliseconds per call of `step` (sync or async): wall time, with the process's CPU time in `cpu`. */
export async function measure(step: () => unknown, options: MeasureOptions): Promise<Stat> {
  for (let i = 0; i < options.warmup; i++) await step();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < options.runs; run++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    for (let i = 0; i < options.inner; i++) await step();
    wall.push((performance.now() - start) / options.inner);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000 / options.inner);
  }
  return { ...summarize(wall), cpu: summarize(cpu) };
}

/** Default run counts; `--quick` trades precision for time. */
export function measureOptions(quick: boolean, scale = 1): MeasureOptions {
  const inner = Math.max(1, Math.round((quick ? 5 : 20) * scale));
  return { warmup: Math.max(10, inner), runs: quick ? 3 : 7, inner };
}

export function formatMs(stat: Stat | undefined): string {
  if (stat === undefined) return '–';
  const f = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v >= 1 ? v.toFixed(2) : v.toFixed(3));
  return `${f(stat.median)} (${f(stat.min)}–${f(stat.max)})`;
}

export function ratio(value: Stat | undefined, reference: Stat | undefined): string {
  if (value === undefined || reference === undefined || reference.median <= 0) return '–';
  return `${(value.median / reference.median).toFixed(2)}x`;
}
