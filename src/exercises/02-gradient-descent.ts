/**
 * Exercise checks of lesson 02 (gradient descent): the learning rate on the bowl
 * $L(w) = a (w - w^*)^2$, where a step multiplies the distance to the minimum by $1 - 2a\eta$,
 * and the gradient of the mean squared error of the line.
 */
import { datasetLoss } from '../descent/objective';
import { linearModel } from '../descent/model';
import { squaredLoss } from '../descent/point-loss';
import { attempt, checkAll, isClose, type Verdict } from './check';

/** The bowl of exercises 02-1 and 02-2: L(w) = 4 (w - 3)^2, so a = 4 and w* = 3. */
const CURVATURE = 4;
const MINIMUM = 3;

const factorOf = (learningRate: number) => 1 - 2 * CURVATURE * learningRate;
const landing = (learningRate: number) => MINIMUM + factorOf(learningRate) * (0 - MINIMUM);

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** 02-1: the learning rate that reaches the minimum of L(w) = 4 (w - 3)^2 in one step, from anywhere. */
export function checkOneStepLearningRate(learningRate: number): Verdict {
  const ok = isNumber(learningRate);
  return checkAll(
    '02-1',
    [
      [ok, `the answer should be a finite number; got ${learningRate}`],
      [!ok || learningRate > 0, 'a learning rate must be positive: zero does not move, a negative one climbs'],
      [!ok || isClose(learningRate, 1 / (2 * CURVATURE)),
        `from w = 0 a step with η = ${learningRate} lands on w = ${ok ? landing(learningRate).toFixed(4) : '?'}, not on 3 ` +
        `(the distance to the minimum is multiplied by 1 - 2·4·η = ${ok ? factorOf(learningRate).toFixed(4) : '?'}; make it 0)`],
    ],
    'η = 1/(2a) = 1/8: the distance to the minimum is multiplied by 1 - 2aη = 0',
  );
}

/** 02-2: the critical learning rate at and above which descent on L(w) = 4 (w - 3)^2 no longer converges. */
export function checkCriticalLearningRate(learningRate: number): Verdict {
  const ok = isNumber(learningRate);
  const hint = ok && isClose(learningRate, 1 / (2 * CURVATURE))
    ? 'that is the one-step rate; larger rates overshoot, yet still converge for a while'
    : `with η = ${learningRate} each step multiplies the distance to the minimum by ${ok ? factorOf(learningRate).toFixed(4) : '?'}; ` +
      'find where that factor reaches -1';
  return checkAll(
    '02-2',
    [
      [ok, `the answer should be a finite number; got ${learningRate}`],
      [!ok || isClose(learningRate, 1 / CURVATURE), hint],
    ],
    'η = 1/a = 0.25: the factor 1 - 2aη hits -1, so the walk bounces between w = 0 and w = 6 for ever; beyond it, it diverges',
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
