/**
 * Exercise checks of lesson 09 (SGD, momentum, Nesterov). Expected values come from the library's
 * `optimizers.SGD` (Keras' velocity form: $v_t = \mu v_{t-1} - \eta g_t$, $\theta_t = \theta_{t-1} + v_t$)
 * and from tfjs' own `tf.train.momentum` (the accumulator form).
 */
import * as tf from '@tensorflow/tfjs';
import { SGD } from '../optimizers/sgd';
import { traceSteps } from '../optimizers/trace-steps';
import { illConditioned } from '../descent/test-functions';
import { runOptimizer } from '../descent/run-optimizer';
import { attempt, checkAll, isClose, type Verdict } from './check';

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The velocity after `steps` constant gradients g (library SGD). */
function velocityAfter(learningRate: number, momentum: number, g: number, steps: number, nesterov = false): number {
  const opt = new SGD({ learningRate, momentum, nesterov });
  const trace = traceSteps(opt, 0, Array.from({ length: steps }, () => g));
  opt.dispose();
  return trace.states[steps - 1].v as number;
}

type AccumulatorStep = (theta: number, a: number, g: number, learningRate: number, momentum: number) => [number, number];

/** The relative closeness these small numbers need (the references run in float32). */
const near = (actual: unknown, expected: number) => typeof actual === 'number' && Math.abs(actual - expected) <= 1e-5 * Math.max(1, Math.abs(expected));

/** Shows a learner's return value in a message. */
const shown = (value: unknown) => (Array.isArray(value) ? `[${value.map((x) => (typeof x === 'number' ? +x.toPrecision(6) : x)).join(', ')}]` : String(value));

/**
 * 09-1: one step of momentum in TensorFlow.js' and PyTorch's form, $a_t = \mu a_{t-1} + g_t$,
 * $\theta_t = \theta_{t-1} - \eta a_t$, returning [θ_t, a_t]. θ is compared with tfjs' own
 * `tf.train.momentum` (an independent implementation), a with $-v_t/\eta$ of the library's SGD.
 */
export function checkAccumulatorStep(step: AccumulatorStep): Verdict {
  const cases: Array<[number, number[], number, number]> = [[0.7, [1.5, -0.5], 0.05, 0.9], [-2, [0.25, 3], 0.2, 0.5], [4, [-1, -2], 0.01, 0.99]];
  const run = attempt('09-1', () => cases.map(([theta0, [g1, g2], eta, mu]) => {
    const tfjs = tf.train.momentum(eta, mu);
    const keras = new SGD({ learningRate: eta, momentum: mu });
    const [tfTrace, kerasTrace] = [traceSteps(tfjs, theta0, [g1, g2]), traceSteps(keras, theta0, [g1, g2])];
    [tfjs, keras].forEach((o) => o.dispose());
    const [theta1, a1] = [tfTrace.theta[0][0], -(kerasTrace.states[0].v as number) / eta];
    return { expected: [tfTrace.theta[1][0], -(kerasTrace.states[1].v as number) / eta], got: step(theta1, a1, g2, eta, mu), args: [theta1, a1, g2, eta, mu] };
  }));
  if (!run.ok) return run.verdict;
  const bad = run.value.find(({ expected, got }) => !(Array.isArray(got) && got.length === 2 && near(got[0], expected[0]) && near(got[1], expected[1])));
  if (bad === undefined) return checkAll('09-1', [], 'aₜ = μ aₜ₋₁ + g, θₜ = θₜ₋₁ - η aₜ: the same walk as Keras\' velocity, with v = -η a');
  const [theta, a, g, eta, mu] = bad.args;
  const got = bad.got as unknown[];
  const hints: Array<[boolean, string]> = [
    [!Array.isArray(got) || got.length !== 2, 'return a pair [θₜ, aₜ]'],
    [near(got[0], theta + eta * (mu * a + g)), 'θ moved uphill: subtract η aₜ'],
    [near(got[1], mu * a - eta * g), 'that is Keras\' velocity μ v - η g; the accumulator leaves η out: aₜ = μ aₜ₋₁ + g'],
    [near(got[1], a + g), 'the old accumulator must be multiplied by μ'],
    [near(got[0], theta - eta * a), 'θ should move by the new accumulator aₜ, which already holds this g'],
  ];
  const hint = hints.find(([hit]) => hit);
  return checkAll('09-1', [[false,
    `for θ=${+theta.toFixed(6)}, a=${+a.toFixed(6)}, g=${g}, η=${eta}, μ=${mu} the step gives [${bad.expected.map((x) => +x.toFixed(6))}]; yours gives ${shown(bad.got)}${hint ? ` (${hint[1]})` : ''}`]], '');
}

/** 09-2: with a constant gradient g = 1, η = 0.01, μ = 0.9, how far does θ move per step in the long run? */
export function checkTerminalStep(step: number): Verdict {
  const longRun = Math.abs(velocityAfter(0.01, 0.9, 1, 400));
  const ok = isNumber(step);
  return checkAll('09-2', [
    [ok, `the answer should be a finite number; got ${step}`],
    [!ok || !isClose(step, 0.01, 1e-3), '0.01 is the first step only; the velocity keeps growing while the gradient stays the same'],
    [!ok || !isClose(step, 0.09, 1e-3), '0.09 = μ η g / (1 - μ) is only the part carried over from the previous step (μ v); the step adds this step\'s η g too: solve v = μ v - η g'],
    [!ok || isClose(Math.abs(step), longRun, 1e-3), `${step} is not it: at the limit the velocity no longer changes, so v = μ v - η g`],
  ], `η g / (1 - μ) = 0.01 / 0.1 = ${longRun.toFixed(2)}: momentum 0.9 makes steps ten times longer on a steady slope`);
}

type NesterovStep = (theta: number, v: number, g: number, learningRate: number, momentum: number) => [number, number];

/** 09-3: one Nesterov step in Keras' form, returning [θ_t, v_t]; compared with `SGD({ nesterov: true })`. */
export function checkNesterovStep(step: NesterovStep): Verdict {
  const cases: Array<[number, number[], number, number]> = [[1, [2, 2], 0.1, 0.9], [-0.5, [1, -3], 0.05, 0.5], [2, [0.5, 4], 0.2, 0.99]];
  const run = attempt('09-3', () => cases.map(([theta0, [g1, g2], eta, mu]) => {
    const opt = new SGD({ learningRate: eta, momentum: mu, nesterov: true });
    const trace = traceSteps(opt, theta0, [g1, g2]);
    opt.dispose();
    const [theta1, v1] = [trace.theta[0][0], trace.states[0].v as number];
    return { expected: [trace.theta[1][0], trace.states[1].v as number], got: step(theta1, v1, g2, eta, mu), args: [theta1, v1, g2, eta, mu] };
  }));
  if (!run.ok) return run.verdict;
  const bad = run.value.find(({ expected, got }) => !(Array.isArray(got) && got.length === 2 && got.every((x, i) => isClose(x, expected[i], 1e-5))));
  if (bad === undefined) return checkAll('09-3', [], 'vₜ = μ vₜ₋₁ - η g, then θ moves by μ vₜ - η g: the velocity, looked at one step ahead');
  const [theta, v, g, eta, mu] = bad.args;
  const classical = [theta + mu * v - eta * g, mu * v - eta * g];
  const uphillVelocity = mu * v + eta * g;
  const hint = !Array.isArray(bad.got) ? ' (return a pair [θₜ, vₜ])'
    : isClose(bad.got[0], classical[0], 1e-5) ? ' (that is classical momentum, θ + vₜ; Nesterov moves by μ vₜ - η g)'
      : isClose(bad.got[1], uphillVelocity, 1e-5) ? ' (wrong sign: the velocity goes against the gradient, vₜ = μ vₜ₋₁ - η g)' : '';
  return checkAll('09-3', [[false,
    `for θ=${+theta.toFixed(6)}, v=${+v.toFixed(6)}, g=${g}, η=${eta}, μ=${mu} the step gives [${bad.expected.map((x) => +x.toFixed(6))}]; yours gives ${shown(bad.got)}${hint}`]], '');
}

/** 09-4: a momentum with which SGD(η = 0.02) gets below f = 1e-3 on illConditioned(20) within 100 steps. */
export function checkValleyMomentum(momentum: number): Verdict {
  const ok = isNumber(momentum) && momentum >= 0 && momentum <= 1;
  const final = ok ? finalValue(momentum) : NaN;
  return checkAll('09-4', [
    [ok, `momentum must be a number in [0, 1]; got ${momentum}`],
    [!ok || final < 1e-3, `with μ = ${momentum}, f after 100 steps is ${final.toPrecision(3)} (need < 0.001): ` +
      (momentum < 0.6 ? 'too little momentum, the flat x direction still creeps' : 'too much, the ball keeps circling the minimum')],
  ], `μ = ${momentum}: f = ${final.toExponential(2)} after 100 steps (plain SGD is still at ${finalValue(0).toFixed(3)})`);
}

function finalValue(momentum: number): number {
  const opt = new SGD({ learningRate: 0.02, momentum });
  const path = runOptimizer(opt, illConditioned(20), { steps: 100 });
  opt.dispose();
  return path.values[path.values.length - 1];
}
