/**
 * The recorded path of a descent: what plots and tables read.
 *
 * A step record holds the point where the loss and gradient were evaluated, before the update
 * $\theta_{t+1} = \theta_t - \eta\, g_t$ moves away from it.
 */
import type { StopReason } from './convergence';

export interface PathStep {
  /** Updates made before this point (0 = the start). */
  step: number;
  /** The epoch this step belongs to (1 = the first pass; 0 for a plain function). */
  epoch: number;
  /** $\theta_t$, the parameters at this step. */
  params: number[];
  /** The loss at $\theta_t$ (for mini-batches: the batch's loss, regulariser included). */
  loss: number;
  /** $g_t = \nabla L(\theta_t)$ (for mini-batches: the batch's gradient). */
  gradient: number[];
}

export interface EpochRecord {
  /** Completed passes over the data (0 = before training). */
  epoch: number;
  /** Updates made so far. */
  steps: number;
  /** Parameters at the end of the epoch. */
  params: number[];
  /** The training loss on all the data at the end of the epoch (regulariser included). */
  loss: number;
  /** The validation loss (no regulariser), when validation data were given. */
  valLoss?: number;
}

export interface DescentPath {
  /** One record per evaluated point, in order (empty when step recording was turned off). */
  steps: PathStep[];
  /** One record per epoch, starting with epoch 0 (empty for a plain function). */
  epochs: EpochRecord[];
  /** The parameters the run ends with (the best ones when early stopping restored them). */
  params: number[];
  /** The loss at `params`. */
  loss: number;
  stopReason: StopReason;
}

/** The path as columns: `{ step, loss, <paramName>... }`, ready for a table or a line plot. */
export function pathColumns(
  path: DescentPath,
  paramNames: readonly string[] = path.params.map((_, i) => `theta${i}`),
): Record<string, number[]> {
  const columns: Record<string, number[]> = {
    step: path.steps.map((s) => s.step),
    loss: path.steps.map((s) => s.loss),
  };
  paramNames.forEach((name, i) => {
    columns[name] = path.steps.map((s) => s.params[i]);
  });
  return columns;
}
