/**
 * `losses.forCompile`: any loss in `model.compile({ loss })`. A tiny model must actually train
 * with it (loss decreases), and its reported loss must equal the class form's value.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { createRng, losses, setup, tf } from '../../src';
import { SAMPLES } from './samples';

before(async () => {
  await setup({ backend: 'cpu', verbose: false, seed: 3 });
});

/** y = 2x - 1 with noise; a Dense(1) model. */
function regressionData(n: number, intercept = -1) {
  const rng = createRng(11);
  const x = Array.from({ length: n }, () => rng.uniform(-1, 1));
  return { x: tf.tensor2d(x, [n, 1]), y: tf.tensor2d(x.map((v) => 2 * v + intercept + rng.normal(0, 0.05)), [n, 1]) };
}

/** Labels 1 when x > 0; a Dense(1) model emitting logits (or probabilities via sigmoid). */
function classificationData(n: number) {
  const rng = createRng(12);
  const x = Array.from({ length: n }, () => rng.uniform(-1, 1));
  return { x: tf.tensor2d(x, [n, 1]), y: tf.tensor2d(x.map((v) => (v > 0 ? 1 : 0)), [n, 1]) };
}

async function trainLosses(
  loss: losses.TfjsLossFunction, data: { x: tf.Tensor; y: tf.Tensor }, activation?: 'sigmoid', learningRate = 0.2,
) {
  const model = tf.sequential();
  // A positive start: MSLE has no gradient where yPred <= 1e-7 (it is clipped there, as in Keras).
  model.add(tf.layers.dense({ units: 1, inputShape: [1], activation, kernelInitializer: 'zeros', biasInitializer: 'ones' }));
  model.compile({ optimizer: tf.train.sgd(learningRate), loss });
  const history = await model.fit(data.x, data.y, { epochs: 15, batchSize: 32, verbose: 0, shuffle: false });
  model.dispose();
  return history.history.loss as number[];
}

test('a tiny regression model trains with forCompile for every regression loss', async () => {
  const data = regressionData(64);
  for (const id of ['mse', 'mae', 'Huber', 'log_cosh']) {
    const curve = await trainLosses(losses.forCompile(id), data);
    assert.ok(curve[curve.length - 1] < curve[0] * 0.8, `${id}: ${curve[0]} -> ${curve[curve.length - 1]}`);
  }
  // MSLE and MAPE want positive targets (y = 2x + 3); MAPE's gradient is 100 / |y|, so a small step.
  const positive = regressionData(64, 3);
  for (const [id, rate] of [['msle', 0.5], ['mape', 0.002]] as const) {
    const curve = await trainLosses(losses.forCompile(id), positive, undefined, rate);
    assert.ok(curve[curve.length - 1] < curve[0] * 0.8, `${id}: ${curve[0]} -> ${curve[curve.length - 1]}`);
  }
  tf.dispose([data.x, data.y, positive.x, positive.y]);
});

test('a tiny classifier trains with forCompile from logits and from probabilities', async () => {
  const data = classificationData(64);
  const runs: [losses.TfjsLossFunction, 'sigmoid' | undefined][] = [
    [losses.forCompile('binary_crossentropy', { fromLogits: true }), undefined],
    [losses.forCompile(new losses.BinaryFocalCrossentropy({ fromLogits: true, gamma: 2 })), undefined],
    [losses.forCompile('weightedBinaryCrossentropy', { posWeight: 3, fromLogits: true }), undefined],
    [losses.forCompile('hinge'), undefined],
    [losses.forCompile('BinaryCrossentropy'), 'sigmoid'],
  ];
  for (const [loss, activation] of runs) {
    const curve = await trainLosses(loss, data, activation);
    assert.ok(curve[curve.length - 1] < curve[0] * 0.9, `${curve[0]} -> ${curve[curve.length - 1]}`);
  }
  tf.dispose([data.x, data.y]);
});

test('the value tfjs sees (mean of what forCompile returns) equals the class form, for every loss and reduction', () => {
  for (const entry of losses.REGISTRY) {
    const { yTrue, yPred, options } = SAMPLES[entry.name];
    for (const reduction of ['sum_over_batch_size', 'sum'] as const) {
      const instance = new entry.cls({ ...options, reduction });
      const expected = instance.call(yTrue, yPred);
      const t = tf.tensor(yTrue);
      const p = tf.tensor(yPred);
      const seen = tf.mean(losses.forCompile(instance)(t, p));
      assert.ok(Math.abs(seen.dataSync()[0] - expected.dataSync()[0]) < 1e-4, `${entry.name} ${reduction}`);
      tf.dispose([expected, t, p, seen]);
    }
  }
});

test('forCompile skips value checks inside fit (no data read), but keeps shape checks', () => {
  const loss = losses.forCompile('binary_crossentropy');
  const out = loss(tf.tensor2d([[0, 1]]), tf.tensor2d([[1.5, 0.5]])); // would fail validation when eager
  out.dispose();
  assert.throws(() => loss(tf.tensor2d([[0, 1]]), tf.tensor2d([[0.5, 0.5, 0.5]])), /same shape/);
});

test('a custom function passes through forCompile with its options', () => {
  const custom = (yTrue: tf.Tensor, yPred: tf.Tensor, options?: { scale?: number }) =>
    tf.tidy(() => tf.mul(options?.scale ?? 1, losses.meanSquaredError(yTrue, yPred)));
  const value = losses.forCompile(custom, { scale: 3 })(tf.tensor2d([[0]]), tf.tensor2d([[2]]));
  assert.equal(value.dataSync()[0], 12);
  value.dispose();
});
