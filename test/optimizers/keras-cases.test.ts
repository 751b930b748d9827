/**
 * Every `kind: 'optimizer'` case of test/fixtures/keras_cases.json: Keras 3's own optimizer tests
 * and docstrings (keras-team/keras@3422977a5e) and tfjs-core's optimizer tests (tensorflow/tfjs@0fc04d958e),
 * each run through losslab with the tolerance the upstream test used. Each case's `source` field
 * names the upstream file and line. Cases outside the project's scope are skipped with a reason.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureCases, type FixtureCase } from '../fixtures/cases';
import { setup, tf, optimizers } from '../../src';
import { assertClose, camelCaseArgs, freshVariable, optimizerClass, runSteps } from './helpers';

type Case = FixtureCase<{ var?: unknown; grads?: unknown[]; steps?: number; f?: string; loss?: string; procedure?: string }>;

const cases: Case[] = fixtureCases('optimizer');

const OUT_OF_SCOPE: Array<[RegExp, string]> = [
  [/^Adafactor/, 'Adafactor is not in losslab (issue 4 covers SGD ... Nadam, Lion, Ftrl)'],
  [/^Lamb/, 'Lamb is not in losslab (issue 4 covers SGD ... Nadam, Lion, Ftrl)'],
  [/use_ema/, 'EMA of weights (use_ema) is out of scope for losslab optimizers'],
  [/gradient_accumulation_steps/, 'gradient accumulation is out of scope for losslab optimizers'],
  [/^tf\.train\.adadelta$/, "tfjs' Adadelta divides by the accumulator before this step's gradient; Keras (our reference) does not — see tfjs-vs-keras.test.ts"],
];

/** Tolerances as the upstream test states them (the fixture's `tolerance` field): [atol, rtol]. */
function tolerance(c: Case): [number, number] {
  if (c.tolerance === null) throw new Error(`${c.id}: the upstream test gives no tolerance`);
  return [c.tolerance.atol, c.tolerance.rtol];
}

/** tfjs argument names -> Keras-style options of the losslab class playing the same rule. */
function fromTfjs(c: Case): optimizers.Optimizer {
  const a = c.args as Record<string, number & boolean>;
  switch (c.name) {
    case 'tf.train.sgd': return new optimizers.SGD({ learningRate: a.learningRate });
    case 'tf.train.momentum': return new optimizers.SGD({ learningRate: a.learningRate, momentum: a.momentum, nesterov: a.useNesterov ?? false });
    case 'tf.train.rmsprop': return new optimizers.RMSprop({ learningRate: a.learningRate, rho: a.decay, momentum: a.momentum, epsilon: a.epsilon ?? 1e-7, centered: a.centered ?? false });
    case 'tf.train.adam': return new optimizers.Adam({ learningRate: a.learningRate, beta1: a.beta1, beta2: a.beta2 });
    case 'tf.train.adagrad': return new optimizers.Adagrad({ learningRate: a.learningRate, initialAccumulatorValue: a.initialAccumulatorValue });
    // tfjs' Adamax `decay` is lr / (1 + decay * iteration): Keras' InverseTimeDecay with decaySteps 1.
    case 'tf.train.adamax': return new optimizers.Adamax({ beta1: a.beta1, beta2: a.beta2, learningRate: new optimizers.schedules.InverseTimeDecay({ initialLearningRate: a.learningRate, decaySteps: 1, decayRate: a.decay }) });
  }
  throw new Error(`unmapped tfjs case ${c.name}`);
}

function lossOf(f: string, w: tf.Variable): tf.Scalar {
  if (f === 'x^2' || f === 'sum(x^2)') return tf.sum(tf.square(w));
  throw new Error(`unknown f ${f}`);
}

/** tfjs cases: minimize f from `var`, checking after_step_k and cost_step_k. */
function runTfjsCase(c: Case, [atol, rtol]: [number, number]): void {
  const opt = fromTfjs(c);
  const w = freshVariable(c.inputs.var as number[]);
  const expected = c.expected as Record<string, number | number[]>;
  for (let k = 1; k <= (c.inputs.steps ?? 2); k++) {
    const cost = opt.minimize(() => lossOf(c.inputs.f as string, w), true, [w]) as tf.Scalar;
    const cExpected = expected[`cost_step_${k}`];
    if (cExpected !== undefined) assertClose(cost.dataSync()[0], cExpected as number, atol, rtol, `${c.id} cost_step_${k}`);
    cost.dispose();
    const wExpected = expected[`after_step_${k}`];
    const stepAtol = c.tolerance?.atol_by_step?.[k - 1] ?? atol;
    if (wExpected !== undefined) assertClose(Array.from(w.dataSync()), wExpected as number[], stepAtol, rtol, `${c.id} step ${k}`);
  }
  opt.dispose();
  w.dispose();
}

/** Keras test_weight_decay: three fresh optimizers step var1 with zero gradients; excluded vars stay. */
function runWeightDecayCase(c: Case, [atol]: [number, number]): void {
  const make = () => new (optimizerClass(c.name))(camelCaseArgs(c.args));
  const [var1, var2, var3] = [freshVariable(2, 'var1'), freshVariable(2, 'exclude'), freshVariable(2, 'var3')];
  const zero = tf.scalar(0);
  const opt1 = make();
  opt1.applyGradients({ [var1.name]: zero });
  const opt2 = make();
  opt2.excludeFromWeightDecay({ names: ['exclude'] });
  opt2.applyGradients({ [var1.name]: zero, [var2.name]: zero });
  const opt3 = make();
  opt3.excludeFromWeightDecay({ variables: [var3] });
  opt3.applyGradients([{ name: var1.name, tensor: zero }, { name: var3.name, tensor: zero }]);
  const e = c.expected as Record<string, number>;
  assertClose(var1.dataSync()[0], e.var1, atol, 0, `${c.id} var1`);
  assertClose(var2.dataSync()[0], e.var2_excluded_by_name, atol, 0, `${c.id} var2`);
  assertClose(var3.dataSync()[0], e.var3_excluded_by_list, atol, 0, `${c.id} var3`);
  [opt1, opt2, opt3, var1, var2, var3, zero].forEach((x) => x.dispose());
}

function runKerasCase(c: Case, [atol, rtol]: [number, number]): void {
  const kerasName = c.name.replace(/ \(.*\)$/, '');
  const opt = new (optimizerClass(kerasName))(camelCaseArgs(c.args));
  if (c.inputs.procedure !== undefined) return runWeightDecayCase(c, [atol, rtol]);
  if (/clip/.test(c.name)) {
    // Keras checks optimizer._clip_gradients(grads); with SGD(learningRate 1) from w = 0 the
    // variable after one step is exactly minus the clipped gradient.
    const clipping = new optimizers.SGD({ learningRate: 1, ...camelCaseArgs(c.args) });
    const [after] = runSteps(clipping, [0, 0], c.inputs.grads as number[][]);
    return assertClose(after.map((x) => -x), c.expected as number[], atol, rtol, c.id);
  }
  if (c.inputs.loss === 'var**2 / 2 (gradient = var)') {
    // Keras' docstring calls opt.minimize(loss, [var]) once on loss = var^2 / 2.
    const w = freshVariable(c.inputs.var as number);
    opt.minimize(() => tf.div(tf.square(w), 2) as tf.Scalar, false, [w]);
    assertClose(w.dataSync()[0], c.expected as number, atol, rtol, c.id);
    return [opt, w].forEach((x) => x.dispose());
  }
  const w0 = c.inputs.var as number | number[];
  const after = runSteps(opt, w0, c.inputs.grads as number[][]);
  const expected = c.expected as number | number[] | number[][];
  if (Array.isArray(expected) && Array.isArray(expected[0])) {
    (expected as number[][]).forEach((row, i) => assertClose(after[i], row, atol, rtol, `${c.id} step ${i + 1}`));
  } else {
    assertClose(after[after.length - 1], expected as number | number[], atol, rtol, c.id);
  }
  opt.dispose();
}

test('keras_cases.json holds optimizer cases', () => assert.ok(cases.length >= 50));

for (const c of cases) {
  const skip = OUT_OF_SCOPE.find(([pattern]) => pattern.test(c.name))?.[1];
  test(`${c.id} ${c.name} — ${c.source}`, { skip }, async () => {
    await setup({ backend: 'cpu', verbose: false });
    const before = tf.memory().numTensors;
    const tol = tolerance(c);
    if (c.api === 'keras3') runKerasCase(c, tol);
    else runTfjsCase(c, tol);
    assert.equal(tf.memory().numTensors, before, 'no tensors leaked');
  });
}
