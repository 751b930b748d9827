/**
 * `ReduceLROnPlateau` for `model.fit`: when the monitored quantity stops improving for `patience`
 * epochs, multiply the optimizer's learning rate by `factor` (Keras 3 semantics, `PlateauRule`).
 * tfjs has no such callback. Shown in lesson 11 (`lessons/11-early-stopping.md`).
 */
import * as tf from '@tensorflow/tfjs';
import type { Optimizer } from '../optimizers/optimizer';
import { PlateauRule, type PlateauOptions } from './plateau-rule';
import { logValue, type UnresolvedLogs } from './logs';

function isLosslabOptimizer(optimizer: unknown): optimizer is Optimizer {
  return typeof optimizer === 'object' && optimizer !== null && 'learningRateSchedule' in optimizer;
}

export interface ReduceLROnPlateauOptions extends PlateauOptions {
  /** 1 prints each reduction, as Keras does; 0 is silent. Default 0. */
  verbose?: 0 | 1;
}

/**
 * Lowers the learning rate of a losslab optimizer (`optimizers.Adam`, `optimizers.SGD`, ...) when
 * `monitor` reaches a plateau.
 *
 * Arguments (Keras 3 defaults): `monitor` ('val_loss'), `factor` (0.1), `patience` (10), `mode`
 * ('auto'), `minDelta` (1e-4), `cooldown` (0), `minLr` (0), `verbose` (0).
 * As in Keras, each epoch's logs gain `learning_rate`, the rate used during that epoch, so a
 * `History` listed after this callback (and the `History` that `fit` returns) records it.
 * The optimizer must have a plain number as learning rate: one built with a schedule already
 * decides its own rate (Keras raises a TypeError then; here `fit` fails at its start).
 *
 * @example
 * const plateau = new callbacks.ReduceLROnPlateau({ factor: 0.5, patience: 5, minLr: 1e-4 });
 * const h = await model.fit(xs, ys, { epochs: 100, validationData: [xv, yv], callbacks: [plateau] });
 * h.history.learning_rate; // the rate of every epoch
 */
export class ReduceLROnPlateau extends tf.Callback {
  readonly rule: PlateauRule;
  readonly verbose: 0 | 1;
  private warned = false;

  constructor(options: ReduceLROnPlateauOptions = {}) {
    super();
    this.rule = new PlateauRule(options);
    this.verbose = options.verbose ?? 0;
  }

  get monitor(): string {
    return this.rule.monitor;
  }

  override async onTrainBegin(): Promise<void> {
    this.rule.reset();
    this.warned = false;
    this.optimizer(); // fails before the first epoch when the optimizer cannot be changed
  }

  override async onEpochEnd(epoch: number, logs?: UnresolvedLogs): Promise<void> {
    const optimizer = this.optimizer();
    const rate = optimizer.learningRate;
    if (logs !== undefined) logs.learning_rate = rate;
    const raw = logs?.[this.monitor];
    if (raw === undefined || raw === null) {
      this.warnMissing(logs);
      return;
    }
    const next = this.rule.update(logValue(raw), rate);
    if (next === rate) return;
    optimizer.learningRate = next;
    if (this.verbose > 0) console.log(`Epoch ${epoch + 1}: ReduceLROnPlateau reducing learning rate to ${next}.`);
  }

  /** The model's optimizer, if it is one whose learning rate this callback can set. */
  private optimizer(): Optimizer {
    const optimizer = (this.model as tf.LayersModel | undefined)?.optimizer;
    // not `instanceof`: tf.Optimizer's Symbol.hasInstance accepts any object with minimize/applyGradients
    if (!isLosslabOptimizer(optimizer)) {
      const name = (optimizer as tf.Optimizer | undefined)?.getClassName?.() ?? typeof optimizer;
      throw new Error(
        `ReduceLROnPlateau: the model must be compiled with a losslab optimizer (optimizers.Adam, optimizers.SGD, ...); got ${name}`,
      );
    }
    if (typeof optimizer.learningRateSchedule !== 'number') {
      throw new Error(
        `ReduceLROnPlateau: ${optimizer.getClassName()} was built with a learning-rate schedule, which already sets the rate of every step; ` +
          'give it a number as learningRate to use this callback',
      );
    }
    return optimizer;
  }

  private warnMissing(logs: UnresolvedLogs | undefined): void {
    if (this.warned) return;
    this.warned = true;
    console.warn(
      `ReduceLROnPlateau: learning rate reduction is conditioned on metric '${this.monitor}' which is not available. ` +
        `Available metrics are: ${Object.keys(logs ?? {}).join(',')}`,
    );
  }
}
