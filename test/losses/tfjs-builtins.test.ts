/**
 * (2) The library against TensorFlow.js' own losses on seeded random inputs and edge cases.
 *
 * tfjs-core: `tf.losses.*` (reduction SUM_BY_NONZERO_WEIGHTS by default = the plain mean when no
 * weights are given). tfjs-layers: `tf.metrics.*` where exported, and otherwise the real path a
 * model takes: `model.compile({ loss: '<name>' })` on an identity model, then `evaluate`, which
 * returns the batch mean of the per-sample loss.
 *
 * Differences from Keras found by reading the sources (tfjs 4.22: tfjs-core/src/ops/losses/*.ts,
 * tfjs-layers/src/losses.ts; Keras 3.16: keras/src/losses/losses.py, loss.py) - each is
 * asserted below:
 *  D1 tf.losses.hingeLoss always maps labels with 2y-1, so -1/+1 labels become -3/+1; Keras
 *     converts only when every label is 0 or 1. tfjs-layers' 'hinge' / 'squaredHinge' never
 *     convert, so 0/1 labels give different numbers from Keras.
 *  D2 tf.losses.logLoss adds epsilon inside the log, -y log(p + eps); Keras clips p to
 *     [eps, 1-eps]. Same to ~1e-6 for p in (0.01, 0.99); at p = 0 or 1 they differ
 *     (16.118 vs Keras' float32 15.942).
 *  D3 With weights, tfjs-core's default reduction divides by the number of NON-ZERO weights;
 *     Keras' 'sum_over_batch_size' divides by the number of loss values.
 *  D4 tf.losses.cosineDistance is 1 - sum(y*p) without normalising (expects unit vectors,
 *     range [0, 2]); Keras' cosine similarity normalises and is -cos (range [-1, 1]).
 *  D5 tfjs-layers' categoricalCrossentropy with fromLogits takes softmax, then clips to
 *     [eps, 1-eps]: finite but wrong for confident mistakes (16.1 instead of 2e4 at logit 1e4);
 *     Keras (and this library) use log-softmax. tfjs-layers' sparseCategoricalCrossentropy also
 *     clips yPred to [eps, 1-eps] BEFORE checking fromLogits, so it clips logits (source read;
 *     not reachable through compile, which passes probabilities).
 *  D6 tfjs-layers' kullbackLeiblerDivergence multiplies the log ratio by the UNclipped yTrue;
 *     Keras by the clipped one. Equal whenever yTrue > 1e-7.
 *  D7 tfjs-layers' l2Normalize floors the squared norm at 1e-7 (norm 3.2e-4); Keras floors the
 *     norm at 1e-7. Equal for vectors of ordinary length (source read; not asserted).
 *  D8 tfjs-layers has no Huber, focal or weighted cross-entropy, and its 'binaryCrossentropy'
 *     takes neither fromLogits nor label smoothing (tf.losses.sigmoidCrossEntropy has both).
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { losses, setup, tf } from '../../src';
import { assertClose, binaryLabels, distributions, flat, oneHot, uniform } from './helpers';

const N = 8;
const K = 4;

/** The mean per-sample loss tfjs-layers computes for a string loss, via compile + evaluate. */
function tfjsLayersLoss(loss: string, yTrue: number[][], yPred: number[][]): number {
  return tf.tidy(() => {
    const model = tf.sequential();
    model.add(tf.layers.activation({ activation: 'linear', inputShape: [yPred[0].length] }));
    model.compile({ optimizer: 'sgd', loss });
    const result = model.evaluate(tf.tensor2d(yPred), tf.tensor2d(yTrue), { batchSize: yPred.length }) as tf.Scalar;
    return result.dataSync()[0];
  });
}

function mean(t: tf.Tensor): number {
  const values = flat(t);
  t.dispose();
  return values.reduce((s, v) => s + v, 0) / values.length;
}

before(async () => {
  await setup({ backend: 'cpu', verbose: false });
});

describe('tfjs-core tf.losses', () => {
  const yReal = uniform(1, N, K, -2, 2);
  const pReal = uniform(2, N, K, -2, 2);
  const labels = binaryLabels(3, N, K);
  const probs = uniform(4, N, K, 0.02, 0.98);
  const logits = uniform(5, N, K, -6, 6);

  test('meanSquaredError and absoluteDifference equal MSE and MAE (class form, default reduction)', () => {
    assertClose(new losses.MeanSquaredError().call(yReal, pReal), tf.losses.meanSquaredError(yReal, pReal), 1e-5, 'mse');
    assertClose(new losses.MeanAbsoluteError().call(yReal, pReal), tf.losses.absoluteDifference(yReal, pReal), 1e-5, 'mae');
  });

  test('huberLoss equals Huber for several deltas', () => {
    for (const delta of [0.3, 1, 2.5]) {
      assertClose(new losses.Huber({ delta }).call(yReal, pReal), tf.losses.huberLoss(yReal, pReal, undefined, delta), 1e-5, `delta ${delta}`);
    }
  });

  test('sigmoidCrossEntropy equals BCE from logits, with and without label smoothing', () => {
    for (const labelSmoothing of [0, 0.2]) {
      const ours = new losses.BinaryCrossentropy({ fromLogits: true, labelSmoothing }).call(labels, logits);
      assertClose(ours, tf.losses.sigmoidCrossEntropy(labels, logits, undefined, labelSmoothing), 1e-5, `ls ${labelSmoothing}`);
    }
  });

  test('softmaxCrossEntropy equals CCE from logits, with and without label smoothing', () => {
    const { oneHot: y } = oneHot(6, N, K);
    for (const labelSmoothing of [0, 0.1]) {
      const ours = new losses.CategoricalCrossentropy({ fromLogits: true, labelSmoothing }).call(y, logits);
      assertClose(ours, tf.losses.softmaxCrossEntropy(y, logits, undefined, labelSmoothing), 1e-5, `ls ${labelSmoothing}`);
    }
  });

  test('D2 logLoss matches BCE on interior probabilities, not at 0/1', () => {
    assertClose(new losses.BinaryCrossentropy().call(labels, probs), tf.losses.logLoss(labels, probs), 1e-5, 'interior');
    // label 0, p = 1: Keras clips p to 1 - 1e-7, which is 0.99999988 in float32, so -log(1.19e-7).
    const edge = tf.losses.logLoss([[0]], [[1]]).dataSync()[0];
    const ours = losses.binaryCrossentropy([[0]], [[1]]).dataSync()[0];
    assert.ok(Math.abs(edge - 16.118) < 1e-3 && Math.abs(ours - 15.942) < 1e-3, `tfjs ${edge}, ours ${ours}`);
  });

  test('D1 hingeLoss equals Hinge for 0/1 labels but not for -1/+1 labels', () => {
    assertClose(new losses.Hinge().call(labels, pReal), tf.losses.hingeLoss(labels, pReal), 1e-5, '0/1');
    const signed = labels.map((r) => r.map((v) => 2 * v - 1));
    const ours = new losses.Hinge().call(signed, pReal).dataSync()[0];
    assert.ok(Math.abs(ours - new losses.Hinge().call(labels, pReal).dataSync()[0]) < 1e-6, 'same loss for both encodings');
    assert.ok(Math.abs(tf.losses.hingeLoss(signed, pReal).dataSync()[0] - ours) > 0.1, 'tfjs re-maps -1/+1 labels');
  });

  test('D3 with a zero weight tfjs divides by the non-zero weights, Keras by the batch size', () => {
    const y = [[1], [2]];
    const p = [[2], [4]]; // squared errors 1 and 4
    assert.equal(tf.losses.meanSquaredError(y, p, [[1], [0]]).dataSync()[0], 1); // 1 / 1
    assert.equal(new losses.MeanSquaredError().call(y, p, [1, 0]).dataSync()[0], 0.5); // 1 / 2
  });

  test('D4 cosineDistance is 1 + Keras cosine similarity on unit vectors', () => {
    const unit = (rows: number[][]) => rows.map((r) => { const n = Math.hypot(...r); return r.map((v) => v / n); });
    const [a, b] = [unit(yReal), unit(pReal)];
    const ours = new losses.CosineSimilarity().call(a, b).dataSync()[0];
    const theirs = tf.losses.cosineDistance(a, b, 1).dataSync()[0] * 1; // mean over N of (1 - cos)
    assert.ok(Math.abs(theirs - (1 + ours)) < 1e-5, `tfjs ${theirs}, 1 + ours ${1 + ours}`);
  });
});

describe('tfjs-layers losses (tf.metrics and model.compile strings)', () => {
  const y = uniform(11, N, K, 0, 3);
  const p = uniform(12, N, K, 0.1, 3);
  const labels = binaryLabels(13, N, K);
  const probs = uniform(14, N, K, 0.02, 0.98);
  const { oneHot: y1, labels: classes } = oneHot(15, N, K);
  const dist = distributions(16, N, K);
  const dist2 = distributions(17, N, K);

  test('MSE, MAE, MAPE through tf.metrics', () => {
    assertClose(losses.meanSquaredError(y, p), tf.metrics.meanSquaredError(tf.tensor(y), tf.tensor(p)), 1e-5, 'mse');
    assertClose(losses.meanAbsoluteError(y, p), tf.metrics.meanAbsoluteError(tf.tensor(y), tf.tensor(p)), 1e-5, 'mae');
    assertClose(losses.meanAbsolutePercentageError(y, p), tf.metrics.MAPE(tf.tensor(y), tf.tensor(p)), 1e-3, 'mape');
  });

  test('BCE, CCE and cosine through tf.metrics, sparse CCE through compile', () => {
    assertClose(losses.binaryCrossentropy(labels, probs), tf.metrics.binaryCrossentropy(tf.tensor(labels), tf.tensor(probs)), 1e-5, 'bce');
    assertClose(losses.categoricalCrossentropy(y1, dist), tf.metrics.categoricalCrossentropy(tf.tensor(y1), tf.tensor(dist)), 1e-5, 'cce');
    const column = classes.map((c) => [c]);
    assert.ok(Math.abs(mean(losses.sparseCategoricalCrossentropy(column, dist)) - tfjsLayersLoss('sparseCategoricalCrossentropy', column, dist)) < 1e-5);
    assertClose(losses.cosineSimilarity(y, p), tf.metrics.cosineProximity(tf.tensor(y), tf.tensor(p)), 1e-5, 'cosine');
  });

  test('MSLE, log-cosh, Poisson, KL (D6), categorical hinge through model.compile', () => {
    assert.ok(Math.abs(mean(losses.meanSquaredLogarithmicError(y, p)) - tfjsLayersLoss('meanSquaredLogarithmicError', y, p)) < 1e-5);
    assert.ok(Math.abs(mean(losses.logCosh(y, p)) - tfjsLayersLoss('logcosh', y, p)) < 1e-5);
    assert.ok(Math.abs(mean(losses.poisson(y, p)) - tfjsLayersLoss('poisson', y, p)) < 1e-5);
    assert.ok(Math.abs(mean(losses.klDivergence(dist, dist2)) - tfjsLayersLoss('kullbackLeiblerDivergence', dist, dist2)) < 1e-5);
    assert.ok(Math.abs(mean(losses.categoricalHinge(y1, p)) - tfjsLayersLoss('categoricalHinge', y1, p)) < 1e-5);
  });

  test('D1 hinge and squared hinge: equal for -1/+1 labels, different for 0/1 labels', () => {
    const signed = labels.map((r) => r.map((v) => 2 * v - 1));
    const scores = uniform(18, N, K, -2, 2);
    for (const [ours, name] of [[losses.hinge, 'hinge'], [losses.squaredHinge, 'squaredHinge']] as const) {
      assert.ok(Math.abs(mean(ours(signed, scores)) - tfjsLayersLoss(name, signed, scores)) < 1e-5, `${name} -1/+1`);
      assert.ok(Math.abs(mean(ours(labels, scores)) - tfjsLayersLoss(name, labels, scores)) > 0.05, `${name} 0/1`);
    }
  });

  test('D5 CCE from logits: tfjs-layers clips the softmax, Keras stays exact at logit 1e4', () => {
    // tfjs-layers' fromLogits path is softmax-then-clip, i.e. the probability path on softmax(logits).
    const tfjs = tf.tidy(() => tf.metrics.categoricalCrossentropy(tf.tensor([[0, 1]]), tf.softmax(tf.tensor([[1e4, -1e4]]))).dataSync()[0]);
    const ours = losses.categoricalCrossentropy([[0, 1]], [[1e4, -1e4]], { fromLogits: true }).dataSync()[0];
    assert.ok(Math.abs(tfjs - 16.118) < 0.2, `tfjs-layers gives ${tfjs}`);
    assert.equal(ours, 2e4);
  });
});
