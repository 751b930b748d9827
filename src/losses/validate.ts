/**
 * Value checks for eager calls. They read data back from the backend (`dataSync`), which is
 * cheap on the small tensors of a lesson but a stall inside `model.fit`; the losses run them
 * only when `validate` is true (the default of the function and class forms, off in
 * `forCompile`). Shape checks live in `common.ts` and are always on.
 */
import * as tf from '@tensorflow/tfjs';

interface Extent {
  min: number;
  max: number;
  finite: boolean;
}

function extent(x: tf.Tensor): Extent {
  const data = x.dataSync();
  let min = Infinity;
  let max = -Infinity;
  let finite = true;
  for (let i = 0; i < data.length; i++) {
    const v = data[i];
    if (!Number.isFinite(v)) finite = false;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max, finite };
}

function rangeText(e: Extent): string {
  return `values in [${e.min}, ${e.max}]${e.finite ? '' : ' (with NaN or Infinity)'}`;
}

/** Throws unless every value of `x` lies in `[low, high]`. */
export function checkRange(name: string, what: string, x: tf.Tensor, low: number, high: number): void {
  if (x.size === 0) return;
  const e = extent(x);
  if (!e.finite || e.min < low || e.max > high) {
    throw new Error(`${name}: ${what} must lie in [${low}, ${high}]; got ${rangeText(e)}, shape [${x.shape.join(',')}]`);
  }
}

/** Throws unless every value of `x` is >= `low` (and finite). */
export function checkAtLeast(name: string, what: string, x: tf.Tensor, low: number): void {
  checkRange(name, what, x, low, Number.MAX_VALUE);
}

/** Throws unless every value of `x` is finite and >= 0 (scores that a loss rescales). */
export function checkNonNegative(name: string, what: string, x: tf.Tensor): void {
  if (x.size === 0) return;
  const e = extent(x);
  if (!e.finite || e.min < 0) {
    throw new Error(`${name}: ${what} must be finite and >= 0; got ${rangeText(e)}, shape [${x.shape.join(',')}]`);
  }
}

/** Up to `limit` distinct values, as a message lists them: `5, -1, 7` (`...` when there are more). */
function listed(values: Set<number>, limit = 6): string {
  const shown = [...values].slice(0, limit).join(', ');
  return values.size > limit ? `${shown}, ...` : shown;
}

/**
 * Throws unless every label is an integer in `[0, numClasses)`, or equals `ignoreClass`.
 * Names the bad label values (distinct, the first few) and the flat index of the first.
 */
export function checkSparseLabels(
  name: string,
  labels: tf.Tensor,
  numClasses: number,
  ignoreClass: number | undefined,
): void {
  const data = labels.dataSync();
  const fractional = new Set<number>();
  const outside = new Set<number>();
  let first = -1;
  for (let i = 0; i < data.length; i++) {
    const v = data[i];
    if (v === ignoreClass) continue;
    const bad = !Number.isInteger(v) ? fractional : v < 0 || v >= numClasses ? outside : undefined;
    if (bad === undefined) continue;
    bad.add(v);
    if (first < 0) first = i;
  }
  if (first < 0) return;
  const range = `[0, ${numClasses - 1}] (yPred has ${numClasses} classes)`;
  const ignore = ignoreClass === undefined ? '' : ` or the ignoreClass ${ignoreClass}`;
  if (fractional.size > 0) {
    throw new Error(
      `${name}: yTrue must hold integer class indices in ${range}${ignore}; got ${listed(fractional)} ` +
        `(dtype ${labels.dtype}, first at flat index ${first})`,
    );
  }
  throw new Error(`${name}: yTrue labels must be in ${range}${ignore}; got ${listed(outside)} (first at flat index ${first})`);
}
