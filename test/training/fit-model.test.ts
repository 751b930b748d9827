/**
 * The one training harness (`src/training`): compile through the losses registry, fit, read,
 * dispose on every path; and the helpers built on it (fitLine, fitClassifier, compareOnModel,
 * modelTrainer) accept every loss of the registry and ask it whether a loss reads logits.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { losses, optimizers, setup, tf } from '../../src';
import { fitModel } from '../../src/training';

before(async () => {
  await setup({ backend: 'cpu', verbose: false, seed: 3 });
});

const line = () => tf.sequential({ layers: [tf.layers.dense({ inputShape: [1], units: 1, kernelInitializer: 'zeros' })] });
const classifier = () => tf.sequential({ layers: [tf.layers.dense({ inputShape: [2], units: 3, activation: 'softmax', kernelInitializer: tf.initializers.glorotUniform({ seed: 1 }) })] });
const X2 = [[1, 0], [0, 1], [-1, 0], [0, -1], [1, 1], [-1, -1]];
const LABELS = [[0], [1], [2], [1], [0], [2]];

test('fitModel: a history of numbers, what read returns, and nothing left behind (model, optimizer, slots)', async () => {
  const x = tf.tensor2d([[0], [1], [2], [3]]);
  const y = tf.tensor2d([[1], [3], [5], [7]]);
  const before = tf.memory().numTensors;
  const { history, result } = await fitModel({
    model: line(), optimizer: tf.train.adam(0.1), loss: 'huber', x, y, epochs: 30, read: (m) => m.getWeights().length,
  });
  assert.equal(history.length, 30);
  assert.ok(history.every((v) => typeof v === 'number') && history[29] < history[0]);
  assert.equal(result, 2);
  assert.equal(tf.memory().numTensors, before);
  tf.dispose([x, y]);
});

test('fitModel disposes the model and the optimizer when fitting fails', async () => {
  const x = tf.tensor2d([[0], [1]]);
  const y = tf.tensor2d([[1, 2], [3, 4]]); // the model has one output
  const before = tf.memory().numTensors;
  await assert.rejects(fitModel({ model: line(), optimizer: tf.train.adam(0.1), loss: 'mse', x, y, epochs: 1 }));
  assert.equal(tf.memory().numTensors, before);
  tf.dispose([x, y]);
});

test('compareOnModel compiles through the registry: Keras names and integer labels work', async () => {
  const x = tf.tensor2d(X2);
  const labels = tf.tensor2d(LABELS);
  const curves = await optimizers.compareOnModel(classifier, { adam: () => new optimizers.Adam({ learningRate: 0.1 }) }, x, labels, {
    loss: 'sparse_categorical_crossentropy', epochs: 5, batchSize: 6,
  });
  assert.equal(curves.adam.length, 5);
  assert.ok(curves.adam[4] < curves.adam[0]);
  const huber = await optimizers.compareOnModel(line, { sgd: () => new optimizers.SGD({ learningRate: 0.1 }) },
    tf.tensor2d([[0], [1]]), tf.tensor2d([[1], [2]]), { loss: 'huber', epochs: 3 });
  assert.equal(huber.sgd.length, 3);
  tf.dispose([x, labels]);
});

test('fitClassifier asks the registry which losses read logits: the function form trains like its name', async () => {
  const x = [[2, 1], [1, 2], [-1, -2], [-2, -1], [0.5, 0.2], [-0.3, -0.6]];
  const y = [1, 1, 0, 0, 1, 0];
  const byName = await losses.fitClassifier(x, y, 'binary_crossentropy', { epochs: 20 });
  const byFunction = await losses.fitClassifier(x, y, losses.binaryCrossentropy, { epochs: 20 });
  assert.deepEqual(byFunction.history, byName.history);
  const hinge = await losses.fitClassifier(x, y, 'hinge', { epochs: 20 }); // scores, no fromLogits
  assert.ok(hinge.history[19] < hinge.history[0]);
});
