/**
 * (4) Gradient checks: `tf.grad` of the summed loss with respect to yPred against central
 * finite differences. All arithmetic is float32, so the step is 1e-2 (truncation error ~h^2,
 * rounding error ~1e-7 |L| / h) and the comparison allows 2e-3 + 2% of the gradient. Inputs
 * stay away from kinks (|e| = delta, margin 1, e = 0) and from the clipping zones.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { losses, setup, tf } from '../../src';

const H = 1e-2;

interface GradCase {
  name: string;
  yTrue: number[][] | number[];
  yPred: number[][];
  options?: object;
}

const REAL_T = [[0.5, -1.2, 2.0], [1.5, 0.3, -0.7]];
const REAL_P = [[0.9, -0.4, 1.1], [0.2, 0.8, -2.9]];
const LABELS = [[1, 0, 1], [0, 0, 1]];
const PROBS = [[0.7, 0.2, 0.4], [0.35, 0.6, 0.8]];
const LOGITS = [[1.2, -0.7, 0.3], [-1.5, 2.2, 0.4]];
const ONE_HOT = [[0, 1, 0], [0, 0, 1]];
const DIST = [[0.2, 0.5, 0.3], [0.6, 0.1, 0.3]];

const CASES: GradCase[] = [
  { name: 'meanSquaredError', yTrue: REAL_T, yPred: REAL_P },
  { name: 'meanAbsoluteError', yTrue: REAL_T, yPred: REAL_P },
  { name: 'meanAbsolutePercentageError', yTrue: REAL_T, yPred: REAL_P },
  { name: 'meanSquaredLogarithmicError', yTrue: [[0.5, 2, 3], [1, 4, 0.2]], yPred: [[0.9, 1.1, 2.2], [0.4, 5, 1]] },
  { name: 'huber', yTrue: REAL_T, yPred: REAL_P, options: { delta: 1 } },
  { name: 'logCosh', yTrue: REAL_T, yPred: REAL_P },
  { name: 'binaryCrossentropy', yTrue: LABELS, yPred: PROBS },
  { name: 'binaryCrossentropy', yTrue: LABELS, yPred: LOGITS, options: { fromLogits: true, labelSmoothing: 0.1 } },
  { name: 'binaryFocalCrossentropy', yTrue: LABELS, yPred: PROBS, options: { gamma: 2, applyClassBalancing: true } },
  { name: 'binaryFocalCrossentropy', yTrue: LABELS, yPred: LOGITS, options: { fromLogits: true } },
  { name: 'weightedBinaryCrossentropy', yTrue: LABELS, yPred: PROBS, options: { posWeight: 3 } },
  { name: 'weightedBinaryCrossentropy', yTrue: LABELS, yPred: LOGITS, options: { posWeight: 3, fromLogits: true } },
  { name: 'hinge', yTrue: LABELS, yPred: LOGITS },
  { name: 'squaredHinge', yTrue: LABELS, yPred: LOGITS },
  { name: 'categoricalCrossentropy', yTrue: ONE_HOT, yPred: DIST },
  { name: 'categoricalCrossentropy', yTrue: ONE_HOT, yPred: LOGITS, options: { fromLogits: true, labelSmoothing: 0.1 } },
  { name: 'sparseCategoricalCrossentropy', yTrue: [1, 2], yPred: DIST },
  { name: 'sparseCategoricalCrossentropy', yTrue: [1, 2], yPred: LOGITS, options: { fromLogits: true } },
  { name: 'categoricalFocalCrossentropy', yTrue: ONE_HOT, yPred: DIST },
  { name: 'categoricalFocalCrossentropy', yTrue: ONE_HOT, yPred: LOGITS, options: { fromLogits: true } },
  { name: 'categoricalHinge', yTrue: ONE_HOT, yPred: LOGITS },
  { name: 'klDivergence', yTrue: DIST, yPred: [[0.3, 0.4, 0.3], [0.5, 0.2, 0.3]] },
  { name: 'poisson', yTrue: [[1, 3, 0], [2, 5, 1]], yPred: [[0.8, 2.5, 0.4], [1.7, 6, 1.2]] },
  { name: 'cosineSimilarity', yTrue: REAL_T, yPred: REAL_P },
];

function lossOf(c: GradCase): (yPred: tf.Tensor) => tf.Scalar {
  const fn = losses.REGISTRY.find((e) => e.name === c.name)!.fn;
  return (yPred) => tf.sum(fn(c.yTrue, yPred, { ...c.options, validate: false })) as tf.Scalar;
}

function finiteDifference(f: (x: tf.Tensor) => tf.Scalar, x: number[][]): number[] {
  const flatX = x.flat();
  const cols = x[0].length;
  return flatX.map((_, i) => {
    const shifted = (delta: number) =>
      tf.tidy(() => {
        const values = flatX.slice();
        values[i] += delta;
        return f(tf.tensor2d(values, [x.length, cols])).dataSync()[0];
      });
    return (shifted(H) - shifted(-H)) / (2 * H);
  });
}

before(async () => {
  await setup({ backend: 'cpu', verbose: false });
});

for (const c of CASES) {
  test(`gradient of ${c.name} ${JSON.stringify(c.options ?? {})} matches central differences`, () => {
    const f = lossOf(c);
    const analytic = tf.tidy(() => Array.from(tf.grad(f)(tf.tensor2d(c.yPred)).dataSync()));
    const numeric = finiteDifference(f, c.yPred);
    analytic.forEach((g, i) => {
      const allowed = 2e-3 + 0.02 * Math.abs(numeric[i]);
      assert.ok(Math.abs(g - numeric[i]) <= allowed, `element ${i}: tf.grad ${g}, finite difference ${numeric[i]}`);
    });
  });
}

test('gradient through the class form (reduction and sample weights) matches central differences', () => {
  const loss = new losses.Huber({ delta: 0.5, reduction: 'sum' });
  const weights = [0.5, 2];
  const f = (p: tf.Tensor) => loss.call(REAL_T, p, weights) as tf.Scalar;
  const analytic = tf.tidy(() => Array.from(tf.grad(f)(tf.tensor2d(REAL_P)).dataSync()));
  const numeric = finiteDifference(f, REAL_P);
  analytic.forEach((g, i) => assert.ok(Math.abs(g - numeric[i]) <= 2e-3 + 0.02 * Math.abs(numeric[i]), `element ${i}`));
});

test('gradients from logits stay finite and exact at |logit| = 1e4', () => {
  // d/dx of BCE from logits is sigmoid(x) - y: at x = -1e4, y = 1 it is -1 (mean over 1 element).
  const g = tf.tidy(() => Array.from(tf.grad((x: tf.Tensor) => tf.sum(losses.binaryCrossentropy([[1]], x, { fromLogits: true })))(tf.tensor2d([[-1e4]])).dataSync()));
  assert.deepEqual(g, [-1]);
  // d/dx of CCE from logits is softmax(x) - y = (1, 0) - (0, 1)
  const h = tf.tidy(() => Array.from(tf.grad((x: tf.Tensor) => tf.sum(losses.categoricalCrossentropy([[0, 1]], x, { fromLogits: true })))(tf.tensor2d([[1e4, -1e4]])).dataSync()));
  assert.deepEqual(h, [1, -1]);
});
