/**
 * Issue 3's promise, for every loss of the registry: passed to a tfjs-layers model through
 * `losses.compile` (the one way), it trains a tiny model (the training loss falls). Each loss gets
 * data and an output layer of the kind it expects; the table must cover the whole registry, so a
 * loss added later without a row fails here.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { createRng, losses, setup, tf } from '../../src';

before(async () => {
  await setup({ backend: 'cpu', verbose: false, seed: 5 });
});

interface Task {
  x: number[][];
  y: number[][];
  units: number;
  activation?: 'softmax' | 'softplus' | 'sigmoid';
  /** Layers after the dense one: unit-norm embeddings for circle, frames for CTC. */
  head?: () => tf.layers.Layer[];
}

/** Divides each row by its L2 norm (circle expects unit embeddings). */
class UnitNorm extends tf.layers.Layer {
  static className = 'UnitNormForTest';
  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0] : inputs;
      return tf.div(x, tf.norm(x, 'euclidean', -1, true));
    });
  }
}

const rng = createRng(21);
const xs = Array.from({ length: 64 }, () => [rng.uniform(-1, 1), rng.uniform(-1, 1)]);
const classOf = ([a, b]: number[]) => (a + b > 0.5 ? 2 : a - b > 0 ? 1 : 0);
const oneHot = (k: number) => [0, 1, 2].map((j) => (j === k ? 1 : 0));
const softmax = (z: number[]) => { const e = z.map(Math.exp); const s = e.reduce((p, q) => p + q, 0); return e.map((v) => v / s); };

const TASKS: Record<string, Task> = {
  line: { x: xs, y: xs.map(([a, b]) => [2 * a - b - 1]), units: 1 },
  positive: { x: xs, y: xs.map(([a, b]) => [2 * a - b + 4]), units: 1 },
  binary: { x: xs, y: xs.map(([a, b]) => [a + b > 0 ? 1 : 0]), units: 1 },
  classes: { x: xs, y: xs.map((p) => oneHot(classOf(p))), units: 3 },
  labels: { x: xs, y: xs.map((p) => [classOf(p)]), units: 3 },
  distributions: { x: xs, y: xs.map(([a, b]) => softmax([2 * a, 2 * b, 0])), units: 3, activation: 'softmax' },
  counts: { x: xs, y: xs.map(([a, b]) => [rng.poisson(Math.exp(0.8 * a - 0.5 * b + 1))]), units: 1, activation: 'softplus' },
  directions: { x: xs, y: xs.map(([a, b]) => [a, 1, -b]), units: 3 },
  labelsToProbabilities: { x: xs, y: xs.map((p) => [classOf(p)]), units: 3, activation: 'softmax' },
  signs: { x: xs, y: xs.map(([a, b]) => [a + b > 0 ? -1 : 1]), units: 1 },
  masks: { x: xs, y: xs.map(([a, b]) => [a > 0 ? 1 : 0, b > 0 ? 1 : 0, 0]), units: 3, activation: 'sigmoid' },
  embeddings: { x: xs, y: xs.map((p) => [classOf(p)]), units: 3, head: () => [new UnitNorm()] },
  // 3 frames of 3 classes (0 blank); the label sequence is the class of the point, then 2 when a > 0.
  sequences: {
    x: xs, y: xs.map((p) => [classOf(p) === 0 ? 1 : classOf(p), p[0] > 0 ? 2 : 0]), units: 9,
    head: () => [tf.layers.reshape({ targetShape: [3, 3] })],
  },
};

/** Loss name -> [task, options, learning rate]. */
const ROWS: Record<string, [keyof typeof TASKS, Record<string, unknown>, number]> = {
  meanSquaredError: ['line', {}, 0.1],
  meanAbsoluteError: ['line', {}, 0.1],
  huber: ['line', { delta: 1 }, 0.1],
  logCosh: ['line', {}, 0.1],
  meanSquaredLogarithmicError: ['positive', {}, 0.3],
  meanAbsolutePercentageError: ['positive', {}, 0.002],
  binaryCrossentropy: ['binary', { fromLogits: true }, 0.3],
  binaryFocalCrossentropy: ['binary', { fromLogits: true, gamma: 2 }, 0.3],
  weightedBinaryCrossentropy: ['binary', { fromLogits: true, posWeight: 3 }, 0.3],
  hinge: ['binary', {}, 0.1],
  squaredHinge: ['binary', {}, 0.1],
  categoricalCrossentropy: ['classes', { fromLogits: true }, 0.3],
  sparseCategoricalCrossentropy: ['labels', { fromLogits: true }, 0.3],
  categoricalFocalCrossentropy: ['classes', { fromLogits: true }, 0.3],
  categoricalHinge: ['classes', {}, 0.1],
  klDivergence: ['distributions', {}, 0.5],
  poisson: ['counts', {}, 0.05],
  cosineSimilarity: ['directions', {}, 0.3],
  categoricalGeneralizedCrossEntropy: ['labelsToProbabilities', { q: 0.5 }, 0.5],
  dice: ['masks', {}, 0.5],
  tversky: ['masks', { alpha: 0.3, beta: 0.7 }, 0.5],
  circle: ['embeddings', { gamma: 4 }, 0.3],
  ctc: ['sequences', {}, 0.3],
  wasserstein: ['signs', {}, 0.1],
};

test('the table covers every loss of the registry', () => {
  assert.deepEqual(Object.keys(ROWS).sort(), losses.REGISTRY.map((e) => e.name).sort());
});

for (const entry of losses.REGISTRY) {
  test(`${entry.keras} trains a tiny model through losses.compile`, async () => {
    const [taskName, options, learningRate] = ROWS[entry.name];
    const task = TASKS[taskName];
    const x = tf.tensor2d(task.x);
    const y = tf.tensor2d(task.y);
    const model = tf.sequential({ layers: [tf.layers.dense({
      inputShape: [2], units: task.units, activation: task.activation,
      kernelInitializer: tf.initializers.glorotUniform({ seed: 9 }), biasInitializer: 'ones',
    }), ...(task.head?.() ?? [])] });
    losses.compile(model, { optimizer: tf.train.sgd(learningRate), loss: entry.keras, lossOptions: options });
    const history = await model.fit(x, y, { epochs: 20, batchSize: 16, verbose: 0, shuffle: false });
    const curve = history.history.loss as number[];
    const [first, last] = [curve[0], curve[curve.length - 1]];
    assert.ok(Number.isFinite(last) && last < first - 0.05 * Math.abs(first), `${entry.keras}: ${first} -> ${last}`);
    tf.dispose([x, y]);
    model.dispose();
  });
}
