/**
 * Bad input, the way a careless learner types it: each row is a call and what must come back, either
 * the words of the error (function, what was expected, what came in) or the number Keras (or a
 * hand derivation) gives. Every row also proves that no tensor leaked, error paths included.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import { callbacks, data, descent, losses, optimizers, setup } from '../../src';

before(async () => {
  await setup({ backend: 'cpu', verbose: false });
});

type Row = { call: string; run: () => unknown; words?: string[]; value?: number; tol?: number };

const parabola = { value: ([w]: readonly number[]) => w * w, gradient: ([w]: readonly number[]) => [2 * w] };
const line = { x: [[0], [1], [2]], y: [1, 3, 5] };

/** Trains a 3-class softmax model on two samples through losses.compile with `labels`. */
async function fitSparse(labels: number[]): Promise<void> {
  const model = tf.sequential({ layers: [tf.layers.dense({ units: 3, inputShape: [2], activation: 'softmax' })] });
  const [x, y] = [tf.tensor2d([[0, 1], [1, 0], [1, 1]].slice(0, labels.length)), tf.tensor1d(labels)];
  try {
    losses.compile(model, { optimizer: 'sgd', loss: 'sparse_categorical_crossentropy' });
    await model.fit(x, y, { epochs: 1, verbose: 0, shuffle: false });
  } finally {
    tf.dispose([x, y]);
    model.optimizer.dispose();
    model.dispose();
  }
}

/** A schedule written by a learner that goes wrong: a negative rate. */
class NegativeSchedule extends optimizers.schedules.LearningRateSchedule {
  readonly className = 'NegativeSchedule';
  protected rate(step: number): number {
    return 0.1 - step;
  }
  getConfig(): tf.serialization.ConfigDict {
    return {};
  }
}

/** One SGD step on a fresh variable whose loss is `loss(theta)`; returns theta after the step. */
function oneStep(optimizer: tf.Optimizer, loss: (theta: tf.Variable) => tf.Scalar): number {
  const theta = tf.tidy(() => tf.variable(tf.scalar(1)));
  try {
    optimizer.minimize(() => loss(theta));
    return theta.dataSync()[0];
  } finally {
    theta.dispose();
    optimizer.dispose();
  }
}

const exponential = () => new optimizers.schedules.ExponentialDecay({ initialLearningRate: 1, decaySteps: 1, decayRate: 1e300 });

const ROWS: Row[] = [
  // losses
  { call: "losses.compile(model, { loss: 'sparse_categorical_crossentropy' }); fit with labels [5, -1, 7] of 3 classes", run: () => fitSparse([5, -1, 7]),
    words: ['sparseCategoricalCrossentropy: yTrue labels must be in [0, 2] (yPred has 3 classes); got 5, -1, 7'] },
  { call: 'the same fit with labels [0.5, 1, 2.5]', run: () => fitSparse([0.5, 1, 2.5]),
    words: ['sparseCategoricalCrossentropy: yTrue must hold integer class indices in [0, 2]', 'got 0.5, 2.5'] },
  { call: 'new losses.CategoricalCrossentropy().call(empty [0, 3], empty [0, 3])  (Keras: scalar 0)',
    run: () => tf.tidy(() => {
      const out = new losses.CategoricalCrossentropy().call(tf.zeros([0, 3]), tf.zeros([0, 3]));
      assert.deepEqual(out.shape, [], 'a scalar');
      return out.dataSync()[0];
    }), value: 0 },
  { call: 'losses.meanSquaredError([[1, 2], [3]], [[1, 2], [3, 4]])', run: () => losses.meanSquaredError([[1, 2], [3]], [[1, 2], [3, 4]]),
    words: ['meanSquaredError: yTrue must be a rectangular array (every row of the same length); got a row of length 1 at yTrue[1], the first has 2'] },
  { call: 'losses.huber([[1, 2]], [[1, [2]]] as any)', run: () => losses.huber([[1, 2]], [[1, [2]]] as unknown as number[][]),
    words: ['huber: yPred must be a rectangular array', 'an array at yPred[0][1] where a number belongs'] },
  { call: 'losses.sparseCategoricalCrossentropy([[0], [1, 2]], ...)', run: () => losses.sparseCategoricalCrossentropy([[0], [1, 2]], [[0.5, 0.5], [0.5, 0.5]]),
    words: ['sparseCategoricalCrossentropy: yTrue must be a rectangular array'] },
  { call: 'losses.categoricalCrossentropy([[0, 1, 0]], [[2, 6, 2]])  (Keras: 0.5108 = -log 0.6)',
    run: () => tf.tidy(() => losses.categoricalCrossentropy([[0, 1, 0]], [[2, 6, 2]]).dataSync()[0]), value: 0.5108256, tol: 1e-6 },
  { call: 'losses.categoricalCrossentropy([[0, 1]], [[-1, 2]])', run: () => losses.categoricalCrossentropy([[0, 1]], [[-1, 2]]),
    words: ['categoricalCrossentropy: yPred (non-negative scores', 'must be finite and >= 0; got values in [-1, 2]'] },
  { call: 'gradient of losses.cosineSimilarity([[1, 0, 0]], p) at p = [[0, 0, 0]]  (hand-derived: -1/1e-7)',
    run: () => tf.tidy(() => tf.grad((p: tf.Tensor) => losses.cosineSimilarity([[1, 0, 0]], p).sum())(tf.zeros([1, 3])).dataSync()[0]),
    value: -1e7, tol: 1 },
  // optimizers
  { call: 'new optimizers.SGD().minimize(a loss whose gradient is NaN)',
    run: () => oneStep(new optimizers.SGD(), (theta) => tf.mul(theta, NaN).sum() as tf.Scalar),
    words: ['SGD.applyGradients: the gradient for', 'must be finite; got NaN or Infinity'] },
  { call: 'await optimizer.getWeights() three times, then dispose()',
    run: async () => {
      const optimizer = new optimizers.Adam();
      for (let i = 0; i < 3; i++) await optimizer.getWeights();
      optimizer.dispose();
      return 0;
    }, value: 0 },
  { call: 'ExponentialDecay({ decayRate: 1e300 }).at(10)', run: () => exponential().at(10),
    words: ['ExponentialDecay.at: the learning rate at step 10 must be a finite number >= 0; got Infinity'] },
  { call: 'new SGD({ learningRate: a schedule returning 0.1 - step }) after one step',
    run: () => {
      const optimizer = new optimizers.SGD({ learningRate: new NegativeSchedule() });
      const theta = tf.tidy(() => tf.variable(tf.scalar(1)));
      try {
        optimizer.minimize(() => tf.square(theta).sum() as tf.Scalar);
        optimizer.minimize(() => tf.square(theta).sum() as tf.Scalar);
      } finally {
        theta.dispose();
        optimizer.dispose();
      }
    },
    words: ['NegativeSchedule.at: the learning rate at step 1 must be a finite number >= 0; got -0.9'] },
  { call: 'schedule.at(-5)', run: () => exponential().at(-5), words: ['ExponentialDecay.at: step must be a finite number >= 0; got -5'] },
  { call: 'schedule.at(NaN)', run: () => exponential().at(NaN), words: ['ExponentialDecay.at: step must be a finite number >= 0; got NaN'] },
  // descent
  { call: 'descent.gradientDescent(parabola, { start: [1], maxSteps: NaN, tolerance: 0 })', run: () => descent.gradientDescent(parabola, { start: [1], maxSteps: NaN, tolerance: 0 }),
    words: ['gradientDescent: maxSteps must be an integer >= 0; got NaN'] },
  { call: 'descent.gradientDescent(parabola, { start: [1], maxSteps: -1 })', run: () => descent.gradientDescent(parabola, { start: [1], maxSteps: -1 }),
    words: ['gradientDescent: maxSteps must be an integer >= 0; got -1'] },
  { call: 'descent.gradientDescent(parabola, { start: [1], tolerance: NaN })', run: () => descent.gradientDescent(parabola, { start: [1], tolerance: NaN }),
    words: ['gradientDescent: tolerance must be a finite number >= 0; got NaN'] },
  { call: 'descent.gradientDescent(descent.bowl, { start: [1, 2, 3] })', run: () => descent.gradientDescent(descent.bowl, { start: [1, 2, 3] }),
    words: ['gradientDescent: start must have 2 coordinates, as the function takes; got 3'] },
  { call: 'descent.gradientDescent(parabola, { start: [NaN] })', run: () => descent.gradientDescent(parabola, { start: [NaN] }),
    words: ['gradientDescent: start[0] must be a finite number; got NaN'] },
  { call: 'descent.gradientDescent(a function that is NaN at the start, ...)', run: () => descent.gradientDescent({ value: () => NaN, gradient: () => [0] }, { start: [1] }),
    words: ['gradientDescent: the loss is NaN at the start, before any update (so not a divergence)'] },
  ...[0, -5, NaN].map((epochs): Row => ({
    call: `descent.train(linearModel(), line, { epochs: ${epochs} })`, run: () => descent.train(descent.linearModel(), line, { epochs }),
    words: [`train: epochs must be an integer >= 1; got ${epochs}`],
  })),
  { call: 'descent.train(linearModel(), line, { maxSteps: -1 })', run: () => descent.train(descent.linearModel(), line, { maxSteps: -1 }),
    words: ['train: maxSteps must be an integer >= 1; got -1'] },
  { call: 'descent.train(linearModel(), line, { start: [NaN, 0] })', run: () => descent.train(descent.linearModel(), line, { start: [NaN, 0] }),
    words: ['train: start[0] must be a finite number; got NaN'] },
  { call: 'descent.train(linearModel(), { x: [[0], [NaN]], y: [1, 2] })', run: () => descent.train(descent.linearModel(), { x: [[0], [NaN]], y: [1, 2] }),
    words: ['train: x[1][0] must be a finite number (a feature); got NaN'] },
  // data
  { call: 'data.fitMinMax(200,000 rows).stats.max', run: () => {
    const x = Array.from({ length: 200_000 }, (_, i) => [i, -i]);
    const scaler = data.fitMinMax(x);
    assert.deepEqual(scaler.stats.min, [0, -199_999]);
    return (scaler.stats.max as number[])[0];
  }, value: 199_999 },
  { call: 'data.classCounts(200,000 labels)[1]', run: () => data.classCounts(Array.from({ length: 200_000 }, (_, i) => i % 2))[1], value: 100_000 },
  { call: 'data.classCounts([0, 3], 2)', run: () => data.classCounts([0, 3], 2), words: ['classCounts: y[1] must be a class index, an integer in [0, 1]; got 3'] },
  // callbacks
  { call: 'new callbacks.EarlyStopping({ baseline: NaN })', run: () => new callbacks.EarlyStopping({ baseline: NaN }),
    words: ['EarlyStoppingRule: baseline must be a finite number; got NaN'] },
];

for (const row of ROWS) {
  test(row.call, async () => {
    const before = tf.memory().numTensors;
    let outcome: unknown;
    let error: Error | undefined;
    try {
      outcome = await row.run();
    } catch (e) {
      error = e as Error;
    }
    if (row.words !== undefined) {
      assert.ok(error !== undefined, `expected an error with ${JSON.stringify(row.words)}; got ${String(outcome)}`);
      for (const words of row.words) assert.ok(error.message.includes(words), `"${error.message}" lacks "${words}"`);
    } else {
      assert.equal(error, undefined, `unexpected error: ${error?.message}`);
      assert.ok(Math.abs((outcome as number) - (row.value as number)) <= (row.tol ?? 0), `got ${String(outcome)}, expected ${row.value}`);
    }
    if (outcome instanceof tf.Tensor) outcome.dispose();
    assert.equal(tf.memory().numTensors, before, 'no tensor leaked');
  });
}
