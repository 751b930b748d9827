/**
 * Batch, stochastic and mini-batch gradient descent of a parametric model over a dataset.
 *
 * Each epoch shuffles the examples (seeded), cuts them into batches of `batchSize` and makes one
 * update per batch with the batch's gradient $g_B$:
 * $$\theta \leftarrow \theta - \eta\, g_B, \qquad g_B = \frac{1}{|B|} \sum_{j \in B} \nabla_\theta \ell_j + \nabla \Omega(w)$$
 * Batch size n is batch gradient descent, 1 stochastic, in between mini-batch (lesson 03).
 */
import { createRng, type Rng } from '../random';
import type { Penalty } from '../regularizers/penalty';
import { epochBatches } from './batches';
import type { ParametricModel } from './model';
import { datasetLoss } from './objective';
import { penalizedObjective } from './penalized-objective';
import type { DescentPath, EpochRecord, PathStep } from './path';
import { squaredLoss, type PointLoss } from './point-loss';
import { assertFiniteLoss, checkStart, checkStopping, type StopReason } from './convergence';
import { fail, integer, positive } from '../validate';
import { createEarlyStopper, type DescentEarlyStoppingOptions } from './early-stopping-in-train';

export interface TrainData {
  x: readonly (readonly number[])[];
  y: readonly number[];
}

export interface TrainOptions {
  /** $\eta$ (default 0.01). */
  learningRate?: number;
  /** Examples per update: `'full'` (default) = batch, 1 = stochastic, else mini-batch. */
  batchSize?: number | 'full';
  /** Passes over the data (default 100). */
  epochs?: number;
  /** Stop after this many updates (default: no limit beyond `epochs`). */
  maxSteps?: number;
  /** Stop when the epoch's training loss changes by less than this (default 1e-8; 0 disables). */
  tolerance?: number;
  /** The loss of one prediction (default `squaredLoss`). */
  loss?: PointLoss;
  /** $\theta_0$ (default all zeros). */
  start?: readonly number[];
  /** Seed of the shuffling (default 42). */
  seed?: number;
  /** Shuffle each epoch (default true). */
  shuffle?: boolean;
  /** A penalty on the model's penalised parameters (see `regularizers`). */
  penalty?: Pick<Penalty, 'value' | 'gradient'>;
  /** Data for `valLoss`, recorded each epoch. */
  validation?: TrainData;
  /** Stop when the monitored loss stops improving (Keras semantics); see `EarlyStoppingRule`. */
  earlyStopping?: DescentEarlyStoppingOptions;
  /** Record every step (default true); turn off for long runs that only need epochs. */
  recordSteps?: boolean;
}

export interface TrainResult extends DescentPath {
  /** Epoch of the best monitored value, when early stopping was on. */
  bestEpoch?: number;
}

function checkData(where: string, model: ParametricModel, data: TrainData): void {
  if (data.x.length === 0) throw new Error(`${where}: the dataset is empty`);
  if (data.x.length !== data.y.length) {
    throw new Error(`${where}: x and y must have the same length; got ${data.x.length} and ${data.y.length}`);
  }
  const width = data.x[0].length;
  data.x.forEach((row, i) => {
    if (row.length !== width) fail(where, `x[${i}]`, `${width} features, like x[0]`, row);
    const bad = row.findIndex((v) => typeof v !== 'number' || !Number.isFinite(v));
    if (bad >= 0) fail(where, `x[${i}][${bad}]`, 'a finite number (a feature)', row[bad]);
  });
  const badY = data.y.findIndex((v) => typeof v !== 'number' || !Number.isFinite(v));
  if (badY >= 0) fail(where, `y[${badY}]`, 'a finite number (a target)', data.y[badY]);
}

function resolveBatchSize(batchSize: number | 'full' | undefined, n: number): number {
  if (batchSize === undefined || batchSize === 'full') return n;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new Error(`train: batchSize must be 'full' or an integer >= 1; got ${batchSize}`);
  }
  return Math.min(batchSize, n);
}

function resolveStart(model: ParametricModel, start: readonly number[] | undefined): number[] {
  const count = model.paramNames.length;
  if (start === undefined) return new Array<number>(count).fill(0);
  if (start.length !== count) {
    throw new Error(`train: start must have ${count} parameters (${model.paramNames.join(', ')}); got ${start.length}`);
  }
  checkStart('train', start);
  return start.slice();
}

/**
 * Trains `model` on `data` by gradient descent, recording the path per step and per epoch.
 *
 * @param model e.g. `linearModel(1)` for $\hat{y} = b + w_1 x_1$.
 * @param data `{ x: number[n][features], y: number[n] }`.
 * @param options see `TrainOptions`.
 * @returns the path (`steps`, `epochs` from epoch 0 = start), final `params` and `loss`, why it stopped.
 * @throws naming the epoch and step when the loss becomes NaN or infinite.
 * @example
 * const data = { x: [[0], [1], [2]], y: [1, 3, 5] };
 * train(linearModel(), data, { learningRate: 0.1, epochs: 500 }).params; // ≈ [1, 2]
 */
export function train(model: ParametricModel, data: TrainData, options: TrainOptions = {}): TrainResult {
  checkData('train', model, data);
  const learningRate = positive('train', 'learningRate', options.learningRate ?? 0.01);
  const epochCount = integer('train', 'epochs', options.epochs ?? 100, 1);
  checkStopping('train', options, 1);
  const n = data.x.length;
  const batchSize = resolveBatchSize(options.batchSize, n);
  const rng: Rng | undefined = options.shuffle === false ? undefined : createRng(options.seed ?? 42);
  const evaluate = penalizedObjective(model, options.loss ?? squaredLoss, data, options.penalty);
  const valLoss = validationLoss(model, options);
  const stopper = createEarlyStopper(options.earlyStopping, options.validation !== undefined);
  const maxSteps = options.maxSteps ?? Infinity;
  const record = (epoch: number, steps: number, params: number[]): EpochRecord => ({
    epoch, steps, params: params.slice(), loss: evaluate(params).loss, valLoss: valLoss?.(params),
  });
  const state = { params: resolveStart(model, options.start), step: 0, path: [] as PathStep[] };
  const epochs: EpochRecord[] = [record(0, 0, state.params)];
  let reason: StopReason = 'maxEpochs';
  for (let epoch = 1; epoch <= epochCount; epoch++) {
    for (const batch of epochBatches(n, batchSize, rng)) {
      const { loss, gradient } = evaluate(state.params, batch);
      assertFiniteLoss('train', loss, epoch, state.step);
      if (options.recordSteps ?? true) state.path.push({ step: state.step, epoch, params: state.params, loss, gradient });
      state.params = state.params.map((theta, i) => theta - learningRate * gradient[i]);
      if (++state.step >= maxSteps) break;
    }
    const current = record(epoch, state.step, state.params);
    assertFiniteLoss('train', current.loss, epoch, state.step);
    epochs.push(current);
    const decision = stopEpoch(current, epochs[epochs.length - 2], stopper, options.tolerance ?? 1e-8);
    reason = decision ?? (state.step >= maxSteps ? 'maxSteps' : reason);
    if (reason !== 'maxEpochs') break;
  }
  const best = stopper?.restore();
  const params = best ?? state.params;
  const loss = best !== undefined ? evaluate(best).loss : epochs[epochs.length - 1].loss;
  return { steps: state.path, epochs, params, loss, stopReason: reason, bestEpoch: stopper?.bestEpoch() };
}

function validationLoss(model: ParametricModel, options: TrainOptions): ((params: readonly number[]) => number) | undefined {
  const validation = options.validation;
  if (validation === undefined) return undefined;
  checkData('train (validation)', model, validation);
  const loss = options.loss ?? squaredLoss;
  return (params) => datasetLoss(model, loss, params, validation.x, validation.y).loss;
}

function stopEpoch(
  current: EpochRecord,
  previous: EpochRecord,
  stopper: ReturnType<typeof createEarlyStopper>,
  tolerance: number,
): StopReason | undefined {
  if (stopper?.update(current)) return 'earlyStopping';
  if (Math.abs(current.loss - previous.loss) < tolerance) return 'converged';
  return undefined;
}
