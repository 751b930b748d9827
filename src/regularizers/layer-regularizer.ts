/**
 * A penalty as a tfjs layer regulariser, for `kernelRegularizer` in `tf.layers.dense` and friends.
 *
 * $$\Omega(W) = \lambda_1 \sum |W| + \lambda_2 \sum W^2$$
 *
 * tfjs accepts a regulariser only if it is an instance of its (unexported) `Regularizer` class,
 * so the class is reached through the prototype of one of tfjs' own.
 */
import * as tf from '@tensorflow/tfjs';
import type { Penalty } from './penalty';

/** The type tfjs layers accept as `kernelRegularizer`. */
export type LayerRegularizer = ReturnType<typeof tf.regularizers.l1l2>;

type RegularizerClass = abstract new () => LayerRegularizer;
const RegularizerBase = Object.getPrototypeOf(
  Object.getPrototypeOf(tf.regularizers.l1l2({ l1: 0, l2: 0 })).constructor,
) as RegularizerClass;

/** The layer regulariser made from a `Penalty`; registered so models holding it serialise. */
export class PenaltyRegularizer extends RegularizerBase {
  static readonly className = 'losslab.PenaltyRegularizer';
  readonly l1: number;
  readonly l2: number;

  constructor(config: { l1?: number; l2?: number } = {}) {
    super();
    this.l1 = config.l1 ?? 0;
    this.l2 = config.l2 ?? 0;
  }

  /** $\Omega(x)$ as a scalar tensor. */
  apply(x: tf.Tensor): tf.Scalar {
    return tf.tidy(() => {
      let total: tf.Scalar = tf.scalar(0);
      if (this.l1 > 0) total = total.add(tf.abs(x).sum().mul(this.l1));
      if (this.l2 > 0) total = total.add(tf.square(x).sum().mul(this.l2));
      return total;
    });
  }

  getConfig(): tf.serialization.ConfigDict {
    return { l1: this.l1, l2: this.l2 };
  }
}
tf.serialization.registerClass(PenaltyRegularizer as unknown as tf.serialization.SerializableConstructor<tf.serialization.Serializable>);

/**
 * A tfjs layer regulariser with the same value as `penalty`.
 *
 * @example
 * tf.layers.dense({ units: 1, kernelRegularizer: layerRegularizer(l2(0.01)) });
 */
export function layerRegularizer(penalty: Penalty): LayerRegularizer {
  return new PenaltyRegularizer({ l1: penalty.l1, l2: penalty.l2 });
}
