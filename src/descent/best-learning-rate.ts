/**
 * Each optimizer at its own best learning rate: a small grid, judged by where the run ends on a
 * 2-D test function (lesson 10's race is only fair this way).
 */
import type * as tf from '@tensorflow/tfjs';
import { runOptimizer, type OptimizerRun } from './run-optimizer';
import type { TestFunction2D } from './test-functions';

/** One learning rate of the grid and where it got. */
export interface LearningRateTrial {
  learningRate: number;
  /** $f$ after the last step (`Infinity` when the run blew up). */
  final: number;
}

/** The result of {@link bestLearningRate}. */
export interface BestLearningRate {
  learningRate: number;
  final: number;
  /** The best run itself (ready for `plots.optimizerRace`). */
  path: OptimizerRun;
  trials: LearningRateTrial[];
}

/**
 * Runs `makeOptimizer(η)` for every η of `grid` on `fn` and keeps the one that ends lowest.
 * A run whose gradients overflow counts as diverged (`final: Infinity`). Each optimizer is disposed
 * after its run.
 *
 * @param makeOptimizer builds a fresh optimizer for a learning rate, e.g. `(lr) => new Adam({ learningRate: lr })`.
 * @param grid the learning rates to try, e.g. `[0.001, 0.003, 0.01, 0.03, 0.1]`.
 * @param options `steps` (default 100), `start` (default `fn.start`).
 * @example
 * bestLearningRate((lr) => new SGD({ learningRate: lr }), illConditioned(20), [0.01, 0.05, 0.09]).learningRate; // 0.09
 */
export function bestLearningRate(
  makeOptimizer: (learningRate: number) => tf.Optimizer,
  fn: TestFunction2D,
  grid: readonly number[],
  options: { steps?: number; start?: readonly number[] } = {},
): BestLearningRate {
  if (!Array.isArray(grid) || !grid.length || grid.some((lr) => !(lr > 0 && Number.isFinite(lr)))) {
    throw new Error(`bestLearningRate: grid must be a non-empty array of positive learning rates; got [${grid}]`);
  }
  let path: OptimizerRun | undefined;
  let best: LearningRateTrial = { learningRate: NaN, final: Infinity };
  const trials = grid.map((learningRate): LearningRateTrial => {
    const optimizer = makeOptimizer(learningRate);
    try {
      const run = runOptimizer(optimizer, fn, options);
      const last = run.values[run.values.length - 1];
      const trial = { learningRate, final: Number.isFinite(last) ? last : Infinity };
      if (trial.final < best.final || path === undefined) [best, path] = [trial, run];
      return trial;
    } catch (error) {
      // losslab's optimizers refuse non-finite gradients: the run blew up, which is a result here
      if (error instanceof Error && /must be finite/.test(error.message)) return { learningRate, final: Infinity };
      throw error;
    } finally {
      optimizer.dispose();
    }
  });
  if (path === undefined) throw new Error(`bestLearningRate: every learning rate of [${grid}] blew up on ${fn.name}`);
  return { learningRate: best.learningRate, final: best.final, path, trials };
}
