/**
 * (3) Small cases derived by hand, one or more per loss; the derivation is in the comment.
 * Function form unless stated; values are per sample.
 */
import { before, test } from 'node:test';
import { losses, setup } from '../../src';
import { assertClose } from './helpers';

const ln = Math.log;
before(async () => {
  await setup({ backend: 'cpu', verbose: false });
});

test('meanSquaredError: errors (1, -2) -> (1 + 4) / 2 = 2.5', () => {
  assertClose(losses.meanSquaredError([[0, 0]], [[1, -2]]), [2.5], 1e-6);
});

test('meanAbsoluteError: errors (1, -2, 3) -> (1 + 2 + 3) / 3 = 2', () => {
  assertClose(losses.meanAbsoluteError([[0, 0, 0]], [[1, -2, 3]]), [2], 1e-6);
});

test('meanAbsolutePercentageError: y = (2, 4), yhat = (1, 5) -> 100 (1/2 + 1/4) / 2 = 37.5', () => {
  assertClose(losses.meanAbsolutePercentageError([[2, 4]], [[1, 5]]), [37.5], 1e-4);
});

test('meanAbsolutePercentageError: a zero target is divided by 1e-7, not by 0', () => {
  // |0 - 1e-6| / 1e-7 = 10, times 100 = 1000
  assertClose(losses.meanAbsolutePercentageError([[0]], [[1e-6]]), [1000], 1e-1);
});

test('meanSquaredLogarithmicError: y = 0, yhat = e - 1 -> (ln e - ln 1)^2 = 1; negatives clip to 1e-7', () => {
  assertClose(losses.meanSquaredLogarithmicError([[0]], [[Math.E - 1]]), [1], 1e-5);
  // yhat = -5 is raised to 1e-7: (ln(1 + 1e-7) - ln 2)^2 ~ (ln 2)^2
  assertClose(losses.meanSquaredLogarithmicError([[1]], [[-5]]), [ln(2) ** 2], 1e-5);
});

test('huber: delta 1, errors (0.5, 2) -> (0.5*0.25 + (1*2 - 0.5)) / 2 = 0.8125', () => {
  assertClose(losses.huber([[0, 1]], [[0.5, 3]], { delta: 1 }), [0.8125], 1e-6);
  // delta 3 keeps error 2 quadratic: (0.125 + 0.5*4) / 2 = 1.0625
  assertClose(losses.huber([[0, 1]], [[0.5, 3]], { delta: 3 }), [1.0625], 1e-6);
});

test('logCosh: error 1 -> ln cosh 1 = 0.43378; error 30 -> 30 - ln 2 (no overflow)', () => {
  assertClose(losses.logCosh([[0], [0]], [[1], [30]]), [ln(Math.cosh(1)), 30 - ln(2)], 1e-5);
});

test('binaryCrossentropy: y = (1, 0), p = (0.8, 0.4) -> -(ln 0.8 + ln 0.6) / 2', () => {
  assertClose(losses.binaryCrossentropy([[1, 0]], [[0.8, 0.4]]), [-(ln(0.8) + ln(0.6)) / 2], 1e-6);
});

test('binaryCrossentropy: logit 0 -> ln 2; smoothing 0.2 turns label 1 into 0.9', () => {
  assertClose(losses.binaryCrossentropy([[1]], [[0]], { fromLogits: true }), [ln(2)], 1e-6);
  // p = 0.8: -(0.9 ln 0.8 + 0.1 ln 0.2)
  assertClose(losses.binaryCrossentropy([[1]], [[0.8]], { labelSmoothing: 0.2 }), [-(0.9 * ln(0.8) + 0.1 * ln(0.2))], 1e-6);
});

test('binaryFocalCrossentropy: y = 1, p = 0.8, gamma 2 -> (0.2)^2 * -ln 0.8; balanced adds alpha 0.25', () => {
  const bce = -ln(0.8);
  assertClose(losses.binaryFocalCrossentropy([[1]], [[0.8]]), [0.04 * bce], 1e-6);
  assertClose(losses.binaryFocalCrossentropy([[1]], [[0.8]], { applyClassBalancing: true }), [0.25 * 0.04 * bce], 1e-6);
  // y = 0, p = 0.8: p_t = 0.2, factor 0.8^2, weight 1 - alpha = 0.75
  assertClose(losses.binaryFocalCrossentropy([[0]], [[0.8]], { applyClassBalancing: true }), [0.75 * 0.64 * -ln(0.2)], 1e-6);
});

test('weightedBinaryCrossentropy: y = (1, 0), p = 0.5, q = 3 -> (3 ln 2 + ln 2) / 2; logits agree', () => {
  assertClose(losses.weightedBinaryCrossentropy([[1, 0]], [[0.5, 0.5]], { posWeight: 3 }), [2 * ln(2)], 1e-6);
  // logit x = 1, y = 1: q * -ln sigmoid(1) = 3 ln(1 + e^-1)
  assertClose(losses.weightedBinaryCrossentropy([[1]], [[1]], { posWeight: 3, fromLogits: true }), [3 * ln(1 + Math.exp(-1))], 1e-6);
});

test('hinge: labels 0/1 become -1/+1: y = (-1, +1), yhat = (0.5, 0.5) -> (1.5 + 0.5) / 2 = 1', () => {
  assertClose(losses.hinge([[0, 1]], [[0.5, 0.5]]), [1], 1e-6);
  assertClose(losses.hinge([[-1, 1]], [[0.5, 0.5]]), [1], 1e-6);
  // a label of 0.5 is not binary, so nothing is converted: max(0, 1 - 0.5*2) = 0 and max(0, 1 - 0) = 1
  assertClose(losses.hinge([[0.5, 0]], [[2, 2]]), [0.5], 1e-6);
});

test('squaredHinge: y = (-1, +1), yhat = (0.5, 0.5) -> (1.5^2 + 0.5^2) / 2 = 1.25', () => {
  assertClose(losses.squaredHinge([[0, 1]], [[0.5, 0.5]]), [1.25], 1e-6);
});

test('categoricalHinge: true class score 2, best other 1.5 -> max(0, 1.5 - 2 + 1) = 0.5', () => {
  assertClose(losses.categoricalHinge([[0, 1, 0]], [[1.5, 2, -1]]), [0.5], 1e-6);
});

test('categoricalCrossentropy: p = (0.2, 0.5, 0.3), class 1 -> -ln 0.5; unnormalised (2, 5, 3) rescales to the same', () => {
  assertClose(losses.categoricalCrossentropy([[0, 1, 0]], [[0.2, 0.5, 0.3]]), [ln(2)], 1e-6);
  assertClose(losses.categoricalCrossentropy([[0, 1, 0]], [[0.2, 0.5, 0.3].map((v) => v / 10)]), [ln(2)], 1e-6);
});

test('categoricalCrossentropy: logits (0, 0) -> ln 2; smoothing 0.2 with K = 2 -> labels (0.1, 0.9)', () => {
  assertClose(losses.categoricalCrossentropy([[0, 1]], [[0, 0]], { fromLogits: true }), [ln(2)], 1e-6);
  // p = (0.25, 0.75): -(0.1 ln 0.25 + 0.9 ln 0.75)
  assertClose(losses.categoricalCrossentropy([[0, 1]], [[0.25, 0.75]], { labelSmoothing: 0.2 }), [-(0.1 * ln(0.25) + 0.9 * ln(0.75))], 1e-6);
});

test('sparseCategoricalCrossentropy: label 2 of p = (0.1, 0.2, 0.7) -> -ln 0.7; ignored label -> 0', () => {
  assertClose(losses.sparseCategoricalCrossentropy([2], [[0.1, 0.2, 0.7]]), [-ln(0.7)], 1e-6);
  assertClose(losses.sparseCategoricalCrossentropy([2, -1], [[0.1, 0.2, 0.7], [0.3, 0.3, 0.4]], { ignoreClass: -1 }), [-ln(0.7), 0], 1e-6);
  // class form averages over the ONE valid entry: -ln 0.7, not -ln 0.7 / 2
  assertClose(new losses.SparseCategoricalCrossentropy({ ignoreClass: -1 }).call([2, -1], [[0.1, 0.2, 0.7], [0.3, 0.3, 0.4]]), -ln(0.7), 1e-6);
});

test('categoricalFocalCrossentropy: class 1 with p 0.5, gamma 2, alpha 0.25 -> 0.25 * 0.5^2 * ln 2', () => {
  assertClose(losses.categoricalFocalCrossentropy([[0, 1]], [[0.5, 0.5]]), [0.25 * 0.25 * ln(2)], 1e-6);
  // per-class alpha (1, 3) picks 3 for the true class 1
  assertClose(losses.categoricalFocalCrossentropy([[0, 1]], [[0.5, 0.5]], { alpha: [1, 3] }), [3 * 0.25 * ln(2)], 1e-6);
});

test('klDivergence: y = (0.5, 0.5), q = (0.25, 0.75) -> 0.5 ln 2 + 0.5 ln(2/3)', () => {
  assertClose(losses.klDivergence([[0.5, 0.5]], [[0.25, 0.75]]), [0.5 * ln(2) + 0.5 * ln(2 / 3)], 1e-6);
  assertClose(losses.klDivergence([[0.3, 0.7]], [[0.3, 0.7]]), [0], 1e-6);
});

test('poisson: count 2, rate 2 -> 2 - 2 ln 2; count 0 -> the rate itself', () => {
  assertClose(losses.poisson([[2]], [[2]]), [2 - 2 * ln(2)], 1e-5);
  assertClose(losses.poisson([[0]], [[1.5]]), [1.5], 1e-6);
});

test('cosineSimilarity: 60 degrees apart -> -cos 60 = -0.5; scale does not matter; zero vector -> 0', () => {
  assertClose(losses.cosineSimilarity([[1, 0]], [[3, 3 * Math.sqrt(3)]]), [-0.5], 1e-6);
  assertClose(losses.cosineSimilarity([[0, 0]], [[1, 2]]), [0], 1e-6);
});
