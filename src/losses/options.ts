/**
 * The options shared by several losses, documented once (Keras repeats them in every class).
 */
import type { ValidateOption } from './common';

/** Options of the cross-entropy family (binary, categorical, focal). */
export interface CrossentropyOptions extends ValidateOption {
  /** `yPred` holds logits (any real number) instead of probabilities. Default false. */
  fromLogits?: boolean;
  /**
   * In [0, 1]. Moves the labels towards uniform: binary `y(1-s) + s/2`, categorical
   * `y(1-s) + s/K` with K the number of classes (the size of `axis`).
   * Default 0.
   */
  labelSmoothing?: number;
  /** The axis holding the classes (categorical) or averaged over (binary). Default -1. */
  axis?: number;
}
