/** TD learning on the random walk, against closed-form values and hand-computed updates. */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { setup, td, tf } from '../../src';

before(async () => {
  await setup({ backend: 'cpu', verbose: false });
});

const close = (a: number, b: number, tol = 1e-9) => assert.ok(Math.abs(a - b) <= tol, `${a} vs ${b}`);

test('trueValues: gamma = 1 gives (s + 1)/(n + 1) (Sutton & Barto, example 6.2: 1/6 ... 5/6)', () => {
  const values = td.trueValues(td.randomWalk());
  [1, 2, 3, 4, 5].forEach((k, s) => close(values[s], k / 6));
  const seven = td.trueValues(td.randomWalk({ numStates: 7 }));
  seven.forEach((v, s) => close(v, (s + 1) / 8));
});

test('trueValues: two states with discount, solved by hand', () => {
  // V0 = (g/2) V1, V1 = 1/2 + (g/2) V0  =>  V1 = (1/2) / (1 - g^2/4), V0 = (g/2) V1.
  const g = 0.9;
  const [v0, v1] = td.trueValues(td.randomWalk({ numStates: 2 }), g);
  close(v1, 0.5 / (1 - (g * g) / 4));
  close(v0, (g / 2) * v1);
  assert.deepEqual(td.trueValues(td.randomWalk({ numStates: 1 }), 0.3), [0.5]); // one coin flip, whatever gamma
});

test('step: the ends are terminal, only the right end pays', () => {
  const walk = td.randomWalk();
  assert.deepEqual(td.step(walk, 0, false), { state: 0, reward: 0, next: null });
  assert.deepEqual(td.step(walk, 4, true), { state: 4, reward: 1, next: null });
  assert.deepEqual(td.step(walk, 2, true), { state: 2, reward: 0, next: 3 });
  assert.throws(() => td.randomWalk({ start: 9 }), /randomWalk: start must be an integer state in \[0, 4\]; got 9/);
});

test('sampleEpisodes: seeded, start in the middle, end at a terminal, moves by one', () => {
  const walk = td.randomWalk();
  const a = td.sampleEpisodes(walk, { episodes: 20, seed: 3 });
  assert.deepEqual(a, td.sampleEpisodes(walk, { episodes: 20, seed: 3 }));
  for (const episode of a) {
    assert.equal(episode[0].state, 2);
    assert.equal(episode[episode.length - 1].next, null);
    episode.slice(0, -1).forEach((t, i) => assert.equal(t.next, episode[i + 1].state));
  }
});

test('tdTarget and tdError: r + gamma V(next) - V(state), terminal worth 0', () => {
  const values = [0.2, 0.4, 0.6];
  close(td.tdTarget(values, { state: 1, reward: 0, next: 2 }, 0.5), 0.3);
  close(td.tdError(values, { state: 1, reward: 0, next: 2 }, 0.5), -0.1);
  close(td.tdError(values, { state: 2, reward: 1, next: null }, 0.9), 0.4);
});

test('tdZero: one hand-computed episode, then convergence towards the true values', () => {
  // C->D->E->exit right, alpha 0.5, V = 0.5 everywhere: C and D see delta 0, E sees 1 - 0.5, so E -> 0.75.
  const episode = [{ state: 2, reward: 0, next: 3 }, { state: 3, reward: 0, next: 4 }, { state: 4, reward: 1, next: null }];
  assert.deepEqual(td.tdZero(5, [episode], { alpha: 0.5 }).values, [0.5, 0.5, 0.5, 0.5, 0.75]);
  const walk = td.randomWalk();
  const run = td.tdZero(5, td.sampleEpisodes(walk, { episodes: 300, seed: 1 }), { alpha: 0.05 });
  const truth = td.trueValues(walk);
  assert.equal(run.history.length, 301);
  assert.ok(td.rmsError(run.values, truth) < 0.08, `rms ${td.rmsError(run.values, truth)}`);
  assert.ok(td.rmsError(run.values, truth) < td.rmsError(run.history[0], truth) / 2);
});

test('tdLoss: mean squared TD error; its gradient is -2 delta / N at the visited state (tf.grad)', () => {
  const values = tf.tensor1d([0.5, 0.5, 0.5, 0.5, 0.5]);
  const batch = [{ state: 3, reward: 0, next: 4 }, { state: 4, reward: 1, next: null }]; // deltas 0 and 0.5
  const loss = td.tdLoss(values, batch);
  close(loss.dataSync()[0], (0 + 0.25) / 2, 1e-7);
  const grad = tf.grad((v: tf.Tensor) => td.tdLoss(v as tf.Tensor1D, batch))(values);
  assert.deepEqual(Array.from(grad.dataSync()).map((g) => Math.round(g * 1e6) / 1e6), [0, 0, 0, 0, -0.5]);
  tf.dispose([values, loss, grad]);
});

test('tdByOptimizer: SGD on the squared TD error is TD(0) with alpha = 2 lr / N, and leaks nothing', () => {
  const episode = [{ state: 4, reward: 1, next: null }];
  const sgd = tf.train.sgd(0.25); // holds its learning rate as a tensor
  const before = tf.memory().numTensors;
  const run = td.tdByOptimizer(5, [episode], sgd);
  close(run.values[4], 0.5 + 2 * 0.25 * 0.5, 1e-6); // 0.75, as tdZero with alpha 0.5
  assert.equal(tf.memory().numTensors, before);
  sgd.dispose();
});
