/**
 * Learning-rate schedules vs Keras 3's formulas (keras/src/optimizers/schedules/learning_rate_schedule.py)
 * and the numbers of its tests (learning_rate_schedule_test.py @ keras-team/keras 3422977a5e),
 * plus values at chosen steps derived by hand.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, tf, optimizers } from '../../src';
import { assertClose, freshVariable } from './helpers';

const { ExponentialDecay, InverseTimeDecay, PiecewiseConstantDecay, CosineDecay } = optimizers.schedules;

test('ExponentialDecay: Keras test_continuous and test_staircase (learning_rate_schedule_test.py#L60-L81)', () => {
  assertClose(new ExponentialDecay({ initialLearningRate: 0.05, decaySteps: 10, decayRate: 0.96 }).at(5), 0.05 * 0.96 ** 0.5, 1e-6);
  const stairs = new ExponentialDecay({ initialLearningRate: 0.1, decaySteps: 3, decayRate: 0.96, staircase: true });
  assertClose([stairs.at(1), stairs.at(2), stairs.at(100)], [0.1, 0.1, 0.1 * 0.96 ** 33], 1e-6);
});

test('ExponentialDecay: by hand, 0.1 * 0.5^(t/10)', () => {
  const s = new ExponentialDecay({ initialLearningRate: 0.1, decaySteps: 10, decayRate: 0.5 });
  assertClose([s.at(0), s.at(10), s.at(20), s.at(5)], [0.1, 0.05, 0.025, 0.1 / Math.SQRT2], 1e-12);
});

test('InverseTimeDecay: Keras test_decay and test_staircase (#L263-L289)', () => {
  const smooth = new InverseTimeDecay({ initialLearningRate: 0.1, decaySteps: 10, decayRate: 0.96 });
  const stairs = new InverseTimeDecay({ initialLearningRate: 0.1, decaySteps: 10, decayRate: 0.96, staircase: true });
  for (let i = 0; i <= 10; i++) {
    assertClose(smooth.at(i), 0.1 / (1 + (i / 10) * 0.96), 1e-6);
    assertClose(stairs.at(i), 0.1 / (1 + 0.96 * Math.floor(i / 10)), 1e-6);
  }
  // by hand: 0.1 / (1 + 0.5 * 2) = 0.05
  assertClose(new InverseTimeDecay({ initialLearningRate: 0.1, decaySteps: 1, decayRate: 0.5 }).at(2), 0.05, 1e-12);
});

test('PiecewiseConstantDecay: Keras test_piecewise_values and test_boundary_values (#L106-L138)', () => {
  const s = new PiecewiseConstantDecay({ boundaries: [100, 110, 120], values: [1.0, 0.1, 0.01, 0.001] });
  // Keras also reads step -999 (1.0); a step is a count of updates, so this library refuses negative ones.
  assertClose([0, 100, 105, 110, 120, 999].map((t) => s.at(t)), [1.0, 1.0, 0.1, 0.1, 0.01, 0.001], 1e-6);
  assert.throws(() => s.at(-999), /PiecewiseConstantDecay\.at: step must be a finite number >= 0; got -999/);
  const b = new PiecewiseConstantDecay({ boundaries: [1, 2, 3], values: [0.4, 0.5, 0.6, 0.7] });
  assertClose([0, 1, 2, 3, 4].map((t) => b.at(t)), [0.4, 0.4, 0.5, 0.6, 0.7], 1e-6);
});

test('CosineDecay: Keras test_decay, test_alpha, test_warmup, test_warmup_decay (#L291-L378)', () => {
  const cosine = (step: number, T: number, alpha = 0) =>
    (1 - alpha) * 0.5 * (1 + Math.cos((Math.PI * Math.min(step, T)) / T)) + alpha;
  for (let step = 0; step < 1500; step += 250) {
    assertClose(new CosineDecay({ initialLearningRate: 1, decaySteps: 1000 }).at(step), cosine(step, 1000), 1e-6);
    assertClose(new CosineDecay({ initialLearningRate: 1, decaySteps: 1000, alpha: 0.1 }).at(step), cosine(step, 1000, 0.1), 1e-6);
    const warm = new CosineDecay({ initialLearningRate: 0, decaySteps: 10, warmupTarget: 10, warmupSteps: 1500 });
    assertClose(warm.at(step), (step / 1500) * 10, 1e-6);
  }
  const warmDecay = new CosineDecay({ initialLearningRate: 0, decaySteps: 1000, warmupTarget: 10, warmupSteps: 2000 });
  for (let step = 0; step < 3000; step += 250) {
    const expected = step < 2001 ? (step / 2000) * 10 : 10 * cosine(step - 2000, 1000);
    assertClose(warmDecay.at(step), expected, 1e-6, 1e-6);
  }
});

test('CosineDecay: by hand, halfway is half the peak; after the end it stays at alpha * peak', () => {
  const s = new CosineDecay({ initialLearningRate: 0.1, decaySteps: 10, warmupTarget: 1, warmupSteps: 5, alpha: 0.2 });
  // warm-up 0.1 -> 1 over 5 steps: t=2 gives 0.1 + 0.9 * 2/5 = 0.46; t=10 is halfway: 0.8*0.5+0.2 = 0.6
  assertClose([s.at(0), s.at(2), s.at(5), s.at(10), s.at(15), s.at(1000)], [0.1, 0.46, 1, 0.6, 0.2, 0.2], 1e-12);
});

test('an optimizer reads the schedule at its iteration count before each update (step 0 first)', async () => {
  await setup({ backend: 'cpu', verbose: false });
  const schedule = new PiecewiseConstantDecay({ boundaries: [0, 1], values: [1, 0.5, 0.25] });
  const opt = new optimizers.SGD({ learningRate: schedule });
  const w = freshVariable(0);
  const g = tf.scalar(1);
  const seen: number[] = [];
  for (let i = 0; i < 3; i++) {
    seen.push(opt.learningRate);
    opt.applyGradients({ [w.name]: g });
  }
  assert.deepEqual(seen, [1, 0.5, 0.25]);
  assertClose(w.dataSync()[0], -1.75, 1e-6); // w = 0 - 1 - 0.5 - 0.25
  assert.throws(() => { opt.learningRate = 0.1; }, /SGD: learningRate cannot be set on an optimizer built with a schedule/);
  [opt, w, g].forEach((x) => x.dispose());
});

test('Keras test_fit_lr_correctness: Adam + ExponentialDecay through model.fit gives Keras\' losses (#L18-L46)', async () => {
  await setup({ backend: 'cpu', verbose: false });
  const model = tf.sequential({
    layers: [tf.layers.dense({ units: 2, inputShape: [2], kernelInitializer: 'ones', biasInitializer: 'ones' })],
  });
  const optimizer = new optimizers.Adam({
    learningRate: new ExponentialDecay({ initialLearningRate: 0.05, decaySteps: 1, decayRate: 0.9 }),
  });
  model.compile({ optimizer, loss: 'meanSquaredError' });
  const data = tf.tensor2d(Array.from({ length: 32 }, (_, i) => i), [16, 2]);
  const history = await model.fit(data, data, { epochs: 3, batchSize: 4, shuffle: false, verbose: 0 });
  assert.equal(optimizer.iterations, 12);
  assertClose(history.history.loss as number[], [230.79457092285156, 128.30319213867188, 79.33648681640625], 0, 5e-5, 'loss');
  model.dispose();
  data.dispose();
});

test('schedules: bad arguments name the schedule and the argument', () => {
  assert.throws(() => new ExponentialDecay({ initialLearningRate: 0.1, decaySteps: 0, decayRate: 0.5 }), /ExponentialDecay: decaySteps must be a finite number > 0; got 0/);
  assert.throws(() => new InverseTimeDecay({ initialLearningRate: -1, decaySteps: 1, decayRate: 0.5 }), /InverseTimeDecay: initialLearningRate/);
  assert.throws(() => new PiecewiseConstantDecay({ boundaries: [1, 2], values: [1, 2] }), /PiecewiseConstantDecay: values must have one more entry/);
  assert.throws(() => new PiecewiseConstantDecay({ boundaries: [2, 1], values: [1, 2, 3] }), /increasing/);
  assert.throws(() => new CosineDecay({ initialLearningRate: 1, decaySteps: 10, alpha: 2 }), /CosineDecay: alpha must be a number in \[0, 1\]; got 2/);
});

test('schedules survive getConfig/fromConfig inside an optimizer', () => {
  const schedule = new CosineDecay({ initialLearningRate: 0.01, decaySteps: 100, warmupTarget: 0.1, warmupSteps: 10 });
  const opt = new optimizers.Adam({ learningRate: schedule });
  const copy = optimizers.get({ className: 'losslab.Adam', config: opt.getConfig() });
  const rebuilt = copy.learningRateSchedule as optimizers.schedules.LearningRateSchedule;
  assert.ok(rebuilt instanceof CosineDecay);
  for (const t of [0, 5, 10, 60, 200]) assert.equal(rebuilt.at(t), schedule.at(t));
});
