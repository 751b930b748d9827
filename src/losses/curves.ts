/**
 * Loss "shape" data: the loss of ONE element as a function of the error (regression), the
 * margin $y\hat y$ or the probability given to the true class (classification), the rate
 * (Poisson) or the angle (cosine). Computed by the loss functions themselves, so the curves
 * are the library's real numbers; the plots module draws them.
 */
import * as tf from '@tensorflow/tfjs';
import { ownValue } from '../identifiers';
import { lossColour } from './catalogue';
import { lookup, REGISTRY, type LossName } from './registry';

/** What the x axis of a shape curve measures. */
export type CurveVariable = 'error' | 'margin' | 'probability' | 'rate' | 'angle' | 'score';

interface CurveSpec {
  xLabel: string;
  domain: [number, number];
  /** The one-sample `[yTrue, yPred]` whose loss is the curve's value at x (CTC's yPred is frames × classes). */
  sample: (x: number) => [number[], number[] | number[][]];
  options?: object;
}

const at = (t: number[]) => (p: (x: number) => number[] | number[][]) => (x: number): [number[], number[] | number[][]] => [t, p(x)];
const ERROR: CurveSpec = { xLabel: 'error ŷ − y', domain: [-3, 3], sample: at([0])((x) => [x]) };
const MARGIN_BINARY: CurveSpec = { xLabel: 'margin y·ŷ (logit or score)', domain: [-3, 3], sample: at([1])((x) => [x]), options: { fromLogits: true } };
const PROB_BINARY: CurveSpec = { xLabel: 'probability given to the true class', domain: [0.01, 1], sample: at([1])((x) => [x]) };
const MARGIN_CAT: CurveSpec = { xLabel: 'margin ŷ_true − ŷ_other', domain: [-3, 3], sample: at([1, 0])((x) => [x, 0]), options: { fromLogits: true } };
const PROB_CAT: CurveSpec = { xLabel: 'probability given to the true class', domain: [0.01, 1], sample: at([1, 0])((x) => [x, 1 - x]) };

/** Per loss: its curves, the first being the default. */
const SPECS: Record<LossName, Partial<Record<CurveVariable, CurveSpec>>> = {
  meanSquaredError: { error: ERROR },
  meanAbsoluteError: { error: ERROR },
  huber: { error: ERROR },
  logCosh: { error: ERROR },
  meanSquaredLogarithmicError: { error: { xLabel: 'error ŷ − y (target y = 1)', domain: [-0.99, 3], sample: at([1])((x) => [1 + x]) } },
  meanAbsolutePercentageError: { error: { xLabel: 'error ŷ − y (target y = 1)', domain: [-3, 3], sample: at([1])((x) => [1 + x]) } },
  binaryCrossentropy: { margin: MARGIN_BINARY, probability: PROB_BINARY },
  binaryFocalCrossentropy: { margin: MARGIN_BINARY, probability: PROB_BINARY },
  weightedBinaryCrossentropy: { margin: MARGIN_BINARY, probability: PROB_BINARY },
  hinge: { margin: { ...MARGIN_BINARY, options: {} } },
  squaredHinge: { margin: { ...MARGIN_BINARY, options: {} } },
  categoricalCrossentropy: { probability: PROB_CAT, margin: MARGIN_CAT },
  sparseCategoricalCrossentropy: { probability: { ...PROB_CAT, sample: (x) => [[0], [x, 1 - x]] } },
  categoricalFocalCrossentropy: { probability: PROB_CAT, margin: MARGIN_CAT },
  categoricalHinge: { margin: { ...MARGIN_CAT, options: {} } },
  klDivergence: { probability: { xLabel: 'predicted q₁ (target p = [0.3, 0.7])', domain: [0.01, 0.99], sample: at([0.3, 0.7])((x) => [x, 1 - x]) } },
  poisson: { rate: { xLabel: 'predicted rate ŷ (count y = 3)', domain: [0.05, 10], sample: at([3])((x) => [x]) } },
  cosineSimilarity: { angle: { xLabel: 'angle between y and ŷ (radians)', domain: [0, Math.PI], sample: at([1, 0])((x) => [Math.cos(x), Math.sin(x)]) } },
  categoricalGeneralizedCrossEntropy: { probability: { ...PROB_CAT, sample: (x) => [[0], [x, 1 - x]] } },
  dice: { probability: { ...PROB_BINARY, options: { axis: -1 } } },
  tversky: { probability: { ...PROB_BINARY, options: { axis: -1 } } },
  circle: { angle: {
    xLabel: 'angle to a same-class embedding (another class at 90°)', domain: [0, Math.PI], sample: at([0])((x) => [Math.cos(x), Math.sin(x)]),
    options: { refLabels: [0, 1], refEmbeddings: [[1, 0], [0, 1]], removeDiagonal: false } } },
  ctc: { probability: { xLabel: 'probability of the label in each of 2 frames', domain: [0.01, 0.99], sample: at([1])((x) => [[1 - x, x], [1 - x, x]].map((f) => f.map(Math.log))) } },
  wasserstein: { score: { xLabel: 'critic score ŷ of a real sample (label −1)', domain: [-3, 3], sample: at([-1])((x) => [x]) } },
};

export interface LossShape {
  name: LossName;
  variable: CurveVariable;
  xLabel: string;
  colour: string;
  x: number[];
  y: number[];
}

export interface LossShapeOptions {
  /** Which curve; default the loss's first (error, margin, probability, rate or angle). */
  variable?: CurveVariable;
  /** Number of points. Default 201. */
  points?: number;
  /** x range; default the loss's own. */
  domain?: [number, number];
  /** Options passed to the loss, e.g. `{ delta: 0.5 }` or `{ gamma: 4 }`. */
  lossOptions?: object;
}

/** The curve variables a loss offers, default first. */
export function curveVariables(identifier: string): CurveVariable[] {
  return Object.keys(SPECS[resolve(identifier)]) as CurveVariable[];
}

function resolve(identifier: string): LossName {
  const found = lookup(identifier);
  if (found === undefined) {
    throw new Error(`lossShape: unknown loss '${identifier}'; expected one of ${REGISTRY.map((e) => e.name).join(', ')}`);
  }
  return found.entry.name;
}

/**
 * The shape of a loss: x (error, margin, probability ...) and the loss of one element at x.
 * @example
 * const { x, y } = losses.lossShape('huber', { lossOptions: { delta: 0.5 } });
 */
export function lossShape(identifier: string, options: LossShapeOptions = {}): LossShape {
  const name = resolve(identifier);
  const variable = options.variable ?? curveVariables(name)[0];
  const spec = ownValue(SPECS[name], variable);
  if (spec === undefined) {
    throw new Error(`lossShape: ${name} has no '${variable}' curve; expected one of ${curveVariables(name).join(', ')}`);
  }
  const points = options.points ?? 201;
  const [low, high] = options.domain ?? spec.domain;
  const x = Array.from({ length: points }, (_, i) => low + ((high - low) * i) / Math.max(points - 1, 1));
  const samples = x.map(spec.sample);
  const fn = REGISTRY.find((e) => e.name === name)!.fn;
  const values = tf.tidy(() =>
    fn(samples.map((s) => s[0]), samples.map((s) => s[1]), { ...spec.options, ...options.lossOptions, validate: false }),
  );
  const y = Array.from(values.dataSync());
  values.dispose();
  return { name, variable, xLabel: spec.xLabel, colour: lossColour(name), x, y };
}

/**
 * The slope of a loss's curve, $d\ell/dx$, by `tf.grad`: how hard one sample pulls on its
 * prediction at error (or margin) x. Only for the `'error'` and `'margin'` curves, where x moves
 * the first prediction one-for-one.
 * @example
 * losses.lossSlope('huber', [-3, 0.5, 3]); // [-1, 0.5, 1]
 */
export function lossSlope(identifier: string, xs: readonly number[], options: Omit<LossShapeOptions, 'points' | 'domain'> = {}): number[] {
  const name = resolve(identifier);
  const variable = options.variable ?? curveVariables(name)[0];
  const spec = ownValue(SPECS[name], variable);
  if (spec === undefined || (variable !== 'error' && variable !== 'margin')) {
    throw new Error(`lossSlope: ${name} has no 'error' or 'margin' curve to differentiate; got '${variable}'`);
  }
  const samples = xs.map(spec.sample);
  const fn = REGISTRY.find((e) => e.name === name)!.fn;
  const lossOf = (p: tf.Tensor) =>
    tf.sum(fn(samples.map((s) => s[0]), p, { ...spec.options, ...options.lossOptions, validate: false })) as tf.Scalar;
  const gradient = tf.tidy(() => tf.grad(lossOf)(tf.tensor2d(samples.map((s) => s[1] as number[]))));
  const rows = gradient.arraySync() as number[][];
  gradient.dispose();
  // The function form averages over the outputs of a sample; undo that to get d(loss)/dx.
  return rows.map((row) => row[0] * row.length);
}
