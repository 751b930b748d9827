/**
 * Exercise checks of lesson 10 (adaptive optimizers and schedules). Expected values come from the
 * library's optimizers and schedules.
 */
import { Adam } from '../optimizers/adam';
import { Adagrad } from '../optimizers/adagrad';
import { RMSprop } from '../optimizers/rmsprop';
import { CosineDecay } from '../optimizers/schedules/cosine-decay';
import { traceSteps } from '../optimizers/trace-steps';
import { attempt, checkAll, isClose, type Verdict } from './check';

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
/** Relative closeness: these answers are small numbers, where an absolute tolerance is too loose. */
const near = (actual: number, expected: number, relative = 2e-3) => Math.abs(actual - expected) <= relative * Math.abs(expected);

/** 10-1: how far Adam(learningRate 0.01) moves w on its first step when the gradient is 250. */
export function checkAdamFirstStep(distance: number): Verdict {
  const opt = new Adam({ learningRate: 0.01 });
  const expected = Math.abs(traceSteps(opt, 0, [250]).theta[0][0]);
  opt.dispose();
  const ok = isNumber(distance);
  return checkAll('10-1', [
    [ok, `the answer should be a finite number; got ${distance}`],
    [!ok || !near(distance, 2.5), '2.5 is plain SGD (η g); Adam divides m by √v'],
    [!ok || !near(distance, 0.01 * 25 / Math.sqrt(62.5)), 'without bias correction m = 25 and v = 62.5; Adam divides them by 1 - β₁ and 1 - β₂'],
    [!ok || near(Math.abs(distance), expected), `${distance} is not it: after one step m̂ = g and v̂ = g², so the move is η·g/|g|`],
  ], `η · m̂/√v̂ = 0.01 · 250/250 ≈ ${expected.toFixed(4)}: Adam's first step is η whatever the size of the gradient`);
}

/** 10-2: Adagrad's per-coordinate learning rate η/√(s + ε) on the third step (η = 0.1, s₀ = 0.1, g = 1, 2, 2). */
export function checkAdagradRate(rate: number): Verdict {
  const opt = new Adagrad({ learningRate: 0.1, initialAccumulatorValue: 0.1 });
  const { theta } = traceSteps(opt, 0, [1, 2, 2]);
  opt.dispose();
  const expected = (theta[1][0] - theta[2][0]) / 2; // the third move divided by its gradient
  const ok = isNumber(rate);
  return checkAll('10-2', [
    [ok, `the answer should be a finite number; got ${rate}`],
    [!ok || !near(rate, 0.1 / 3), 'close: the accumulator starts at s₀ = 0.1, not 0'],
    [!ok || !near(rate, 0.1 / Math.sqrt(5.1)), 'Adagrad adds this step\'s g² before dividing: s₃ includes the third gradient'],
    [!ok || near(rate, expected), `${rate} is not it: s₃ = 0.1 + 1² + 2² + 2², and the rate is η/√s₃`],
  ], `0.1/√9.1 = ${expected.toFixed(4)}: a third of the nominal rate after only three steps`);
}

/** 10-3: a warm-up + cosine schedule: 0 -> 0.1 over 10 steps, then cosine decay to 0 over 90 steps. */
export function checkWarmupCosine(schedule: (step: number) => number): Verdict {
  const reference = new CosineDecay({ initialLearningRate: 0, decaySteps: 90, warmupTarget: 0.1, warmupSteps: 10 });
  const steps = [0, 3, 10, 25, 55, 99, 100, 150];
  const run = attempt('10-3', () => steps.map((s) => schedule(s)));
  if (!run.ok) return run.verdict;
  const wrong = steps.findIndex((s, i) => !(isNumber(run.value[i]) && isClose(run.value[i], reference.at(s), 1e-6)));
  if (wrong === -1) return checkAll('10-3', [], 'linear from 0 to 0.1 over 10 steps, half-cosine down to 0 at step 100, then flat');
  const s = steps[wrong];
  const hint = s < 10 ? 'during warm-up the rate climbs linearly: 0.1 · t/10'
    : s > 100 ? 'after the decay ends the rate stays at its floor (cap t at 100)'
      : 'after warm-up, η = 0.1 · ½(1 + cos(π (t - 10)/90))';
  return checkAll('10-3', [[false, `at step ${s} the rate is ${reference.at(s).toPrecision(4)}; yours is ${run.value[wrong]} (${hint})`]], '');
}

type CenteredRmspropStep = (theta: number, v: number, gBar: number, g: number, learningRate: number, rho: number, epsilon: number) => [number, number, number];

/**
 * 10-4: the notebook's `rmspropStep` changed into centered RMSprop, returning [θ_t, v_t, ḡ_t];
 * compared with the library's `RMSprop({ centered: true })` and its `getState` (`v`, `gBar`).
 */
export function checkCenteredRmspropStep(step: CenteredRmspropStep): Verdict {
  const cases: Array<[number, number[], number, number, number]> = [[1, [2, 1], 0.01, 0.9, 1e-7], [-2, [0.5, -3], 0.1, 0.5, 1e-3], [0.3, [1, 1.2], 0.05, 0.8, 1e-2]];
  const run = attempt('10-4', () => cases.map(([theta0, [g1, g2], eta, rho, eps]) => {
    const opt = new RMSprop({ learningRate: eta, rho, epsilon: eps, centered: true });
    const trace = traceSteps(opt, theta0, [g1, g2]);
    opt.dispose();
    const [s1, s2] = trace.states;
    const [theta1, v1, gBar1] = [trace.theta[0][0], s1.v as number, s1.gBar as number];
    return { expected: [trace.theta[1][0], s2.v as number, s2.gBar as number], got: step(theta1, v1, gBar1, g2, eta, rho, eps) as unknown, args: [theta1, v1, gBar1, g2, eta, rho, eps] };
  }));
  if (!run.ok) return run.verdict;
  const bad = run.value.find(({ expected, got }) => !(Array.isArray(got) && got.length === 3 && got.every((x, i) => isClose(x, expected[i], 1e-5))));
  if (bad === undefined) return checkAll('10-4', [], 'ḡₜ = ρ ḡₜ₋₁ + (1 - ρ) g, and the step divides by √(vₜ - ḡₜ² + ε): the variance of g, not its raw second moment');
  const [theta, v, gBar, g, eta, rho, eps] = bad.args;
  const got = bad.got as number[];
  const vNew = rho * v + (1 - rho) * g * g;
  const gNew = rho * gBar + (1 - rho) * g;
  const hints: Array<[boolean, string]> = [
    [!Array.isArray(got) || got.length !== 3, 'return three numbers [θₜ, vₜ, ḡₜ]'],
    [isClose(got[0], theta - (eta * g) / Math.sqrt(vNew + eps), 1e-5), 'that is plain RMSprop: subtract ḡₜ² under the square root'],
    [isClose(got[0], theta - (eta * g) / Math.sqrt(vNew - gBar * gBar + eps), 1e-5), 'centre with the new average ḡₜ, which already includes this g'],
    [isClose(got[0], theta - (eta * g) / Math.sqrt(vNew - gNew * gNew - eps), 1e-5), 'ε is added under the square root (TensorFlow.js subtracts it; Keras adds it)'],
    [!isClose(got[2], gNew, 1e-5), 'ḡₜ = ρ ḡₜ₋₁ + (1 - ρ) g: the moving average of g itself'],
  ];
  const hint = hints.find(([hit]) => hit);
  return checkAll('10-4', [[false,
    `for θ=${+theta.toFixed(6)}, v=${+v.toFixed(6)}, ḡ=${+gBar.toFixed(6)}, g=${g}, η=${eta}, ρ=${rho}, ε=${eps} centered RMSprop gives [${bad.expected.map((x) => +x.toFixed(6))}]; yours gives ${Array.isArray(got) ? `[${got}]` : String(got)}${hint ? ` (${hint[1]})` : ''}`]], '');
}

/** Adam's hyperparameters, as exercise 10-5 passes them. */
export interface AdamHyper {
  learningRate: number;
  beta1: number;
  beta2: number;
  epsilon: number;
}

type AdamStep = (theta: number, m: number, v: number, g: number, t: number, h: AdamHyper) => [number, number, number];

/** Relative closeness for values of any size (v can be 1e-6): the reference runs in float32. */
const closeRel = (actual: unknown, expected: number) => typeof actual === 'number' && Math.abs(actual - expected) <= 1e-4 * Math.abs(expected) + 1e-9;

/** The step θ would take under each common mistake, for the message. */
function adamMistakes(theta: number, m: number, v: number, g: number, t: number, h: AdamHyper): Array<[number, string]> {
  const { learningRate: eta, beta1, beta2, epsilon: eps } = h;
  const [mNew, vNew] = [beta1 * m + (1 - beta1) * g, beta2 * v + (1 - beta2) * g * g];
  const [mHat, vHat] = [mNew / (1 - beta1 ** t), vNew / (1 - beta2 ** t)];
  return [
    [theta + (eta * mHat) / (Math.sqrt(vHat) + eps), 'wrong sign: Adam steps against m̂, θ - η m̂/(√v̂ + ε)'],
    [theta - (eta * mNew) / (Math.sqrt(vNew) + eps), 'no bias correction: divide m by 1 - β₁ᵗ and v by 1 - β₂ᵗ before the step'],
    [theta - (eta * mHat) / Math.sqrt(vHat + eps), 'ε went inside the square root: Adam adds it after, √v̂ + ε'],
    [theta - (eta * mHat) / (Math.sqrt(vNew) + eps), 'the denominator uses v where it needs the corrected v̂ = v/(1 - β₂ᵗ)'],
    [theta - (eta * mNew) / (Math.sqrt(vHat) + eps), 'the numerator uses m where it needs the corrected m̂ = m/(1 - β₁ᵗ)'],
    [theta - (eta * mHat) / (Math.sqrt(vHat) + eps), ''], // right θ: the mistake is in the state
  ];
}

/**
 * 10-5: one Adam step, returning [θ_t, m_t, v_t] (the state kept is the uncorrected m and v).
 * Compared with the library's `Adam` and its `getState`, on cases with a large ε where the
 * common slips change the answer. Keras' ε placement ($\alpha_t m/(\sqrt v + \epsilon)$) and the
 * paper's ($\eta \hat m/(\sqrt{\hat v} + \epsilon)$) are both accepted.
 */
export function checkAdamStep(step: AdamStep): Verdict {
  const cases: Array<[number, number[], AdamHyper]> = [
    [1, [0.5], { learningRate: 0.1, beta1: 0.9, beta2: 0.999, epsilon: 1e-7 }],
    [-0.3, [0.2, -0.1, 0.3], { learningRate: 0.01, beta1: 0.8, beta2: 0.99, epsilon: 0.05 }],
    [2, [-1, -2, 0.5, 4], { learningRate: 0.05, beta1: 0.5, beta2: 0.9, epsilon: 0.5 }],
  ];
  const run = attempt('10-5', () => cases.map(([theta0, grads, h]) => {
    const opt = new Adam({ learningRate: h.learningRate, beta1: h.beta1, beta2: h.beta2, epsilon: h.epsilon });
    const trace = traceSteps(opt, theta0, grads);
    opt.dispose();
    const t = grads.length;
    const [theta, m, v] = t === 1 ? [theta0, 0, 0] : [trace.theta[t - 2][0], trace.states[t - 2].m as number, trace.states[t - 2].v as number];
    const expected = [trace.theta[t - 1][0], trace.states[t - 1].m as number, trace.states[t - 1].v as number];
    return { expected, got: step(theta, m, v, grads[t - 1], t, { ...h }) as unknown, args: [theta, m, v, grads[t - 1], t] as const, h };
  }));
  if (!run.ok) return run.verdict;
  const bad = run.value.find(({ expected, got, args, h }) => {
    if (!(Array.isArray(got) && got.length === 3)) return true;
    const paper = adamMistakes(...args, h)[5][0];
    return !((closeRel(got[0], expected[0]) || closeRel(got[0], paper)) && closeRel(got[1], expected[1]) && closeRel(got[2], expected[2]));
  });
  if (bad === undefined) return checkAll('10-5', [], 'm and v are moving averages of g and g²; dividing by 1 - βᵗ removes their zero start, then θ moves by η m̂/(√v̂ + ε)');
  const { expected, got, args: [theta, m, v, g, t], h } = bad;
  const where = `for θ=${+theta.toFixed(6)}, m=${+m.toPrecision(6)}, v=${+v.toPrecision(6)}, g=${g}, t=${t}, η=${h.learningRate}, β₁=${h.beta1}, β₂=${h.beta2}, ε=${h.epsilon}:`;
  const wanted = `[${expected.map((x) => +x.toPrecision(6))}]`;
  if (!(Array.isArray(got) && got.length === 3)) return checkAll('10-5', [[false, `${where} Adam gives ${wanted}; yours returns ${String(got)} (return [θₜ, mₜ, vₜ])`]], '');
  const mistake = adamMistakes(theta, m, v, g, t, h).find(([value, text]) => text && closeRel(got[0], value) && !closeRel(value, expected[0]));
  const state = !closeRel(got[1], expected[1]) ? 'mₜ = β₁ mₜ₋₁ + (1 - β₁) g (keep the uncorrected m: the correction is for the step only)'
    : !closeRel(got[2], expected[2]) ? 'vₜ = β₂ vₜ₋₁ + (1 - β₂) g² (keep the uncorrected v)' : '';
  const hint = mistake ? mistake[1] : state;
  return checkAll('10-5', [[false, `${where} Adam gives ${wanted}; yours gives [${got.map((x) => (typeof x === 'number' ? +x.toPrecision(6) : x))}]${hint ? ` (${hint})` : ''}`]], '');
}
