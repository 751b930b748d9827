/**
 * When to stop iterating: the loss has converged, or the step budget is spent.
 *
 * Converged means $|L_{t} - L_{t-1}| < \text{tolerance}$: the loss stopped changing, as the
 * iterative approach of lesson 01 puts it.
 */
import { fail, integer, nonNegative } from '../validate';

export type StopReason = 'converged' | 'maxSteps' | 'maxEpochs' | 'earlyStopping';

export interface StoppingOptions {
  /** Stop once the loss changes by less than this between checks (default 1e-8; 0 disables it). */
  tolerance?: number;
  /** Stop after this many parameter updates (default 1000). */
  maxSteps?: number;
}

/**
 * Why to stop now, or `undefined` to go on.
 *
 * @param previousLoss the loss at the previous check (`undefined` at the first).
 * @param loss the loss now.
 * @param steps how many updates have been made.
 * @example
 * stopReason(1.0, 1.0 - 1e-12, 10, { tolerance: 1e-9 }); // 'converged'
 */
export function stopReason(
  previousLoss: number | undefined,
  loss: number,
  steps: number,
  options: StoppingOptions = {},
): StopReason | undefined {
  const tolerance = options.tolerance ?? 1e-8;
  const maxSteps = options.maxSteps ?? 1000;
  if (previousLoss !== undefined && Math.abs(loss - previousLoss) < tolerance) return 'converged';
  if (steps >= maxSteps) return 'maxSteps';
  return undefined;
}

/** Throws for a `tolerance` that is not a finite number >= 0 or a `maxSteps` that is not an integer >= `lowest`. */
export function checkStopping(where: string, options: StoppingOptions, lowest = 0): void {
  if (options.tolerance !== undefined) nonNegative(where, 'tolerance', options.tolerance);
  if (options.maxSteps !== undefined) integer(where, 'maxSteps', options.maxSteps, lowest);
}

/** Throws unless every coordinate of `start` is a finite number. */
export function checkStart(where: string, start: readonly number[]): void {
  if (!Array.isArray(start)) fail(where, 'start', 'an array of finite numbers', start);
  const bad = start.findIndex((v) => typeof v !== 'number' || !Number.isFinite(v));
  if (bad >= 0) fail(where, `start[${bad}]`, 'a finite number', start[bad]);
}

/**
 * Throws the error the loops share when the loss is NaN or infinite. Before the first update
 * (step 0, epoch 0 or 1) that is no divergence: the start or the data is wrong, and it says so.
 */
export function assertFiniteLoss(where: string, loss: number, epoch: number, step: number): void {
  if (Number.isFinite(loss)) return;
  if (step === 0) {
    throw new Error(
      `${where}: the loss is ${loss} at the start, before any update (so not a divergence); ` +
        'check that start has one finite value per parameter and that the data holds only finite numbers',
    );
  }
  throw new Error(
    `${where}: the loss became ${loss} at epoch ${epoch}, step ${step}; ` +
      'the updates diverged (try a smaller learning rate)',
  );
}
