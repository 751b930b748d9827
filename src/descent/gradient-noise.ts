/**
 * How much a mini-batch gradient scatters around the full-batch gradient: the noise of lesson 03.
 *
 * A batch B of size b drawn without replacement from n examples gives an unbiased estimate
 * $g_B$ of the full gradient $g$, with
 * $$\mathbb{E}\,\lVert g_B - g \rVert^2 = \frac{\sigma^2}{b} \cdot \frac{n - b}{n - 1}, \qquad
 *   \sigma^2 = \frac{1}{n} \sum_{j=1}^{n} \lVert g_j - g \rVert^2$$
 * where $g_j$ is the gradient of example j alone: four times the batch, half the noise.
 */
import { createRng } from '../random';
import type { ParametricModel } from './model';
import { datasetLoss } from './objective';
import { squaredLoss, type PointLoss } from './point-loss';

export interface GradientNoise {
  batchSize: number;
  /** $g$, the gradient on all the data. */
  fullGradient: number[];
  /** $\sqrt{\text{mean}\,\lVert g_B - g \rVert^2}$ over the sampled batches. */
  spread: number;
  /** The same, predicted by the formula above (no sampling). */
  expectedSpread: number;
}

/**
 * Samples batches at `params` and measures the scatter of their gradients.
 *
 * @param model, data the model and its training data.
 * @param params where to measure (e.g. the start of training).
 * @param batchSize b, 1..n.
 * @param options `loss` (squaredLoss), `samples` batches (default 200), `seed` (42).
 * @example
 * [1, 4, 16].map((b) => gradientNoise(line, examples, [0, 0], b).spread); // each about half the one before
 */
export function gradientNoise(
  model: ParametricModel,
  data: { x: readonly (readonly number[])[]; y: readonly number[] },
  params: readonly number[],
  batchSize: number,
  options: { loss?: PointLoss; samples?: number; seed?: number } = {},
): GradientNoise {
  const n = data.x.length;
  if (n === 0 || n !== data.y.length) {
    throw new Error(`gradientNoise: x and y must be non-empty and of the same length; got ${n} and ${data.y.length}`);
  }
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > n) {
    throw new Error(`gradientNoise: batchSize must be an integer in [1, ${n}]; got ${batchSize}`);
  }
  const { loss = squaredLoss, samples = 200, seed = 42 } = options;
  const gradientOf = (indices?: number[]) => datasetLoss(model, loss, params, data.x, data.y, indices).gradient;
  const full = gradientOf();
  const squaredDistance = (g: number[]) => g.reduce((s, v, i) => s + (v - full[i]) ** 2, 0);
  const all = Array.from({ length: n }, (_, j) => j);
  const rng = createRng(seed);
  let total = 0;
  for (let s = 0; s < samples; s++) total += squaredDistance(gradientOf(rng.shuffle(all).slice(0, batchSize)));
  const sigma2 = all.reduce((s, j) => s + squaredDistance(gradientOf([j])), 0) / n;
  const correction = n > 1 ? (n - batchSize) / (n - 1) : 0;
  return {
    batchSize,
    fullGradient: full,
    spread: Math.sqrt(total / samples),
    expectedSpread: Math.sqrt((sigma2 / batchSize) * correction),
  };
}
