/** losses.compile trains tfjs-layers models with integer labels and reports honest accuracy. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, tf, losses } from '../../src';

function twoBlobs(): { x: tf.Tensor2D; labels: tf.Tensor2D } {
  // Class k sits around (2k, 2k): well separated, so a linear model reaches full accuracy.
  const points: number[][] = [];
  const labels: number[] = [];
  for (let k = 0; k < 3; k++) for (let i = 0; i < 10; i++) {
    points.push([2 * k + 0.1 * Math.sin(i), 2 * k + 0.1 * Math.cos(i)]);
    labels.push(k);
  }
  return { x: tf.tensor2d(points), labels: tf.tensor2d(labels, [labels.length, 1]) };
}

test('setup', async () => { await setup({ backend: 'cpu', verbose: false }); });

test('plain model.compile with a custom sparse loss rejects [batch, 1] labels (the tfjs behaviour this works around)', async () => {
  const { x, labels } = twoBlobs();
  const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [2], units: 3 })] });
  model.compile({ optimizer: 'adam', loss: losses.forCompile('sparse_categorical_crossentropy', { fromLogits: true }) });
  await assert.rejects(model.fit(x, labels, { epochs: 1, verbose: 0 }), /target expected a batch of elements where each example has shape \[3\]/);
  tf.dispose([x, labels]);
  model.dispose();
});

test('losses.compile: sparse labels train, evaluate, and accuracy is sparse categorical accuracy', async () => {
  const { x, labels } = twoBlobs();
  const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [2], units: 3, kernelInitializer: tf.initializers.glorotUniform({ seed: 3 }) })] });
  losses.compile(model, { optimizer: tf.train.adam(0.1), loss: 'sparse_categorical_crossentropy', lossOptions: { fromLogits: true }, metrics: ['accuracy'] });
  const history = await model.fit(x, labels, { epochs: 60, verbose: 0 });
  const lossCurve = history.history.loss as number[];
  // The history key is 'acc', as for tfjs' own 'accuracy', whatever accuracy the loss called for.
  assert.deepEqual(Object.keys(history.history), ['loss', 'acc']);
  assert.ok(lossCurve[lossCurve.length - 1] < 0.5 * lossCurve[0], `loss did not fall: ${lossCurve[0]} -> ${lossCurve[lossCurve.length - 1]}`);
  const [loss, accuracy] = (model.evaluate(x, labels) as tf.Scalar[]).map((t) => t.dataSync()[0]);
  // Independent check of the metric: argmax of the predictions against the labels.
  const predicted = tf.tidy(() => (model.predict(x) as tf.Tensor).argMax(-1).dataSync());
  const truth = labels.dataSync();
  const expected = Array.from(predicted).filter((p, i) => p === truth[i]).length / truth.length;
  assert.ok(Math.abs(accuracy - expected) < 1e-6, `accuracy ${accuracy} vs argmax agreement ${expected}`);
  // And the loss equals tfjs' own sparse cross-entropy on the same logits.
  const reference = tf.tidy(() => tf.losses.softmaxCrossEntropy(tf.oneHot(labels.flatten().toInt(), 3), model.predict(x) as tf.Tensor).dataSync()[0]);
  assert.ok(Math.abs(loss - reference) < 1e-5, `evaluate loss ${loss} vs tf.losses.softmaxCrossEntropy ${reference}`);
  tf.dispose([x, labels]);
  model.dispose();
});

test('losses.compile: binary accuracy from logits thresholds at logit 0, not at 0.5', async () => {
  const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [1], units: 1, useBias: false, kernelInitializer: 'ones' })] });
  losses.compile(model, { optimizer: 'sgd', loss: 'binary_crossentropy', lossOptions: { fromLogits: true }, metrics: ['accuracy'] });
  // Logits equal x: 0.3 is positive (class 1) although below 0.5.
  const x = tf.tensor2d([[0.3], [-0.2], [2]]);
  const y = tf.tensor2d([[1], [0], [1]]);
  const [, accuracy] = (model.evaluate(x, y) as tf.Scalar[]).map((t) => t.dataSync()[0]);
  assert.equal(accuracy, 1);
  tf.dispose([x, y]);
  model.dispose();
});
