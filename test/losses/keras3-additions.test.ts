/**
 * The five losses Keras 3 added (Dice, Tversky, generalized cross-entropy, Circle, CTC): cases
 * derived by hand, CTC against a brute-force sum over every alignment, gradient checks against
 * central differences, bad input, and no tensor leaks. (Keras' own cases run in keras-cases.test.ts.)
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { createRng, losses, setup, tf } from '../../src';
import { assertClose, readAndDispose as read } from './helpers';

before(async () => {
  await setup({ backend: 'cpu', verbose: false });
});

test('dice: masks (1,1,0,0) and (1,0,1,0) overlap in 1 of 2 + 2 pixels -> 1 - 2/4 = 0.5; axis gives one value per row', () => {
  assertClose(read(losses.dice([[1, 1, 0, 0]], [[1, 0, 1, 0]])), [0.5], 1e-6);
  // row 1: perfect (1 - 2·2/4 = 0); row 2: no overlap (1 - 0 = 1); all at once: 1 - 2·2/(4 + 3) = 3/7
  assertClose(read(losses.dice([[1, 1, 0], [0, 0, 1]], [[1, 1, 0], [1, 1, 0]], { axis: [1] })), [0, 1], 1e-6);
  assertClose(read(losses.dice([[1, 1, 0], [0, 0, 1]], [[1, 1, 0], [1, 1, 0]])), [3 / 7], 1e-6);
});

test('tversky: TP 1, FP 1, FN 2 with alpha 0.3, beta 0.7 -> 1 - 1/(1 + 0.3 + 1.4) = 0.62963; alpha = beta = 0.5 is Dice', () => {
  assertClose(read(losses.tversky([[1, 1, 1, 0]], [[1, 0, 0, 1]], { alpha: 0.3, beta: 0.7 })), [1 - 1 / 2.7], 1e-6);
  const rng = createRng(3);
  const y = Array.from({ length: 4 }, () => Array.from({ length: 5 }, () => rng.int(0, 2)));
  const p = Array.from({ length: 4 }, () => Array.from({ length: 5 }, () => rng.uniform(0, 1)));
  assertClose(read(losses.tversky(y, p, { axis: -1 })), read(losses.dice(y, p, { axis: -1 })), 1e-6);
});

test('generalized cross-entropy: p_c = 0.25, q = 0.5 -> (1 - 0.5)/0.5 = 1; q -> 0 is cross-entropy, q -> 1 is 1 - p_c', () => {
  assertClose(read(losses.categoricalGeneralizedCrossEntropy([1], [[0.75, 0.25]], { q: 0.5 })), [1], 1e-6);
  assertClose(read(losses.categoricalGeneralizedCrossEntropy([[1]], [[0.75, 0.25]], { q: 1e-3 })), [-Math.log(0.25)], 2e-3);
  assertClose(read(losses.categoricalGeneralizedCrossEntropy([0], [[0.75, 0.25]], { q: 0.999 })), [0.25], 1e-3);
});

test('circle: two same-class unit vectors and one other, gamma 1, m 0.4 -> softplus(-0.16 - 0.16) for the pair, 0 for the loner', () => {
  // positive pair: d = 0, weight [0.4 + 0]_+ = 0.4, score -1·0.4·(0.4 - 0) = -0.16;
  // negative: d = 1, weight [1.4 - 1]_+ = 0.4, score 1·0.4·(0.6 - 1) = -0.16; the third has no positive.
  const expected = Math.log(1 + Math.exp(-0.32));
  assertClose(read(losses.circle([0, 0, 1], [[1, 0], [1, 0], [0, 1]], { gamma: 1 })), [expected, expected, 0], 1e-6);
  // The class form leaves the loner out of its mean (Keras' mask): (2 · 0.5459) / 2.
  assertClose(read(new losses.Circle({ gamma: 1 }).call([0, 0, 1], [[1, 0], [1, 0], [0, 1]])), [expected], 1e-6);
});

/** `-log` of the sum, over all K^T frame labellings that collapse to `label`, of their probability. */
function bruteForceCtc(label: number[], logits: number[][]): number {
  const probs = logits.map((z) => { const e = z.map(Math.exp); const s = e.reduce((a, b) => a + b, 0); return e.map((v) => v / s); });
  const [frames, classes] = [logits.length, logits[0].length];
  let total = 0;
  for (let code = 0; code < classes ** frames; code++) {
    const path = Array.from({ length: frames }, (_, t) => Math.floor(code / classes ** t) % classes);
    const collapsed = path.filter((c, t) => c !== 0 && (t === 0 || c !== path[t - 1]));
    if (collapsed.length === label.length && collapsed.every((c, i) => c === label[i])) {
      total += path.reduce((p, c, t) => p * probs[t][c], 1);
    }
  }
  return -Math.log(total);
}

test('ctc: two frames of uniform logits, label (1): 3 of 4 paths ("1 1", "_ 1", "1 _") -> -log(3/4)', () => {
  assertClose(read(losses.ctc([[1]], [[[0, 0], [0, 0]]])), [-Math.log(0.75)], 1e-6);
});

test('ctc equals a brute-force sum over all alignments (labels with repeats, padding, several lengths)', () => {
  const rng = createRng(11);
  const labels = [[1, 0, 0], [1, 2, 0], [2, 2, 0], [1, 2, 1], [0, 0, 0]];
  const logits = labels.map(() => Array.from({ length: 5 }, () => Array.from({ length: 3 }, () => rng.uniform(-2, 2))));
  const expected = labels.map((l, b) => bruteForceCtc(l.filter((c) => c !== 0), logits[b]));
  assertClose(read(losses.ctc(labels, logits)), expected, 1e-4);
});

test('ctc: a label sequence the frames cannot produce costs about 1e30 (log 0 is -1e30 here; Keras gives Infinity)', () => {
  // (1, 1) needs a blank between the two 1s: three frames at least.
  assert.ok(read(losses.ctc([[1, 1]], [[[0, 0], [0, 0]]]))[0] > 1e29);
});

const H = 1e-2;

/** Central differences of a scalar function of a nested array of any shape. */
function finiteDifference(f: (x: tf.Tensor) => tf.Scalar, x: number[] | number[][] | number[][][]): number[] {
  const shape = tf.tidy(() => tf.tensor(x).shape);
  const values = (x as number[]).flat(2) as number[];
  return values.map((_, i) => {
    const at = (delta: number) => tf.tidy(() => {
      const moved = values.slice();
      moved[i] += delta;
      return f(tf.tensor(moved, shape)).dataSync()[0];
    });
    return (at(H) - at(-H)) / (2 * H);
  });
}

const GRADIENT_CASES: Array<{ name: string; yTrue: unknown; yPred: number[][] | number[][][]; options?: object }> = [
  { name: 'dice', yTrue: [[1, 0, 1], [0, 1, 1]], yPred: [[0.7, 0.2, 0.4], [0.35, 0.6, 0.8]], options: { axis: [1] } },
  { name: 'tversky', yTrue: [[1, 0, 1], [0, 1, 1]], yPred: [[0.7, 0.2, 0.4], [0.35, 0.6, 0.8]], options: { alpha: 0.3, beta: 0.7 } },
  { name: 'categoricalGeneralizedCrossEntropy', yTrue: [1, 2], yPred: [[0.2, 0.5, 0.3], [0.6, 0.1, 0.3]], options: { q: 0.7 } },
  { name: 'circle', yTrue: [0, 0, 1, 1], yPred: [[0.6, 0.8], [0.8, 0.6], [-0.6, 0.8], [0, 1]], options: { gamma: 2 } },
  { name: 'ctc', yTrue: [[1, 2], [2, 0]], yPred: [[[0.1, -0.4, 0.3], [0.5, 0.2, -0.1], [-0.3, 0.4, 0.2]], [[0.2, 0.1, -0.5], [0.3, -0.2, 0.4], [0, 0.6, -0.1]]] },
];

for (const c of GRADIENT_CASES) {
  test(`gradient of ${c.name} (tf.grad through the tfjs ops) matches central differences`, () => {
    const fn = losses.REGISTRY.find((e) => e.name === c.name)!.fn;
    const f = (yPred: tf.Tensor) => tf.sum(fn(c.yTrue as number[], yPred, { ...c.options, validate: false })) as tf.Scalar;
    const before = tf.memory().numTensors;
    const analytic = tf.tidy(() => Array.from(tf.grad(f)(tf.tensor(c.yPred)).dataSync()));
    assert.equal(tf.memory().numTensors, before, 'tf.grad leaks nothing');
    const numeric = finiteDifference(f, c.yPred);
    analytic.forEach((g, i) => {
      assert.ok(Math.abs(g - numeric[i]) <= 2e-3 + 0.02 * Math.abs(numeric[i]), `element ${i}: tf.grad ${g}, finite difference ${numeric[i]}`);
    });
  });
}

const throwsWith = (fn: () => unknown, ...parts: string[]) =>
  assert.throws(fn, (error: Error) => parts.every((p) => error.message.includes(p)) || assert.fail(`"${error.message}" lacks ${parts.join(' / ')}`));

test('bad input: each message names the loss, what it expected and what came in; nothing leaks', () => {
  const before = tf.memory().numTensors;
  throwsWith(() => losses.ctc([1, 2], [[[0, 0]]]), 'ctc: yTrue must hold integer labels of shape [batch, maxLength]', 'got [2]');
  throwsWith(() => losses.ctc([[1]], [[0, 0]]), 'ctc: yPred must hold logits of shape [1, frames, classes]', 'got [1,2]');
  throwsWith(() => losses.ctc([[3]], [[[0, 0]]]), 'ctc: yTrue labels must be integers in [0, 1]', 'got 3');
  throwsWith(() => losses.categoricalGeneralizedCrossEntropy([0], [[1, 0]], { q: 1 }), 'categoricalGeneralizedCrossEntropy: q must be a number in the open interval (0, 1); got 1');
  throwsWith(() => new losses.CategoricalGeneralizedCrossEntropy({ q: 0 }), 'q must be a number in the open interval (0, 1); got 0');
  throwsWith(() => losses.categoricalGeneralizedCrossEntropy([2], [[0.5, 0.5]]), 'labels must be in [0, 1]', 'got 2');
  throwsWith(() => losses.circle([0.5, 1], [[1, 0], [0, 1]]), 'circle: yTrue must hold integer labels; got 0.5');
  throwsWith(() => losses.circle([0, 1], [[1, 0], [0, 1]], { refEmbeddings: [[1, 0, 0]], refLabels: [0] }), "circle: refEmbeddings must have yPred's width 2", 'got [1,3]');
  throwsWith(() => losses.dice([[1, 0]], [[1, 0]], { axis: [1, -1] }), 'dice: axis must not repeat an axis; got [1, -1]');
  throwsWith(() => losses.tversky([[1, 0]], [[1, 0]], { alpha: -1 }), 'tversky: alpha must be a finite number >= 0; got -1');
  assert.equal(tf.memory().numTensors, before);
});
