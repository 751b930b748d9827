import { Adam, AdamOptions } from './adam';

/**
 * AdamW (Keras `AdamW`): Adam plus *decoupled* weight decay (Loshchilov & Hutter 2019). Before
 * the Adam step, the base optimizer shrinks the weights directly,
 * $$\theta \leftarrow \theta - \lambda\, \eta\, \theta,$$
 * instead of adding $\lambda \theta$ to the gradient (where Adam's $1/\sqrt{v}$ would rescale it).
 * Everything else is `Adam`. Exclude biases with `excludeFromWeightDecay({ names: ['bias'] })`.
 *
 * Defaults (Keras 3): Adam's, with `weightDecay` 0.004 (required: null is an error).
 * tfjs has no AdamW.
 *
 * @example
 * // learningRate 0.5, w = 1, g = 1: decay to 1 - 0.5 * 0.004 = 0.998, then Adam moves ~0.5: 0.498
 * new optimizers.AdamW({ learningRate: 0.5 })
 */
export class AdamW extends Adam {
  static override readonly className: string = 'losslab.AdamW';

  constructor(options: AdamOptions = {}) {
    if (options.weightDecay === null) {
      throw new Error('AdamW: weightDecay must be a finite number >= 0; got null');
    }
    super({ ...options, weightDecay: options.weightDecay ?? 0.004 }, 'AdamW');
  }
}
