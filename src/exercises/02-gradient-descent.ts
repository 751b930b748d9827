/**
 * Exercise checks of lesson 02 (gradient descent): the learning rate on the bowl
 * $L(w) = 4 (w - 3)^2$, whose curvature (second derivative) is $L'' = 8$, so that one step multiplies
 * the distance to the minimum by $1 - \eta L''$; the gradient of the mean squared error of the line;
 * a central difference; and the chain rule through one tanh neuron.
 */
import { datasetLoss } from '../descent/objective';
import { linearModel } from '../descent/model';
import { numericalGradient } from '../descent/numerical-gradient';
import { squaredLoss } from '../descent/point-loss';
import { attempt, checkAll, isClose, type Verdict } from './check';

/** The bowl of exercises 02-1 and 02-2: L(w) = 4 (w - 3)^2, so L'' = 8 and w* = 3. */
const CURVATURE = 8;
const MINIMUM = 3;

const factorOf = (learningRate: number) => 1 - CURVATURE * learningRate;
const landing = (learningRate: number) => MINIMUM + factorOf(learningRate) * (0 - MINIMUM);

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** 02-1: the learning rate that reaches the minimum of L(w) = 4 (w - 3)^2 in one step, from anywhere. */
export function checkOneStepLearningRate(learningRate: number): Verdict {
  const ok = isNumber(learningRate);
  const halfCurvature = ok && isClose(learningRate, 1 / 4)
    ? ' (1/4 is 1/a for the a in 4(w - 3)²; the curvature is the second derivative, L″ = 2a = 8)' : '';
  return checkAll(
    '02-1',
    [
      [ok, `the answer should be a finite number; got ${learningRate}`],
      [!ok || learningRate > 0, 'a learning rate must be positive: zero does not move, a negative one climbs'],
      [!ok || isClose(learningRate, 1 / CURVATURE),
        `from w = 0 a step with η = ${learningRate} lands on w = ${ok ? landing(learningRate).toFixed(4) : '?'}, not on 3 ` +
        `(the distance to the minimum is multiplied by 1 - ηL″ = 1 - 8η = ${ok ? factorOf(learningRate).toFixed(4) : '?'}; make it 0)${halfCurvature}`],
    ],
    'η = 1/L″ = 1/8: the distance to the minimum is multiplied by 1 - ηL″ = 0',
  );
}

/** 02-2: the critical learning rate at and above which descent on L(w) = 4 (w - 3)^2 no longer converges. */
export function checkCriticalLearningRate(learningRate: number): Verdict {
  const ok = isNumber(learningRate);
  const hint = ok && isClose(learningRate, 1 / CURVATURE)
    ? 'that is the one-step rate; larger rates overshoot, yet still converge for a while'
    : ok && isClose(learningRate, 4 / CURVATURE)
      ? '0.5 = 2/a uses the a of 4(w - 3)², not the curvature: the second derivative is L″ = 2a = 8, and the limit is 2/L″'
      : `with η = ${learningRate} each step multiplies the distance to the minimum by ${ok ? factorOf(learningRate).toFixed(4) : '?'}; ` +
        'find where that factor reaches -1';
  return checkAll(
    '02-2',
    [
      [ok, `the answer should be a finite number; got ${learningRate}`],
      [!ok || isClose(learningRate, 2 / CURVATURE), hint],
    ],
    'η = 2/L″ = 0.25: the factor 1 - ηL″ hits -1, so the walk bounces between w = 0 and w = 6 for ever; beyond it, it diverges',
  );
}

type LineGradient = (params: readonly number[], x: readonly number[], y: readonly number[]) => number[];

/** 02-3: the gradient [dL/db, dL/dw1] of the mean squared error of the line y' = b + w1 x. */
export function checkLineGradient(gradient: LineGradient): Verdict {
  const cases: Array<[number[], number[], number[]]> = [
    [[0, 1], [1, 2], [1, 3]],
    [[0.5, -2], [0, 1, 2, 3], [1, -1, 4, 2]],
    [[3, 0.25], [-1, 5], [2, 2]],
  ];
  const run = attempt('02-3', () => cases.map(([p, x, y]) => gradient(p, x, y)));
  if (!run.ok) return run.verdict;
  const expected = cases.map(([p, x, y]) => datasetLoss(linearModel(), squaredLoss, p, x.map((v) => [v]), y).gradient);
  const same = (a: unknown, b: number[], scale = 1) =>
    Array.isArray(a) && a.length === 2 && a.every((v, i) => isClose(v as number, scale * b[i]));
  const hint = (i: number) =>
    same(run.value[i], expected[i], -1) ? ' (the sign is flipped: use y\' - y, the prediction minus the target)'
      : same(run.value[i], expected[i], 0.5) ? ' (a factor 2 is missing: d/dy\' (y\' - y)^2 = 2 (y\' - y))'
        : same(run.value[i], expected[i], cases[i][1].length) ? ' (divide the sum by the number of examples)' : '';
  return checkAll(
    '02-3',
    cases.map(([p, x, y], i) => [
      same(run.value[i], expected[i]),
      `for b=${p[0]}, w1=${p[1]}, x=[${x}], y=[${y}] the gradient is [${expected[i].map((g) => +g.toFixed(6))}]; ` +
        `yours is [${run.value[i]}]${hint(i)}`,
    ] as const),
    "dL/db = (2/m) Σ (y' - y) and dL/dw1 = (2/m) Σ (y' - y) x on every case",
  );
}

type CentralDifference = (f: (w: number) => number, w: number, h: number) => number;

/** 02-4: the central difference (f(w + h) - f(w - h)) / 2h, on functions and steps the notebook does not use. */
export function checkCentralDifference(centralDifference: CentralDifference): Verdict {
  const cases: Array<[string, (w: number) => number, number, number]> = [
    ['w => w ** 3', (w) => w ** 3, 2, 1e-3],
    ['Math.sin', Math.sin, 1, 1e-4],
    ['w => Math.exp(2 * w)', (w) => Math.exp(2 * w), 0, 0.1],
  ];
  const run = attempt('02-4', () => cases.map(([, f, w, h]) => centralDifference(f, w, h)));
  if (!run.ok) return run.verdict;
  return checkAll(
    '02-4',
    cases.map(([name, f, w, h], i) => {
      const expected = numericalGradient(([v]) => f(v), [w], h)[0];
      const got = run.value[i];
      const hint = isClose(got, (f(w + h) - f(w)) / h, 1e-9) ? ' (that is the one-sided difference (f(w + h) - f(w)) / h: use both sides, w + h and w - h)'
        : isClose(got, 2 * expected, 1e-9) ? ' (twice too large: w - h and w + h are 2h apart, so divide by 2h)'
          : isClose(got, -expected, 1e-9) ? ' (the sign is flipped: f(w + h) - f(w - h), the value on the right minus the value on the left)' : '';
      return [isClose(got, expected, 1e-9), `centralDifference(${name}, ${w}, ${h}) should be ${+expected.toPrecision(10)}; yours is ${got}${hint}`] as const;
    }),
    'the central difference (f(w + h) - f(w - h)) / 2h, whose error shrinks like h²',
  );
}

type NeuronGradient = (w: number, x: number, y: number) => number;

/** 02-5: d/dw of (tanh(w x) - y)^2 by the chain rule. */
export function checkNeuronGradient(neuronGradient: NeuronGradient): Verdict {
  const cases: Array<[number, number, number]> = [[0.5, 1.5, 0.3], [-1, 0.7, -0.9], [2, -0.4, 0.1]];
  const run = attempt('02-5', () => cases.map(([w, x, y]) => neuronGradient(w, x, y)));
  if (!run.ok) return run.verdict;
  return checkAll(
    '02-5',
    cases.map(([w, x, y], i) => {
      const expected = numericalGradient(([v]) => (Math.tanh(v * x) - y) ** 2, [w], 1e-6)[0];
      const got = run.value[i];
      const t = Math.tanh(w * x);
      const hint = isClose(got, 2 * (t - y) * x, 1e-4) ? " (the link through tanh is missing: multiply by tanh'(wx) = 1 - tanh²(wx))"
        : isClose(got, 2 * (t - y) * (1 - t * t), 1e-4) ? ' (the last link is missing: d(wx)/dw = x)'
          : isClose(got, expected / 2, 1e-4) ? ' (a factor 2 is missing: d/dp (p - y)² = 2 (p - y))'
            : isClose(got, -expected, 1e-4) ? ' (the sign is flipped: the outer derivative is 2 (prediction - target))' : '';
      return [isClose(got, expected, 1e-4), `neuronGradient(${w}, ${x}, ${y}) should be ${+expected.toPrecision(6)}; yours is ${got}${hint}`] as const;
    }),
    "the chain rule, link by link: 2 (tanh(wx) - y) · (1 - tanh²(wx)) · x, what backpropagation computes for every weight",
  );
}
