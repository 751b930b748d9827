import * as tf from '@tensorflow/tfjs';
import { Optimizer, OptimizerOptions, Step, Update } from './optimizer';
import { nonNegative, nonPositive } from '../validate';

function positiveRate(eta: number): never {
  throw new Error(`Ftrl: learningRate must be > 0 (the rule divides by it); got ${eta}`);
}

export interface FtrlOptions extends OptimizerOptions {
  /** $p \le 0$, the power of the per-coordinate rate $\eta\, n^{p}$. Default -0.5. */
  learningRatePower?: number;
  /** $n_0 \ge 0$, the accumulator's start. Default 0.1. */
  initialAccumulatorValue?: number;
  /** $\lambda_1 \ge 0$: coordinates with $|z| \le \lambda_1$ are set exactly to 0. Default 0. */
  l1RegularizationStrength?: number;
  /** $\lambda_2 \ge 0$, L2 penalty inside the closed-form solve. Default 0. */
  l2RegularizationStrength?: number;
  /** $\lambda_s \ge 0$, L2 "shrinkage" added to the gradient as $2\lambda_s\theta$. Default 0. */
  l2ShrinkageRegularizationStrength?: number;
  /** $\beta$, adds $\beta / (2\eta)$ to $\lambda_2$. Default 0. */
  beta?: number;
}

/** FTRL's state: $n$, the sum of squared gradients, and $z$, the accumulated linear term. */
export type FtrlSlots = { n: tf.Tensor; z: tf.Tensor };

/**
 * FTRL-Proximal (Keras `Ftrl`, McMahan et al. 2013): keeps a linear term $z$ and solves for the
 * weights in closed form, which makes L1 produce exact zeros.
 *
 * With $\tilde g_t = g_t + 2\lambda_s\theta_{t-1}$, $\lambda_2' = \lambda_2 + \beta/(2\eta)$ and
 * $n_t = n_{t-1} + g_t^2$:
 * $$z_t = z_{t-1} + \tilde g_t - \frac{n_t^{-p} - n_{t-1}^{-p}}{\eta}\, \theta_{t-1}, \qquad
 *   \theta_t = \frac{\operatorname{clip}(z_t, -\lambda_1, \lambda_1) - z_t}{n_t^{-p}/\eta + 2\lambda_2'}$$
 *
 * Defaults (Keras 3): `learningRate` 0.001, `learningRatePower` -0.5, `initialAccumulatorValue`
 * 0.1, all regularisation strengths 0, `beta` 0. tfjs has no FTRL.
 *
 * @example
 * new optimizers.Ftrl({ learningRate: 0.5 }) // w = [1, 2, 3, 4], g = [1, 6, 7, 2]: [0.2218, 1.3954, 2.3651, 2.8814]
 */
export class Ftrl extends Optimizer<FtrlSlots> {
  static readonly className: string = 'losslab.Ftrl';
  readonly learningRatePower: number;
  readonly initialAccumulatorValue: number;
  readonly l1: number;
  readonly l2: number;
  readonly l2Shrinkage: number;
  readonly beta: number;

  constructor(options: FtrlOptions = {}) {
    super('Ftrl', options, 0.001);
    if (this.learningRate <= 0) positiveRate(this.learningRate);
    this.learningRatePower = nonPositive('Ftrl', 'learningRatePower', options.learningRatePower ?? -0.5);
    this.initialAccumulatorValue = nonNegative('Ftrl', 'initialAccumulatorValue', options.initialAccumulatorValue ?? 0.1);
    this.l1 = nonNegative('Ftrl', 'l1RegularizationStrength', options.l1RegularizationStrength ?? 0);
    this.l2 = nonNegative('Ftrl', 'l2RegularizationStrength', options.l2RegularizationStrength ?? 0);
    this.l2Shrinkage = nonNegative('Ftrl', 'l2ShrinkageRegularizationStrength', options.l2ShrinkageRegularizationStrength ?? 0);
    this.beta = nonNegative('Ftrl', 'beta', options.beta ?? 0);
  }

  protected createSlots(theta: tf.Variable): FtrlSlots {
    return { n: tf.fill(theta.shape, this.initialAccumulatorValue), z: tf.zerosLike(theta) };
  }

  protected updateStep(g: tf.Tensor, theta: tf.Tensor, slots: FtrlSlots, { learningRate: eta }: Step): Update<FtrlSlots> {
    if (eta <= 0) positiveRate(eta);
    const p = this.learningRatePower;
    const l2 = this.l2 + this.beta / (2 * eta);
    const gTilde = tf.add(g, tf.mul(2 * this.l2Shrinkage, theta));
    const n = tf.add(slots.n, tf.square(g));
    const sigma = tf.div(tf.sub(tf.pow(n, -p), tf.pow(slots.n, -p)), eta);
    const z = tf.add(slots.z, tf.sub(gTilde, tf.mul(sigma, theta)));
    const quadratic = tf.add(tf.div(tf.pow(n, -p), eta), 2 * l2);
    const thetaNew = tf.div(tf.sub(tf.clipByValue(z, -this.l1, this.l1), z), quadratic);
    return { theta: thetaNew, slots: { n, z } };
  }

  protected hyperparameters(): tf.serialization.ConfigDict {
    return {
      learningRatePower: this.learningRatePower,
      initialAccumulatorValue: this.initialAccumulatorValue,
      l1RegularizationStrength: this.l1,
      l2RegularizationStrength: this.l2,
      l2ShrinkageRegularizationStrength: this.l2Shrinkage,
      beta: this.beta,
    };
  }
}
