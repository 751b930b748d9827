/**
 * The loss classes' base: options, a name and a reduction on top of a function that returns
 * one loss value per sample. Reduction and sample weights are handled here once (see
 * `reduction.ts`); each loss class is a three-line wrapper around its function.
 */
import * as tf from '@tensorflow/tfjs';
import type { TensorInput } from './common';
import { reduceValues, standardizeReduction, weightValues, type Reduction } from './reduction';

/** Constructor options every loss class takes. */
export interface LossConfig {
  /** How `call` combines the per-sample values. Default `'sum_over_batch_size'`; `null` means `'none'`. */
  reduction?: Reduction | null;
  /** A name for logs and plots. Default: Keras' snake_case name, e.g. `'mean_squared_error'`. */
  name?: string;
  /** Check input values in `call` (reads data back; see `ValidateOption`). Default true. */
  validate?: boolean;
}

/** Per-sample values, plus the valid-entry mask of losses that can ignore entries. */
export interface PerSample {
  values: tf.Tensor;
  mask?: tf.Tensor;
}

/** A loss function in the function form: `(yTrue, yPred, options?) => one value per sample`. */
export type LossFunction<O = object> = (yTrue: TensorInput, yPred: TensorInput, options?: O) => tf.Tensor;

/** Base of every loss class: `new Huber({ delta: 2, reduction: 'sum' }).call(yTrue, yPred, sampleWeight)`. */
export abstract class Loss {
  readonly name: string;
  readonly reduction: Reduction;
  readonly validate: boolean;

  protected constructor(config: LossConfig, defaultName: string) {
    this.name = config.name ?? defaultName;
    this.reduction = standardizeReduction(this.name, config.reduction);
    this.validate = config.validate ?? true;
  }

  /** One loss value per sample, before weights and reduction. */
  protected abstract perSample(yTrue: TensorInput, yPred: TensorInput, validate: boolean): PerSample;

  /**
   * The loss of a batch.
   * @param sampleWeight a scalar, `[batch]`, `[batch, 1]` or one weight per loss value.
   * @returns a scalar, or the per-sample values (shape of `yPred` without its last axis) for `'none'`.
   */
  call(yTrue: TensorInput, yPred: TensorInput, sampleWeight?: TensorInput): tf.Tensor {
    return tf.tidy(() => {
      const { weighted, weight } = this.weighted(yTrue, yPred, sampleWeight, this.validate);
      return reduceValues(weighted, weight, this.reduction);
    });
  }

  /**
   * The weighted per-sample values whose plain mean is this loss under `'sum_over_batch_size'`
   * (masked entries already rescaled). `forCompile` hands these to tfjs, which takes the mean.
   */
  weightedPerSample(yTrue: TensorInput, yPred: TensorInput, sampleWeight?: TensorInput, validate = this.validate): tf.Tensor {
    return tf.tidy(() => this.weighted(yTrue, yPred, sampleWeight, validate).weighted);
  }

  /** Keras' `get_config`: the constructor options that rebuild this instance. */
  getConfig(): Record<string, unknown> {
    return { name: this.name, reduction: this.reduction };
  }

  private weighted(yTrue: TensorInput, yPred: TensorInput, sampleWeight: TensorInput | undefined, validate: boolean) {
    const { values, mask } = this.perSample(yTrue, yPred, validate);
    return weightValues(this.name, values, sampleWeight, mask, this.reduction);
  }
}

/**
 * Keras' `LossFunctionWrapper`: a class form made of a function form and its options.
 * The options are stored as given and passed to the function on every call.
 */
export class LossFunctionWrapper<O extends object> extends Loss {
  readonly options: Readonly<O>;
  private readonly fn: LossFunction<O & { validate?: boolean }>;

  constructor(fn: LossFunction<O & { validate?: boolean }>, options: O, config: LossConfig, defaultName: string) {
    super(config, defaultName);
    this.fn = fn;
    this.options = { ...options };
  }

  protected perSample(yTrue: TensorInput, yPred: TensorInput, validate: boolean): PerSample {
    return { values: this.fn(yTrue, yPred, { ...this.options, validate }) };
  }

  override getConfig(): Record<string, unknown> {
    return { ...super.getConfig(), ...this.options };
  }
}

/** Splits a class's constructor argument into the function's options and the base config. */
export function splitConfig<O extends object>(args: O & LossConfig): { options: O; config: LossConfig } {
  const { reduction, name, validate, ...rest } = args;
  return { options: rest as unknown as O, config: { reduction, name, validate } };
}
