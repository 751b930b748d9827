/**
 * The tf.Optimizer contract and the teaching API: the registry, both applyGradients forms,
 * state by name, getWeights/setWeights, getConfig/fromConfig, model.compile + fit, bad input,
 * and no tensor leaks.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, tf, optimizers } from '../../src';
import { assertClose, freshVariable, gradientSequence, runSteps } from './helpers';

const IDS = ['sgd', 'rmsprop', 'adagrad', 'adadelta', 'adam', 'adamw', 'adamax', 'nadam', 'lion', 'ftrl'];

/** Options that switch on every slot an optimizer has. */
const FULL: Record<string, Record<string, unknown>> = {
  sgd: { momentum: 0.9 }, rmsprop: { momentum: 0.5, centered: true }, adam: { amsgrad: true }, adamw: { amsgrad: true },
};
const SLOTS: Record<string, string[]> = {
  sgd: ['v'], rmsprop: ['v', 'gBar', 'm'], adagrad: ['s'], adadelta: ['s', 'd'], adam: ['m', 'v', 'vMax'],
  adamw: ['m', 'v', 'vMax'], adamax: ['m', 'u'], nadam: ['m', 'v'], lion: ['m'], ftrl: ['n', 'z'],
};
const make = (id: string, extra: Record<string, unknown> = {}) => new optimizers.OPTIMIZERS[id]({ learningRate: 0.01, ...FULL[id], ...extra });

test('get: Keras identifiers (any case) give Keras defaults; instances pass through; unknown ids throw', () => {
  assert.ok(optimizers.get('adam') instanceof optimizers.Adam);
  assert.ok(optimizers.get('RMSprop') instanceof optimizers.RMSprop);
  assert.equal(optimizers.get('sgd').learningRate, 0.01);
  assert.equal(optimizers.get('adamw').weightDecay, 0.004);
  const adam = optimizers.get('adam') as optimizers.Adam;
  assert.deepEqual([adam.learningRate, adam.beta1, adam.beta2, adam.epsilon, adam.amsgrad], [0.001, 0.9, 0.999, 1e-7, false]);
  const rms = optimizers.get('rmsprop') as optimizers.RMSprop;
  assert.deepEqual([rms.rho, rms.momentum, rms.epsilon, rms.centered], [0.9, 0, 1e-7, false]);
  const instance = new optimizers.Lion();
  assert.equal(optimizers.get(instance), instance);
  for (const id of IDS) assert.ok(optimizers.get(id) instanceof tf.Optimizer, id);
  assert.throws(() => optimizers.get('adamm'), /optimizers.get: unknown optimizer 'adamm' \(did you mean 'adam', .*\); expected one of 'sgd', /);
});

test('bad hyperparameters: the error names the optimizer, the argument, the range and the value', () => {
  assert.throws(() => new optimizers.Adam({ learningRate: -0.1 }), /^Error: Adam: learningRate must be a finite number >= 0; got -0.1$/);
  assert.throws(() => new optimizers.Adam({ beta1: 1 }), /Adam: beta1 must be a number in \[0, 1\); got 1/);
  assert.throws(() => new optimizers.AdamW({ beta2: -0.5 }), /AdamW: beta2 must be a number in \[0, 1\); got -0.5/);
  assert.throws(() => new optimizers.Nadam({ beta1: Number.NaN }), /Nadam: beta1 must be a number in \[0, 1\); got NaN/);
  assert.throws(() => new optimizers.RMSprop({ rho: 1.5 }), /RMSprop: rho must be a number in \[0, 1\]; got 1.5/);
  assert.throws(() => new optimizers.Adadelta({ rho: -1 }), /Adadelta: rho must be a number in \[0, 1\]; got -1/);
  assert.throws(() => new optimizers.SGD({ momentum: 2 }), /SGD: momentum must be a number in \[0, 1\]; got 2/);
  assert.throws(() => new optimizers.Adagrad({ epsilon: -1 }), /Adagrad: epsilon must be a finite number >= 0/);
  assert.throws(() => new optimizers.Lion({ beta1: 0 }), /Lion: beta1 must be a number in \(0, 1\]; got 0/);
  assert.throws(() => new optimizers.Ftrl({ learningRate: 0 }), /Ftrl: learningRate must be > 0 \(the rule divides by it\); got 0/);
  assert.throws(() => new optimizers.Ftrl({ learningRatePower: 0.5 }), /Ftrl: learningRatePower must be a finite number <= 0/);
  assert.throws(() => new optimizers.AdamW({ weightDecay: null }), /AdamW: weightDecay/);
  assert.throws(() => new optimizers.SGD({ clipnorm: 1, clipvalue: 1 }), /SGD: set at most one of clipnorm, clipvalue and globalClipnorm; got clipnorm=1, clipvalue=1/);
  assert.throws(() => new optimizers.SGD({ clipnorm: 0 }), /SGD: clipnorm must be a finite number > 0; got 0/);
});

test('bad gradients: wrong shape, NaN, unknown variable name; checkFinite: false skips the NaN check', async () => {
  await setup({ backend: 'cpu', verbose: false });
  const w = freshVariable([1, 2]);
  const opt = new optimizers.Adam();
  const wrong = tf.tensor1d([1, 2, 3]);
  const nan = tf.tensor1d([1, Number.NaN]);
  const inf = tf.tensor1d([Infinity, 0]);
  assert.throws(() => opt.applyGradients({ [w.name]: wrong }), new RegExp(`Adam.applyGradients: the gradient for '${w.name}' must have the variable's shape \\[2\\]; got \\[3\\]`));
  assert.throws(() => opt.applyGradients([{ name: w.name, tensor: nan }]), new RegExp(`Adam.applyGradients: the gradient for '${w.name}' must be finite; got NaN`));
  assert.throws(() => opt.applyGradients({ [w.name]: inf }), /must be finite/);
  assert.throws(() => opt.applyGradients({ no_such_variable: wrong }), /Adam.applyGradients: gradients must name registered tf.Variables; got 'no_such_variable'/);
  assert.equal(opt.iterations, 0, 'a rejected step changes nothing');
  assert.deepEqual(Array.from(w.dataSync()), [1, 2]);
  const unchecked = new optimizers.SGD({ checkFinite: false });
  unchecked.applyGradients({ [w.name]: nan });
  assert.ok(Number.isNaN(w.dataSync()[1]));
  [w, opt, unchecked, wrong, nan, inf].forEach((x) => x.dispose());
});

test('applyGradients: the map form and tfjs\' array form give the same result; null gradients are skipped', async () => {
  await setup({ backend: 'cpu', verbose: false });
  const grads = gradientSequence(3, 20, 3);
  for (const id of IDS) {
    const [a, b] = [freshVariable([1, -1, 0.5]), freshVariable([1, -1, 0.5])];
    const [optA, optB] = [make(id), make(id)];
    for (const g of grads) {
      const t = tf.tensor1d(g);
      optA.applyGradients({ [a.name]: t, unrelated: null as unknown as tf.Tensor });
      optB.applyGradients([{ name: b.name, tensor: t }]);
      t.dispose();
    }
    assert.deepEqual(Array.from(a.dataSync()), Array.from(b.dataSync()), id);
    [a, b, optA, optB].forEach((x) => x.dispose());
  }
});

test('getSlots/getState: each optimizer\'s state, by the names of its equations', async () => {
  await setup({ backend: 'cpu', verbose: false });
  for (const id of IDS) {
    const w = freshVariable([1, 2]);
    const opt = make(id);
    assert.deepEqual(Object.keys(opt.getSlots(w)).sort(), [...SLOTS[id]].sort(), id);
    [w, opt].forEach((x) => x.dispose());
  }
  // Adam after two steps with g = [1, 2] then [3, 4]: m = 0.1*g2 + 0.09*g1, v = 0.001*g2^2 + 0.000999*g1^2
  const w = freshVariable([1, 2]);
  const adam = new optimizers.Adam();
  runStepsOn(adam, w, [[1, 2], [3, 4]]);
  const state = adam.getState(w) as { t: number; m: number[]; v: number[] };
  assert.equal(state.t, 2);
  assertClose(state.m, [0.39, 0.58], 1e-6, 1e-6);
  assertClose(state.v, [0.009999, 0.019996], 1e-8, 1e-5);
  assert.equal(new optimizers.SGD().getState(w).t, 0);
  assert.deepEqual(Object.keys(new optimizers.SGD().getSlots(w)), [], 'plain SGD keeps no state');
  [w, adam].forEach((x) => x.dispose());
});

function runStepsOn(opt: tf.Optimizer, w: tf.Variable, grads: number[][]): void {
  for (const g of grads) {
    const t = tf.tensor(g);
    opt.applyGradients({ [w.name]: t });
    t.dispose();
  }
}

test('getWeights/setWeights: a fresh optimizer continues exactly where the saved one stopped', async () => {
  await setup({ backend: 'cpu', verbose: false });
  const grads = gradientSequence(11, 6, 2);
  for (const id of IDS) {
    const w = freshVariable([0.3, -0.7]);
    const saved = make(id);
    runStepsOn(saved, w, grads.slice(0, 5));
    const weights = await saved.getWeights();
    assert.equal(weights[0].name, 'iter');
    assert.deepEqual(weights.slice(1).map((x) => x.name).sort(), SLOTS[id].map((s) => `${w.name}/${s}`).sort(), id);
    const restored = make(id);
    await restored.setWeights(weights);
    assert.equal(restored.iterations, 5);
    const snapshot = tf.tidy(() => w.clone());
    runStepsOn(saved, w, grads.slice(5));
    const fromSaved = Array.from(w.dataSync());
    w.assign(snapshot);
    runStepsOn(restored, w, grads.slice(5));
    assertClose(Array.from(w.dataSync()), fromSaved, 0, 0, id);
    [w, saved, restored, snapshot].forEach((x) => x.dispose());
  }
});

test('getConfig/fromConfig: round trip for every optimizer; registered without replacing tfjs\' classes', () => {
  const registered = tf.serialization.SerializationMap.getMap().classNameMap;
  for (const id of IDS) {
    const opt = make(id, { clipnorm: 2, name: `my_${id}` });
    const cls = optimizers.OPTIMIZERS[id];
    const copy = cls.fromConfig(cls, opt.getConfig());
    assert.deepEqual(copy.getConfig(), opt.getConfig(), id);
    assert.ok(copy instanceof cls);
    assert.ok(registered[cls.className], `${cls.className} registered`);
    assert.match(opt.getClassName(), /^losslab\./);
  }
  assert.equal(registered.Adam[0], tf.train.adam(0.1).constructor, "tfjs' Adam is still tfjs'");
  assert.equal(registered.SGD[0], tf.train.sgd(0.1).constructor, "tfjs' SGD is still tfjs'");
});

function tinyModel(): tf.Sequential {
  return tf.sequential({
    layers: [
      tf.layers.dense({ units: 4, inputShape: [3], activation: 'tanh', kernelInitializer: tf.initializers.glorotUniform({ seed: 1 }) }),
      tf.layers.dense({ units: 1, kernelInitializer: tf.initializers.glorotUniform({ seed: 2 }) }),
    ],
  });
}

function regressionData(): [tf.Tensor2D, tf.Tensor2D] {
  const xs = gradientSequence(5, 64, 3);
  return [tf.tensor2d(xs), tf.tensor2d(xs.map(([a, b, c]) => [0.5 * a - b + 0.25 * c]))];
}

test('model.compile + fit: every optimizer trains a tfjs-layers model (loss goes down)', async () => {
  await setup({ backend: 'cpu', verbose: false });
  const [x, y] = regressionData();
  for (const id of IDS) {
    const model = tinyModel();
    model.compile({ optimizer: make(id, { learningRate: id === 'adadelta' ? 1 : id === 'lion' ? 0.003 : 0.05 }), loss: 'meanSquaredError' });
    const history = await model.fit(x, y, { epochs: 15, batchSize: 16, shuffle: false, verbose: 0 });
    const loss = history.history.loss as number[];
    assert.ok(loss[loss.length - 1] < 0.7 * loss[0], `${id}: ${loss[0]} -> ${loss[loss.length - 1]}`);
    model.dispose();
  }
  [x, y].forEach((t) => t.dispose());
});

test('model.fit with our SGD(momentum) and Adam(epsilon 0) gives the same weights as tfjs\' built-ins', async () => {
  await setup({ backend: 'cpu', verbose: false });
  const [x, y] = regressionData();
  const pairs: Array<[tf.Optimizer, tf.Optimizer]> = [
    [new optimizers.SGD({ learningRate: 0.05, momentum: 0.9 }), tf.train.momentum(0.05, 0.9)],
    [new optimizers.Adam({ learningRate: 0.01, epsilon: 0 }), tf.train.adam(0.01, 0.9, 0.999, 0)],
  ];
  for (const [ours, builtin] of pairs) {
    const weights: number[][] = [];
    for (const optimizer of [ours, builtin]) {
      const model = tinyModel();
      model.compile({ optimizer, loss: 'meanSquaredError' });
      await model.fit(x, y, { epochs: 5, batchSize: 8, shuffle: false, verbose: 0 });
      weights.push(model.getWeights().flatMap((w) => Array.from(w.dataSync())));
      model.dispose();
    }
    assertClose(weights[0], weights[1], 1e-5, 1e-4, ours.getClassName());
  }
  [x, y].forEach((t) => t.dispose());
});

test('a model saved with its optimizer loads back with the same losslab optimizer and state', async () => {
  await setup({ backend: 'cpu', verbose: false });
  const [x, y] = regressionData();
  const model = tinyModel();
  model.compile({ optimizer: new optimizers.Nadam({ learningRate: 0.01 }), loss: 'meanSquaredError' });
  await model.fit(x, y, { epochs: 2, batchSize: 16, verbose: 0 });
  let artifacts: tf.io.ModelArtifacts | undefined;
  await model.save(tf.io.withSaveHandler(async (a) => { artifacts = a; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }), { includeOptimizer: true });
  const loaded = await tf.loadLayersModel(tf.io.fromMemory(artifacts as tf.io.ModelArtifacts));
  assert.ok(loaded.optimizer instanceof optimizers.Nadam);
  assert.equal(loaded.optimizer.iterations, 8);
  [model, loaded, x, y].forEach((t) => t.dispose());
});

test('no tensor leaks: 2000 steps of every optimizer (with clipping and a schedule), then dispose() frees the slots', async () => {
  await setup({ backend: 'cpu', verbose: false });
  const schedule = new optimizers.schedules.CosineDecay({ initialLearningRate: 0.01, decaySteps: 500, alpha: 0.1, warmupTarget: 0.02, warmupSteps: 50 });
  const clips = [{}, { clipnorm: 1 }, { clipvalue: 0.5 }, { globalClipnorm: 1 }];
  const baseline = tf.memory().numTensors;
  IDS.forEach((id, i) => {
    const [w, b] = [freshVariable([[1, 2], [3, 4]]), freshVariable([0.5])];
    const opt = make(id, { learningRate: schedule, weightDecay: 0.01, ...clips[i % clips.length] });
    const loss = () => tf.sum(tf.add(tf.square(w), tf.square(b))) as tf.Scalar;
    opt.minimize(loss, false, [w, b]); // creates the slots
    const afterFirst = tf.memory().numTensors;
    for (let k = 0; k < 2000; k++) opt.minimize(loss, false, [w, b]);
    assert.equal(tf.memory().numTensors, afterFirst, `${id} leaked`);
    [opt, w, b].forEach((x) => x.dispose());
    assert.equal(tf.memory().numTensors, baseline, `${id} did not free its slots`);
  });
});

test('minimize(f, returnCost, varList) returns the cost before the step, and iterations counts steps', async () => {
  await setup({ backend: 'cpu', verbose: false });
  const w = freshVariable([3]);
  const opt = new optimizers.SGD({ learningRate: 0.1 });
  const cost = opt.minimize(() => tf.sum(tf.square(w)) as tf.Scalar, true, [w]) as tf.Scalar;
  assert.equal(cost.dataSync()[0], 9);
  assertClose(w.dataSync()[0], 2.4, 1e-6); // 3 - 0.1 * 6
  assert.equal(opt.iterations, 1);
  assertClose(runSteps(opt, [0], [[1]])[0][0], -0.1, 1e-7);
  [w, opt, cost].forEach((x) => x.dispose());
});

test('traceSteps: the parameter and the state after each given gradient, nothing leaked', async () => {
  await setup({ backend: 'cpu', verbose: false });
  const before = tf.memory().numTensors;
  const opt = new optimizers.SGD({ learningRate: 0.1, momentum: 0.9 });
  const trace = optimizers.traceSteps(opt, 1, [2, 2]);
  assertClose(trace.theta.flat(), [0.8, 0.42], 1e-6); // v1 = -0.2; v2 = -0.18 - 0.2 (by hand)
  assertClose([trace.states[1].v as number], [-0.38], 1e-6);
  assert.equal(trace.states[1].t, 2);
  opt.dispose();
  assert.equal(tf.memory().numTensors, before);
  assert.deepEqual(optimizers.traceSteps(tf.train.sgd(0.5), [1, 1], [[1, 2]]).theta, [[0.5, 0]]);
  assert.throws(() => optimizers.traceSteps(new optimizers.SGD(), [1, 2], [[1]]), /traceSteps: gradients\[0\] must have 2 entries like initial; got 1/);
});
