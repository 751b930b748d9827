/**
 * The optax-style table: every optimizer, through `minimize`, on the same two functions.
 * A convex, ill-conditioned bowl f(x, y) = x^2 + 10 y^2 from (3, 2), and Rosenbrock
 * f(x, y) = (1 - x)^2 + 100 (y - x^2)^2 from (-1.5, 2). Learning rates are per optimizer.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, tf, optimizers } from '../../src';
import { freshVariable } from './helpers';

const bowl = (w: tf.Variable) => tf.tidy(() => {
  const [x, y] = tf.unstack(w);
  return tf.add(tf.square(x), tf.mul(10, tf.square(y))) as tf.Scalar;
});
const rosenbrock = (w: tf.Variable) => tf.tidy(() => {
  const [x, y] = tf.unstack(w);
  return tf.add(tf.square(tf.sub(1, x)), tf.mul(100, tf.square(tf.sub(y, tf.square(x))))) as tf.Scalar;
});

const TABLE: Array<[string, () => optimizers.Optimizer, () => optimizers.Optimizer]> = [
  ['SGD', () => new optimizers.SGD({ learningRate: 0.05 }), () => new optimizers.SGD({ learningRate: 5e-4 })],
  ['SGD momentum', () => new optimizers.SGD({ learningRate: 0.02, momentum: 0.9 }), () => new optimizers.SGD({ learningRate: 1e-4, momentum: 0.9 })],
  ['SGD Nesterov', () => new optimizers.SGD({ learningRate: 0.02, momentum: 0.9, nesterov: true }), () => new optimizers.SGD({ learningRate: 1e-4, momentum: 0.9, nesterov: true })],
  ['RMSprop', () => new optimizers.RMSprop({ learningRate: 0.05 }), () => new optimizers.RMSprop({ learningRate: 0.01 })],
  ['Adagrad', () => new optimizers.Adagrad({ learningRate: 0.5 }), () => new optimizers.Adagrad({ learningRate: 0.2 })],
  ['Adadelta', () => new optimizers.Adadelta({ learningRate: 1, epsilon: 1e-4 }), () => new optimizers.Adadelta({ learningRate: 1, epsilon: 1e-4 })],
  ['Adam', () => new optimizers.Adam({ learningRate: 0.1 }), () => new optimizers.Adam({ learningRate: 0.02 })],
  ['AdamW', () => new optimizers.AdamW({ learningRate: 0.1 }), () => new optimizers.AdamW({ learningRate: 0.02 })],
  ['Adamax', () => new optimizers.Adamax({ learningRate: 0.1 }), () => new optimizers.Adamax({ learningRate: 0.02 })],
  ['Nadam', () => new optimizers.Nadam({ learningRate: 0.1 }), () => new optimizers.Nadam({ learningRate: 0.02 })],
  ['Lion', () => new optimizers.Lion({ learningRate: 0.05 }), () => new optimizers.Lion({ learningRate: 0.002 })],
  ['Ftrl', () => new optimizers.Ftrl({ learningRate: 1 }), () => new optimizers.Ftrl({ learningRate: 0.1 })],
];

function descend(opt: optimizers.Optimizer, f: (w: tf.Variable) => tf.Scalar, start: number[], steps: number): [number, number] {
  const w = freshVariable(start);
  const loss = () => { const v = f(w); const out = v.dataSync()[0]; v.dispose(); return out; };
  const first = loss();
  for (let i = 0; i < steps; i++) opt.minimize(() => f(w), false, [w]);
  const last = loss();
  [w, opt].forEach((x) => x.dispose());
  return [first, last];
}

for (const [name, forBowl, forRosenbrock] of TABLE) {
  test(`${name}: decreases the bowl (x100) and Rosenbrock`, async () => {
    await setup({ backend: 'cpu', verbose: false });
    const [b0, b1] = descend(forBowl(), bowl, [3, 2], 300);
    assert.ok(b1 < b0 / 100, `${name} bowl: ${b0} -> ${b1}`);
    const [r0, r1] = descend(forRosenbrock(), rosenbrock, [-1.5, 2], 300);
    assert.ok(r1 < r0 / 2, `${name} Rosenbrock: ${r0} -> ${r1}`);
  });
}
