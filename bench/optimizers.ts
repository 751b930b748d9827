/**
 * Section 2: the library's optimizers against tfjs' built-ins with the same update rule, in `model.fit`
 * (the MLP workload, one epoch of 8 batches of 128). Runs alternate library / built-in so drift in the
 * machine's load hits both alike. Target: ratio ≤ 1.15.
 */
import * as tf from '@tensorflow/tfjs';
import * as lib from '../src';
import { setSeed } from '../src/random/seed';
import { formatMs, ratio, summarize, type Stat } from './stats';
import { newSection, type Section } from './table';
import { MLP } from './workloads';

type OptimizerClass = new (config: Record<string, unknown>) => tf.Optimizer;

/** Library class name, its constructor config, and tfjs' built-in with the same rule. */
const PAIRS: Array<{ name: string; config: Record<string, unknown>; builtin: (() => tf.Optimizer) | undefined; label?: string }> = [
  { name: 'SGD', config: { learningRate: 0.01 }, builtin: () => tf.train.sgd(0.01) },
  { name: 'SGD', config: { learningRate: 0.01, momentum: 0.9 }, builtin: () => tf.train.momentum(0.01, 0.9), label: 'SGD (momentum 0.9)' },
  { name: 'SGD', config: { learningRate: 0.01, momentum: 0.9, nesterov: true }, builtin: () => tf.train.momentum(0.01, 0.9, true), label: 'SGD (Nesterov)' },
  { name: 'Adagrad', config: { learningRate: 0.01 }, builtin: () => tf.train.adagrad(0.01) },
  { name: 'Adadelta', config: { learningRate: 1 }, builtin: () => tf.train.adadelta(1, 0.95, 1e-7) },
  { name: 'RMSprop', config: { learningRate: 0.001 }, builtin: () => tf.train.rmsprop(0.001, 0.9, 0, 1e-7) },
  { name: 'Adam', config: { learningRate: 0.001 }, builtin: () => tf.train.adam(0.001) },
  { name: 'Adamax', config: { learningRate: 0.001 }, builtin: () => tf.train.adamax(0.001) },
  { name: 'AdamW', config: { learningRate: 0.001 }, builtin: undefined },
  { name: 'Nadam', config: { learningRate: 0.001 }, builtin: undefined },
];

const BATCHES = 8;

function makeData(): { x: tf.Tensor2D; y: tf.Tensor2D } {
  const n = BATCHES * MLP.batch;
  const x = tf.randomNormal([n, MLP.inputs], 0, 1, 'float32', 1) as tf.Tensor2D;
  const labels = tf.randomUniform([n], 0, MLP.classes, 'int32', 2) as tf.Tensor1D;
  const y = tf.tidy(() => tf.oneHot(labels, MLP.classes).toFloat() as tf.Tensor2D);
  labels.dispose();
  return { x, y };
}

interface FitTiming {
  wall: number;
  cpu: number;
  /** Kernels run by one `trainOnBatch` step (forward, gradient and update): the optimizer's op count shows here. */
  kernels: number;
}

/** Milliseconds per training step (wall and CPU) of one `fit` epoch with a fresh model. */
async function fitStep(optimizer: tf.Optimizer, x: tf.Tensor, y: tf.Tensor): Promise<FitTiming> {
  setSeed(7);
  const model = tf.sequential({
    layers: [
      tf.layers.dense({ units: MLP.hidden, activation: 'relu', inputShape: [MLP.inputs] }),
      tf.layers.dense({ units: MLP.classes }),
    ],
  });
  model.compile({ optimizer, loss: 'categoricalCrossentropy' });
  await model.fit(x, y, { batchSize: MLP.batch, epochs: 1, verbose: 0, shuffle: false }); // warm-up: slots, kernels
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  await model.fit(x, y, { batchSize: MLP.batch, epochs: 1, verbose: 0, shuffle: false });
  const wall = (performance.now() - start) / BATCHES;
  const used = process.cpuUsage(cpuStart);
  const [xb, yb] = [x.slice(0, MLP.batch), y.slice(0, MLP.batch)];
  const profile = await tf.profile(async () => {
    await model.trainOnBatch(xb, yb);
  });
  tf.dispose([xb, yb]);
  optimizer.dispose();
  model.dispose();
  return { wall, cpu: (used.user + used.system) / 1000 / BATCHES, kernels: profile.kernels.length };
}

export async function benchOptimizers(quick: boolean): Promise<Section> {
  const section = newSection(
    'Optimizers: library vs tfjs built-in, in model.fit (target ≤ 1.15)',
    ['optimizer', 'library / tfjs', 'library / tfjs, CPU time', 'library ms/step', 'tfjs ms/step', 'kernels/step library, tfjs'],
    `MLP 784-128-10 in \`model.fit\`, ${BATCHES} batches of ${MLP.batch} per epoch; ms per step, median (min–max) of ${quick ? 3 : 7} alternating runs. ` +
      'CPU time does not count waiting for a core (load-proof); kernels/step counts every kernel of one training step.',
  );
  const available = (lib as unknown as { optimizers: Record<string, unknown> }).optimizers;
  const report = await lib.setup({ verbose: false });
  section.note += ` Backend: ${report.backend}.`;
  const { x, y } = makeData();
  const runs = quick ? 3 : 7;
  for (const pair of PAIRS) {
    const label = pair.label ?? pair.name;
    const Class = available[pair.name] as OptimizerClass | undefined;
    if (typeof Class !== 'function') {
      section.skipped.push(`${label}: \`optimizers.${pair.name}\` is not exported by src/optimizers yet`);
      continue;
    }
    const libRuns: FitTiming[] = [];
    const tfRuns: FitTiming[] = [];
    try {
      for (let run = 0; run < runs; run++) {
        libRuns.push(await fitStep(new Class(pair.config), x, y));
        if (pair.builtin !== undefined) tfRuns.push(await fitStep(pair.builtin(), x, y));
      }
    } catch (error) {
      section.skipped.push(`${label}: failed in model.fit (${error instanceof Error ? error.message.split('\n')[0] : error})`);
      continue;
    }
    const stat = (timings: FitTiming[]): Stat | undefined =>
      timings.length === 0 ? undefined : { ...summarize(timings.map((t) => t.wall)), cpu: summarize(timings.map((t) => t.cpu)) };
    const libStat = stat(libRuns);
    const tfStat = stat(tfRuns);
    const kernels = `${libRuns[0].kernels}, ${tfRuns[0]?.kernels ?? '–'}`;
    section.rows.push([
      label,
      tfStat ? ratio(libStat, tfStat) : 'tfjs has none',
      tfStat ? ratio(libStat?.cpu, tfStat.cpu) : '–',
      formatMs(libStat),
      formatMs(tfStat),
      kernels,
    ]);
    section.data[label] = { library: libStat, tfjs: tfStat, kernelsPerStep: { library: libRuns[0].kernels, tfjs: tfRuns[0]?.kernels } };
  }
  tf.dispose([x, y]);
  return section;
}
