/**
 * First steps derived by hand from each optimizer's equations (the arithmetic is in the comments),
 * on a scalar w = 1 with gradient g = 2 unless stated.
 */
import { test } from 'node:test';
import { setup, optimizers } from '../../src';
import { assertClose, runSteps } from './helpers';

const EPS = 1e-7;
const CASES: Array<[string, () => optimizers.Optimizer, number[], number[]]> = [
  // w = 1 - 0.1 * 2
  ['SGD', () => new optimizers.SGD({ learningRate: 0.1 }), [2], [0.8]],
  // v1 = -0.2, w = 0.8; v2 = 0.9 * -0.2 - 0.2 = -0.38, w = 0.42
  ['SGD momentum', () => new optimizers.SGD({ learningRate: 0.1, momentum: 0.9 }), [2, 2], [0.8, 0.42]],
  // v1 = -0.2, w = 1 + 0.9 * -0.2 - 0.2 = 0.62
  ['SGD Nesterov', () => new optimizers.SGD({ learningRate: 0.1, momentum: 0.9, nesterov: true }), [2], [0.62]],
  // v = 0.1 * 4 = 0.4, w = 1 - 0.01 * 2 / sqrt(0.4 + eps)
  ['RMSprop', () => new optimizers.RMSprop({ learningRate: 0.01 }), [2], [1 - 0.02 / Math.sqrt(0.4 + EPS)]],
  // v = 0.4, gBar = 0.2, w = 1 - 0.02 / sqrt(0.4 - 0.04 + eps)
  ['RMSprop centered', () => new optimizers.RMSprop({ learningRate: 0.01, centered: true }), [2], [1 - 0.02 / Math.sqrt(0.36 + EPS)]],
  // s = 0.1 + 4 = 4.1, w = 1 - 0.1 * 2 / sqrt(4.1 + eps)
  ['Adagrad', () => new optimizers.Adagrad({ learningRate: 0.1 }), [2], [1 - 0.2 / Math.sqrt(4.1 + EPS)]],
  // s = 0.05 * 4 = 0.2, dTheta = -sqrt(eps) / sqrt(0.2 + eps) * 2, w = 1 + dTheta
  ['Adadelta', () => new optimizers.Adadelta({ learningRate: 1 }), [2], [1 - (2 * Math.sqrt(EPS)) / Math.sqrt(0.2 + EPS)]],
  // m = 0.2, v = 0.004, alpha = 0.1 * sqrt(0.001) / 0.1; w = 1 - alpha * 0.2 / (sqrt(0.004) + eps)
  ['Adam', () => new optimizers.Adam({ learningRate: 0.1 }), [2], [1 - (Math.sqrt(0.001) * 0.2) / (Math.sqrt(0.004) + EPS)]],
  // AdamW: first w = 1 - 0.1 * 0.004 * 1 = 0.9996, then the same Adam step as above
  ['AdamW', () => new optimizers.AdamW({ learningRate: 0.1 }), [2], [0.9996 - (Math.sqrt(0.001) * 0.2) / (Math.sqrt(0.004) + EPS)]],
  // m = 0.2, u = 2, w = 1 - 0.1 / 0.1 * 0.2 / (2 + eps)
  ['Adamax', () => new optimizers.Adamax({ learningRate: 0.1 }), [2], [1 - 0.2 / (2 + EPS)]],
  // mu1 = 0.9 * 0.52 = 0.468, mu2 = 0.9 * (1 - 0.5 * 0.9216) = 0.48528, Pi1 = 0.468
  // mHat = 0.48528 * 0.2 / (1 - 0.468 * 0.48528) + 0.532 * 2 / 0.532, vHat = 0.004 / 0.001 = 4
  ['Nadam', () => new optimizers.Nadam({ learningRate: 0.1 }), [2], [1 - (0.1 * ((0.48528 * 0.2) / (1 - 0.468 * 0.48528) + 2)) / (2 + EPS)]],
  // c = 0.1 * 2 > 0: w = 1 - 0.1; then m = 0.02, c = 0.9 * 0.02 + 0.1 * -2 < 0: w = 0.9 + 0.1
  ['Lion', () => new optimizers.Lion({ learningRate: 0.1 }), [2, -2], [0.9, 1.0]],
  // w = 1, g = 1, lr 0.5: n = 1.1, z = 1 - (sqrt(1.1) - sqrt(0.1)) / 0.5, w = -z / (sqrt(1.1) / 0.5)
  ['Ftrl', () => new optimizers.Ftrl({ learningRate: 0.5 }), [1], [(1 - (Math.sqrt(1.1) - Math.sqrt(0.1)) / 0.5) / -(Math.sqrt(1.1) / 0.5)]],
];

for (const [name, make, grads, expected] of CASES) {
  test(`${name}: hand-derived first step(s)`, async () => {
    await setup({ backend: 'cpu', verbose: false });
    const opt = make();
    const after = runSteps(opt, 1, grads).map((row) => row[0]);
    assertClose(after, expected, 1e-6, 1e-6, name);
    opt.dispose();
  });
}

test('weight decay on any optimizer: w <- w - wd * lr * w before the rule (Keras base optimizer)', async () => {
  await setup({ backend: 'cpu', verbose: false });
  // SGD lr 0.1, wd 0.5: w = 1 - 0.05 = 0.95, then - 0.1 * 2 = 0.75
  assertClose(runSteps(new optimizers.SGD({ learningRate: 0.1, weightDecay: 0.5 }), 1, [2])[0], [0.75], 1e-6);
});
