import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, tf, regularizers } from '../../src';

const { l1, l2, l1l2, layerRegularizer } = regularizers;

test('layerRegularizer: same value as tf.regularizers (l1, l2, l1l2) and as the plain penalty', async () => {
  await setup({ backend: 'cpu', verbose: false });
  const values = [[0.5, -1.5], [2, 0], [-0.25, 3]];
  const x = tf.tensor2d(values);
  const cases = [
    [l1(0.05), tf.regularizers.l1({ l1: 0.05 })],
    [l2(0.2), tf.regularizers.l2({ l2: 0.2 })],
    [l1l2({ l1: 0.01, l2: 0.03 }), tf.regularizers.l1l2({ l1: 0.01, l2: 0.03 })],
  ] as const;
  const before = tf.memory().numTensors;
  for (const [penalty, reference] of cases) {
    const ours = tf.tidy(() => layerRegularizer(penalty).apply(x).arraySync() as number);
    const theirs = tf.tidy(() => reference.apply(x).arraySync() as number);
    assert.ok(Math.abs(ours - theirs) < 1e-5, `${penalty.name}: ${ours} vs ${theirs}`);
    assert.ok(Math.abs(ours - penalty.value(values.flat())) < 1e-5);
  }
  assert.equal(tf.memory().numTensors, before);
  x.dispose();
});

test('layerRegularizer: works as kernelRegularizer, adds what tf.regularizers.l1l2 adds, serialises', async () => {
  await setup({ backend: 'cpu', verbose: false });
  const build = (kernelRegularizer: ReturnType<typeof tf.regularizers.l1l2>) => {
    const model = tf.sequential({
      layers: [tf.layers.dense({ units: 2, inputShape: [3], kernelRegularizer, kernelInitializer: 'ones' })],
    });
    model.compile({ optimizer: 'sgd', loss: 'meanSquaredError' });
    return model;
  };
  const ours = build(layerRegularizer(l1l2({ l1: 0.1, l2: 0.2 })));
  const theirs = build(tf.regularizers.l1l2({ l1: 0.1, l2: 0.2 }));
  const [x, y] = [tf.tensor2d([[1, 2, 3], [0, -1, 1]]), tf.tensor2d([[1, 0], [0, 1]])];
  const lossOf = (m: tf.Sequential) => tf.tidy(() => (m.evaluate(x, y) as tf.Scalar).arraySync() as number);
  // kernel of ones, 3x2: penalty = 0.1 * 6 + 0.2 * 6 = 1.8 on top of the same mean squared error
  assert.ok(Math.abs(lossOf(ours) - lossOf(theirs)) < 1e-5);
  assert.match(JSON.stringify(ours.getConfig()), /losslab\.PenaltyRegularizer/);
  tf.dispose([x, y]);
  ours.dispose();
  theirs.dispose();
});
