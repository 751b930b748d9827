/**
 * Loss "shape" data: the loss of ONE element as a function of the error (regression), the
 * margin $y\hat y$ or the probability given to the true class (classification), the rate
 * (Poisson) or the angle (cosine). Computed by the loss functions themselves, so the curves
 * are the library's real numbers; the plots module draws them.
 */
import * as tf from '@tensorflow/tfjs';
import { ownValue } from '../identifiers';
import type { CurveVariable } from './curve-specs';
import { lookup, REGISTRY, type LossName, type RegistryEntry } from './registry';

const knownNames = () => REGISTRY.map((e) => e.name).join(', ');

export type { CurveVariable } from './curve-specs';


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
  return Object.keys(resolve(identifier).curves) as CurveVariable[];
}

function resolve(identifier: string): RegistryEntry {
  const found = lookup(identifier);
  if (found === undefined) {
    throw new Error(`lossShape: unknown loss '${identifier}'; expected one of ${knownNames()}`);
  }
  return found.entry;
}

/**
 * The shape of a loss: x (error, margin, probability ...) and the loss of one element at x.
 * @example
 * const { x, y } = losses.lossShape('huber', { lossOptions: { delta: 0.5 } });
 */
export function lossShape(identifier: string, options: LossShapeOptions = {}): LossShape {
  const entry = resolve(identifier);
  const name: LossName = entry.name;
  const variable = options.variable ?? curveVariables(name)[0];
  const spec = ownValue(entry.curves, variable);
  if (spec === undefined) {
    throw new Error(`lossShape: ${name} has no '${variable}' curve; expected one of ${curveVariables(name).join(', ')}`);
  }
  const points = options.points ?? 201;
  const [low, high] = options.domain ?? spec.domain;
  const x = Array.from({ length: points }, (_, i) => low + ((high - low) * i) / Math.max(points - 1, 1));
  const samples = x.map(spec.sample);
  const fn = entry.fn;
  const values = tf.tidy(() =>
    fn(samples.map((s) => s[0]), samples.map((s) => s[1]), { ...spec.options, ...options.lossOptions, validate: false }),
  );
  const y = Array.from(values.dataSync());
  values.dispose();
  return { name, variable, xLabel: spec.xLabel, colour: entry.colour, x, y };
}

/**
 * The slope of a loss's curve, $d\ell/dx$, by `tf.grad`: how hard one sample pulls on its
 * prediction at error (or margin) x. Only for the `'error'` and `'margin'` curves, where x moves
 * the first prediction one-for-one.
 * @example
 * losses.lossSlope('huber', [-3, 0.5, 3]); // [-1, 0.5, 1]
 */
export function lossSlope(identifier: string, xs: readonly number[], options: Omit<LossShapeOptions, 'points' | 'domain'> = {}): number[] {
  const entry = resolve(identifier);
  const name: LossName = entry.name;
  const variable = options.variable ?? curveVariables(name)[0];
  const spec = ownValue(entry.curves, variable);
  if (spec === undefined || (variable !== 'error' && variable !== 'margin')) {
    throw new Error(`lossSlope: ${name} has no 'error' or 'margin' curve to differentiate; got '${variable}'`);
  }
  const samples = xs.map(spec.sample);
  const fn = entry.fn;
  const lossOf = (p: tf.Tensor) =>
    tf.sum(fn(samples.map((s) => s[0]), p, { ...spec.options, ...options.lossOptions, validate: false })) as tf.Scalar;
  const gradient = tf.tidy(() => tf.grad(lossOf)(tf.tensor2d(samples.map((s) => s[1] as number[]))));
  const rows = gradient.arraySync() as number[][];
  gradient.dispose();
  // The function form averages over the outputs of a sample; undo that to get d(loss)/dx.
  return rows.map((row) => row[0] * row.length);
}
