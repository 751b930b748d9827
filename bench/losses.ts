/**
 * Section 3: the library's losses against tfjs' built-ins (forward, and gradient with respect to
 * `yPred`), each reduced to the batch mean. The library runs with `validate: false`, as inside
 * `model.fit`; the last column is its eager default (value checks on, which read the data back).
 */
import * as tf from '@tensorflow/tfjs';
import * as lib from '../src';
import { formatMs, measure, measureOptions, ratio, type Stat } from './stats';
import { newSection, type Section } from './table';

type LossFn = (yTrue: tf.Tensor, yPred: tf.Tensor, options?: Record<string, unknown>) => tf.Tensor;
type Builtin = (yTrue: tf.Tensor, yPred: tf.Tensor) => tf.Tensor;
type Kind = 'regression' | 'probability' | 'labels01' | 'onehot';

const m = tf.metrics;
const PAIRS: Array<{ name: string; kind: Kind; builtin?: Builtin }> = [
  { name: 'meanSquaredError', kind: 'regression', builtin: (t, p) => m.meanSquaredError(t, p) },
  { name: 'meanAbsoluteError', kind: 'regression', builtin: (t, p) => m.meanAbsoluteError(t, p) },
  { name: 'meanAbsolutePercentageError', kind: 'regression', builtin: (t, p) => m.meanAbsolutePercentageError(t, p) },
  { name: 'meanSquaredLogarithmicError', kind: 'probability' },
  { name: 'huber', kind: 'regression', builtin: (t, p) => tf.losses.huberLoss(t, p) },
  { name: 'logCosh', kind: 'regression' },
  { name: 'binaryCrossentropy', kind: 'labels01', builtin: (t, p) => m.binaryCrossentropy(t, p) },
  { name: 'categoricalCrossentropy', kind: 'onehot', builtin: (t, p) => m.categoricalCrossentropy(t, p) },
  { name: 'hinge', kind: 'labels01', builtin: (t, p) => tf.losses.hingeLoss(t, p) },
  { name: 'squaredHinge', kind: 'labels01' },
  { name: 'categoricalHinge', kind: 'onehot' },
  { name: 'klDivergence', kind: 'onehot' },
  { name: 'poisson', kind: 'probability' },
  { name: 'cosineSimilarity', kind: 'regression', builtin: (t, p) => tf.losses.cosineDistance(t, p, 1) },
];

const BATCH = 512;
const WIDTH = 10;

function data(kind: Kind): [tf.Tensor, tf.Tensor] {
  return tf.tidy(() => {
    const pred = tf.randomUniform([BATCH, WIDTH], 0.05, 0.95, 'float32', 3);
    if (kind === 'regression') return [tf.randomNormal([BATCH, WIDTH], 0, 1, 'float32', 4), pred];
    if (kind === 'probability') return [tf.randomUniform([BATCH, WIDTH], 0.05, 0.95, 'float32', 4), pred];
    if (kind === 'labels01') return [tf.randomUniform([BATCH, WIDTH], 0, 2, 'int32', 4).toFloat(), pred];
    const labels = tf.randomUniform([BATCH], 0, WIDTH, 'int32', 4) as tf.Tensor1D;
    return [tf.oneHot(labels, WIDTH).toFloat(), pred.div(pred.sum(-1, true))];
  });
}

interface Timing {
  forward: Stat;
  gradient: Stat;
  /** Kernels run by one forward call and by one gradient call (load-proof). */
  kernels: [number, number];
}

async function kernelCount(f: () => void): Promise<number> {
  return (await tf.profile(f)).kernels.length;
}

/** Forward and gradient times of `f` reduced to a scalar mean. */
async function time(f: Builtin, yTrue: tf.Tensor, yPred: tf.Tensor, quick: boolean): Promise<Timing> {
  const scalar = (p: tf.Tensor) => f(yTrue, p).mean();
  const gradient = tf.grad(scalar);
  const options = measureOptions(quick, 10);
  const forwardStep = () => tf.tidy(() => scalar(yPred)).dispose();
  const gradientStep = () => tf.tidy(() => gradient(yPred)).dispose();
  const forward = await measure(forwardStep, options);
  const backward = await measure(gradientStep, options);
  return { forward, gradient: backward, kernels: [await kernelCount(forwardStep), await kernelCount(gradientStep)] };
}

export async function benchLosses(quick: boolean): Promise<Section> {
  const section = newSection(
    'Losses: library vs tfjs built-in (forward and gradient)',
    ['loss', 'forward lib/tfjs', 'gradient lib/tfjs', 'kernels fwd lib, tfjs', 'kernels grad lib, tfjs', 'lib fwd ms', 'tfjs fwd ms', 'lib grad ms', 'tfjs grad ms', 'lib fwd ms, validate on'],
    `Batch ${BATCH}×${WIDTH}, mean over the batch; ms per call, median (min–max). Ratios are of CPU time` +
      ' (waiting for a core does not count); at this size a call is mostly per-kernel overhead, so the kernel counts explain the ratios.',
  );
  const available = (lib as unknown as { losses: Record<string, unknown> }).losses;
  const report = await lib.setup({ verbose: false });
  section.note += ` Backend: ${report.backend}.`;
  for (const pair of PAIRS) {
    const fn = available[pair.name] as LossFn | undefined;
    if (typeof fn !== 'function') {
      section.skipped.push(`${pair.name}: \`losses.${pair.name}\` is not exported by src/losses yet`);
      continue;
    }
    const [yTrue, yPred] = data(pair.kind);
    try {
      const library = await time((t, p) => fn(t, p, { validate: false }), yTrue, yPred, quick);
      const eager = await time((t, p) => fn(t, p), yTrue, yPred, quick);
      const builtin = pair.builtin !== undefined ? await time(pair.builtin, yTrue, yPred, quick) : undefined;
      section.rows.push([
        pair.name,
        builtin ? ratio(library.forward.cpu, builtin.forward.cpu) : 'tfjs has none',
        builtin ? ratio(library.gradient.cpu, builtin.gradient.cpu) : '–',
        `${library.kernels[0]}, ${builtin?.kernels[0] ?? '–'}`,
        `${library.kernels[1]}, ${builtin?.kernels[1] ?? '–'}`,
        formatMs(library.forward),
        formatMs(builtin?.forward),
        formatMs(library.gradient),
        formatMs(builtin?.gradient),
        formatMs(eager.forward),
      ]);
      section.data[pair.name] = { library, eager, tfjs: builtin };
    } catch (error) {
      section.skipped.push(`${pair.name}: failed (${error instanceof Error ? error.message.split('\n')[0] : error})`);
    } finally {
      tf.dispose([yTrue, yPred]);
    }
  }
  return section;
}
