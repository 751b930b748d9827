/**
 * (a) Same gradient sequence, many steps: losslab vs tfjs' built-in optimizer wherever tfjs has
 *     the same rule (tfjs-core 4.22, dist/optimizers/*_optimizer.js).
 * (b) Where tfjs' rule differs from Keras 3 (epsilon placement in Adam and centered RMSprop, the
 *     accumulator Adadelta divides by, momentum with a schedule), we show the difference and test
 *     against Keras' equations written independently in float64 (./reference.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, tf, optimizers } from '../../src';
import { assertClose, freshVariable, gradientSequence, runSteps } from './helpers';
import * as keras from './reference';

const STEPS = 300;
const W0 = [0.5, -1.5, 2, 0.1, -0.3, 1];
const GRADS = gradientSequence(7, STEPS, W0.length);

/** Runs a tfjs built-in on the same sequence (array form of applyGradients, as model.fit does). */
function runBuiltin(opt: tf.Optimizer, grads: number[][]): number[][] {
  const w = freshVariable(W0, 'builtin');
  const out = grads.map((g) => {
    const gradient = tf.tensor(g);
    opt.applyGradients([{ name: w.name, tensor: gradient }]);
    gradient.dispose();
    return Array.from(w.dataSync());
  });
  [w, opt].forEach((x) => x.dispose());
  return out;
}

function assertTrajectoriesClose(ours: number[][], theirs: number[][], atol: number, rtol: number, what: string): void {
  for (const k of [0, 1, 9, 99, ours.length - 1].filter((i) => i < ours.length)) assertClose(ours[k], theirs[k], atol, rtol, `${what} step ${k + 1}`);
}

const SAME_RULE: Array<[string, () => tf.Optimizer, () => optimizers.Optimizer]> = [
  ['sgd', () => tf.train.sgd(0.05), () => new optimizers.SGD({ learningRate: 0.05 })],
  ['momentum', () => tf.train.momentum(0.02, 0.9), () => new optimizers.SGD({ learningRate: 0.02, momentum: 0.9 })],
  ['momentum (Nesterov)', () => tf.train.momentum(0.02, 0.9, true), () => new optimizers.SGD({ learningRate: 0.02, momentum: 0.9, nesterov: true })],
  ['rmsprop', () => tf.train.rmsprop(0.01, 0.9, 0, 1e-7), () => new optimizers.RMSprop({ learningRate: 0.01 })],
  ['rmsprop (momentum)', () => tf.train.rmsprop(0.01, 0.8, 0.5, 1e-7), () => new optimizers.RMSprop({ learningRate: 0.01, rho: 0.8, momentum: 0.5 })],
  // tfjs' adagrad takes its epsilon from the backend: 1e-7 on cpu, Keras' default.
  ['adagrad', () => tf.train.adagrad(0.1, 0.1), () => new optimizers.Adagrad({ learningRate: 0.1 })],
  // Adam agrees exactly only with epsilon 0 (see the epsilon test below).
  ['adam (epsilon 0)', () => tf.train.adam(0.01, 0.9, 0.999, 0), () => new optimizers.Adam({ learningRate: 0.01, epsilon: 0 })],
  ['adamax', () => tf.train.adamax(0.01, 0.9, 0.999, 1e-7, 0), () => new optimizers.Adamax({ learningRate: 0.01 })],
];

for (const [name, builtin, ours] of SAME_RULE) {
  test(`${name}: matches tfjs' built-in over ${STEPS} steps`, async () => {
    await setup({ backend: 'cpu', verbose: false });
    const opt = ours();
    assertTrajectoriesClose(runSteps(opt, W0, GRADS), runBuiltin(builtin(), GRADS), 1e-5, 1e-4, name);
    opt.dispose();
  });
}

test('adam: tfjs adds epsilon to sqrt(v-hat), Keras to sqrt(v) — visible with a large epsilon; we follow Keras', async () => {
  await setup({ backend: 'cpu', verbose: false });
  const grads = GRADS.slice(0, 50).map((g) => g.map((x) => x * 0.01)); // small gradients make epsilon matter
  const ours = runSteps(new optimizers.Adam({ learningRate: 0.01, epsilon: 1e-3 }), W0, grads);
  const tfjs = runBuiltin(tf.train.adam(0.01, 0.9, 0.999, 1e-3), grads);
  const reference = keras.adam(W0, grads, { eta: 0.01, b1: 0.9, b2: 0.999, eps: 1e-3 });
  assertTrajectoriesClose(ours.slice(0, 50), reference, 1e-5, 1e-4, 'adam vs Keras float64');
  assert.ok(Math.abs(ours[0][0] - tfjs[0][0]) > 1e-3, 'tfjs differs on step 1');
});

test('adam amsgrad and AdamW: match Keras float64 equations over 300 steps', async () => {
  await setup({ backend: 'cpu', verbose: false });
  const ams = runSteps(new optimizers.Adam({ learningRate: 0.01, amsgrad: true }), W0, GRADS);
  assertTrajectoriesClose(ams, keras.adam(W0, GRADS, { eta: 0.01, b1: 0.9, b2: 0.999, eps: 1e-7, amsgrad: true }), 1e-5, 1e-4, 'amsgrad');
  const adamw = runSteps(new optimizers.AdamW({ learningRate: 0.01, weightDecay: 0.1 }), W0, GRADS);
  assertTrajectoriesClose(adamw, keras.adam(W0, GRADS, { eta: 0.01, b1: 0.9, b2: 0.999, eps: 1e-7, wd: 0.1 }), 1e-5, 1e-4, 'adamw');
});

test("rmsprop centered: tfjs subtracts epsilon (sqrt(v - gbar^2 - eps)), Keras adds it; we follow Keras", async () => {
  await setup({ backend: 'cpu', verbose: false });
  const options = { eta: 0.01, rho: 0.9, momentum: 0.5, eps: 1e-2, centered: true };
  const ours = runSteps(new optimizers.RMSprop({ learningRate: 0.01, rho: 0.9, momentum: 0.5, epsilon: 1e-2, centered: true }), W0, GRADS);
  assertTrajectoriesClose(ours, keras.rmsprop(W0, GRADS, options), 1e-5, 1e-4, 'centered rmsprop vs Keras');
  const tfjs = runBuiltin(tf.train.rmsprop(0.01, 0.9, 0.5, 1e-2, true), GRADS);
  assert.ok(Math.abs(ours[0][0] - tfjs[0][0]) > 1e-4, 'tfjs differs on step 1');
});

test("adadelta: tfjs divides by the previous accumulator (first step = -lr*g); Keras by the new one; we follow Keras", async () => {
  await setup({ backend: 'cpu', verbose: false });
  const ours = runSteps(new optimizers.Adadelta({ learningRate: 1, rho: 0.95 }), W0, GRADS);
  assertTrajectoriesClose(ours, keras.adadelta(W0, GRADS, { eta: 1, rho: 0.95, eps: 1e-7 }), 1e-5, 1e-4, 'adadelta vs Keras');
  const tfjs = runBuiltin(tf.train.adadelta(1, 0.95, 1e-7), GRADS);
  // tfjs step 1: sqrt(0 + eps) / sqrt(0 + eps) * g = g, so w1 = w0 - g.
  assertClose(tfjs[0], W0.map((w, i) => w - GRADS[0][i]), 1e-5, 1e-5, 'tfjs adadelta first step');
  assert.ok(Math.abs(ours[0][0] - tfjs[0][0]) > 1e-2);
});

test('SGD momentum with a schedule: Keras folds each eta into the velocity (tfjs cannot take a schedule)', async () => {
  await setup({ backend: 'cpu', verbose: false });
  const schedule = new optimizers.schedules.ExponentialDecay({ initialLearningRate: 0.05, decaySteps: 10, decayRate: 0.5 });
  const lr = (t: number) => 0.05 * Math.pow(0.5, t / 10);
  for (const nesterov of [false, true]) {
    const ours = runSteps(new optimizers.SGD({ learningRate: schedule, momentum: 0.9, nesterov }), W0, GRADS);
    assertTrajectoriesClose(ours, keras.sgd(W0, GRADS, { lr, momentum: 0.9, nesterov }), 1e-5, 1e-4, `nesterov=${nesterov}`);
  }
});

test('Nadam, Lion: match Keras float64 equations over 300 steps (tfjs has neither)', async () => {
  await setup({ backend: 'cpu', verbose: false });
  const nadam = runSteps(new optimizers.Nadam({ learningRate: 0.01 }), W0, GRADS);
  assertTrajectoriesClose(nadam, keras.nadam(W0, GRADS, { eta: 0.01, b1: 0.9, b2: 0.999, eps: 1e-7 }), 1e-5, 1e-4, 'nadam');
  const lion = runSteps(new optimizers.Lion({ learningRate: 0.01 }), W0, GRADS);
  assertTrajectoriesClose(lion, keras.lion(W0, GRADS, { eta: 0.01, b1: 0.9, b2: 0.99 }), 1e-5, 1e-4, 'lion');
  const adamax = runSteps(new optimizers.Adamax({ learningRate: 0.01, epsilon: 0.1 }), W0, GRADS);
  assertTrajectoriesClose(adamax, keras.adamax(W0, GRADS, { eta: 0.01, b1: 0.9, b2: 0.999, eps: 0.1 }), 1e-5, 1e-4, 'adamax');
});
