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

type RmspropStep = (theta: number, v: number, g: number, learningRate: number, rho: number, epsilon: number) => [number, number];

/** 10-4: one RMSprop step, returning [θ_t, v_t]; compared with the library's `RMSprop`. */
export function checkRmspropStep(step: RmspropStep): Verdict {
  const cases: Array<[number, number[], number, number, number]> = [[1, [2, 1], 0.01, 0.9, 1e-7], [-2, [0.5, -3], 0.1, 0.5, 1e-3]];
  const run = attempt('10-4', () => cases.map(([theta0, [g1, g2], eta, rho, eps]) => {
    const opt = new RMSprop({ learningRate: eta, rho, epsilon: eps });
    const trace = traceSteps(opt, theta0, [g1, g2]);
    opt.dispose();
    const [theta1, v1] = [trace.theta[0][0], trace.states[0].v as number];
    return { expected: [trace.theta[1][0], trace.states[1].v as number], got: step(theta1, v1, g2, eta, rho, eps), args: [theta1, v1, g2, eta, rho, eps] };
  }));
  if (!run.ok) return run.verdict;
  const bad = run.value.find(({ expected, got }) => !(Array.isArray(got) && got.length === 2 && got.every((x, i) => isClose(x, expected[i], 1e-5))));
  if (bad === undefined) return checkAll('10-4', [], 'vₜ = ρ vₜ₋₁ + (1 - ρ) g², θₜ = θₜ₋₁ - η g/√(vₜ + ε)');
  const [theta, v, g, eta, rho, eps] = bad.args;
  const oldV = theta - (eta * g) / Math.sqrt(v + eps);
  const hint = Array.isArray(bad.got) && isClose(bad.got[0], oldV, 1e-5) ? ' (divide by the new average vₜ, which already includes g²)' : '';
  return checkAll('10-4', [[false,
    `for θ=${+theta.toFixed(6)}, v=${+v.toFixed(6)}, g=${g}, η=${eta}, ρ=${rho}, ε=${eps} the step gives [${bad.expected.map((x) => +x.toFixed(6))}]; yours gives [${bad.got}]${hint}`]], '');
}
