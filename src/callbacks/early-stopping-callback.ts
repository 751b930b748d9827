/**
 * `EarlyStopping` for `model.fit`: stop when the monitored quantity stops improving, and (unlike
 * tfjs' own `tf.callbacks.earlyStopping`) put back the weights of the best epoch.
 *
 * The decision is `EarlyStoppingRule`'s (Keras 3 semantics); this class adds what a tfjs-layers
 * callback must do around it: read the monitored value from the logs, set `model.stopTraining`,
 * keep a snapshot of the best weights, and restore it when training ends.
 * Derived in lesson 11 (`lessons/11-early-stopping.md`).
 */
import * as tf from '@tensorflow/tfjs';
import { EarlyStoppingRule, type EarlyStoppingRuleOptions } from './early-stopping-rule';
import { logValue, type UnresolvedLogs } from './logs';

export interface EarlyStoppingOptions extends EarlyStoppingRuleOptions {
  /** At the end of training, set the weights of the best epoch (Keras semantics). Default false. */
  restoreBestWeights?: boolean;
  /** 1 prints when training stops and when weights are restored; 0 is silent. Default 0. */
  verbose?: 0 | 1;
}

/**
 * Stops `model.fit` when `monitor` has not improved for `patience` epochs.
 *
 * Arguments (defaults): `monitor` ('val_loss'), `minDelta` (0), `patience` (0), `mode` ('auto'),
 * `baseline` (none), `restoreBestWeights` (false), `startFromEpoch` (0), `verbose` (0).
 * After `fit`: `stoppedEpoch` (0 if it never stopped), `bestEpoch`, `bestValue`, all 0-based epochs.
 * As in Keras 3, best weights are restored at the end of training whenever `restoreBestWeights` is
 * on and a monitored epoch was seen, whether this callback, another one, or the epoch limit ended it.
 *
 * @example
 * const stopper = new callbacks.EarlyStopping({ patience: 5, restoreBestWeights: true });
 * await model.fit(xs, ys, { epochs: 200, validationSplit: 0.25, callbacks: [stopper], verbose: 0 });
 * stopper.bestEpoch; // the model now holds the weights it had at the end of this epoch
 */
export class EarlyStopping extends tf.Callback {
  readonly rule: EarlyStoppingRule;
  readonly restoreBestWeights: boolean;
  readonly verbose: 0 | 1;
  private bestWeights: tf.Tensor[] | undefined;
  private warned = false;
  private warnedNaN = false;

  constructor(options: EarlyStoppingOptions = {}) {
    super();
    this.rule = new EarlyStoppingRule(options);
    this.restoreBestWeights = options.restoreBestWeights ?? false;
    this.verbose = options.verbose ?? 0;
  }

  get monitor(): string {
    return this.rule.monitor;
  }
  get stoppedEpoch(): number {
    return this.rule.stoppedEpoch;
  }
  get bestEpoch(): number {
    return this.rule.bestEpoch;
  }
  get bestValue(): number {
    return this.rule.bestValue;
  }

  override async onTrainBegin(): Promise<void> {
    // One instance may serve several fit calls: start each from scratch.
    this.rule.reset();
    this.disposeSnapshot();
    this.warned = false;
    this.warnedNaN = false;
  }

  override async onEpochEnd(epoch: number, logs?: UnresolvedLogs): Promise<void> {
    const raw = logs?.[this.monitor];
    if (raw === undefined || raw === null) {
      this.warnMissing(logs);
      return;
    }
    const value = logValue(raw);
    if (Number.isNaN(value)) this.warnNaN(epoch);
    const { improved, stop } = this.rule.update(epoch, value);
    if (improved && this.restoreBestWeights) this.takeSnapshot();
    if (stop) this.model.stopTraining = true;
  }

  override async onTrainEnd(): Promise<void> {
    if (this.stoppedEpoch > 0 && this.verbose > 0) console.log(`Epoch ${this.stoppedEpoch + 1}: early stopping`);
    if (this.restoreBestWeights && this.bestWeights !== undefined && !allFinite(this.bestWeights)) {
      console.warn(`EarlyStopping: the weights of the best epoch (${this.bestEpoch + 1}) hold NaN or Infinity; they are not restored`);
    } else if (this.restoreBestWeights && this.bestWeights !== undefined) {
      if (this.verbose > 0) {
        console.log(`Restoring model weights from the end of the best epoch: ${this.bestEpoch + 1}.`);
      }
      this.model.setWeights(this.bestWeights);
    }
    // setWeights copied the values into the model's variables; the snapshot is no longer needed.
    this.disposeSnapshot();
  }

  /** `getWeights()` returns the live variables, so the snapshot must be a copy. */
  private takeSnapshot(): void {
    this.disposeSnapshot();
    this.bestWeights = this.model.getWeights().map((w) => w.clone());
  }

  private disposeSnapshot(): void {
    if (this.bestWeights !== undefined) tf.dispose(this.bestWeights);
    this.bestWeights = undefined;
  }

  /** A NaN value never becomes the best (Keras would keep it as best for ever); said once per run. */
  private warnNaN(epoch: number): void {
    if (this.warnedNaN) return;
    this.warnedNaN = true;
    console.warn(
      `EarlyStopping: '${this.monitor}' is NaN at epoch ${epoch + 1}; a NaN value never counts as the best, ` +
        'and weights from such an epoch are never restored',
    );
  }

  /** Keras warns (Python shows a repeated warning once); a run warns at most once. */
  private warnMissing(logs: UnresolvedLogs | undefined): void {
    if (this.warned) return;
    this.warned = true;
    const available = Object.keys(logs ?? {}).join(',');
    console.warn(
      `EarlyStopping: early stopping conditioned on metric '${this.monitor}' which is not available. ` +
        `Available metrics are: ${available}`,
    );
  }
}

/** Whether every value of every tensor is finite (a snapshot worth restoring). */
function allFinite(tensors: tf.Tensor[]): boolean {
  return tf.tidy(() => tensors.every((t) => tf.all(tf.isFinite(t)).dataSync()[0] === 1));
}
