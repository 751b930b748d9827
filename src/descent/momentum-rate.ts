/**
 * How fast momentum SGD converges on a quadratic (lesson 09): the rate per step, from the
 * eigenvalues of the two-step recursion, and the best rate over learning rates for a given momentum.
 *
 * Along a direction of curvature $h$ (the second derivative $L''$ there), $w_t = w_{t-1} + v_t$ with
 * $v_t = \mu v_{t-1} - \eta h w_{t-1}$ is the linear recursion
 * $w_{t+1} = (1 + \mu - \eta h)\, w_t - \mu\, w_{t-1}$, whose error shrinks per step by the larger
 * root modulus of $z^2 - (1 + \mu - \eta h) z + \mu = 0$.
 */

/**
 * The per-step contraction factor of momentum SGD along one direction of curvature `curvature`.
 *
 * $\rho = \max |z|$ over the roots of $z^2 - (1 + \mu - \eta h) z + \mu$; below 1 the error shrinks
 * like $\rho^t$, at 1 or above it does not. With $\mu = 0$ this is $|1 - \eta h|$; when the roots are
 * complex it is $\sqrt{\mu}$, whatever $\eta$.
 *
 * @example
 * heavyBallRate(20, 0.05, 0); // 0 (η = 1/h lands on the minimum in one step)
 * heavyBallRate(20, 0.05, 0.81); // 0.9 (= √μ)
 */
export function heavyBallRate(curvature: number, learningRate: number, momentum: number): number {
  for (const [name, value] of [['curvature', curvature], ['learningRate', learningRate], ['momentum', momentum]] as const) {
    if (!Number.isFinite(value) || value < 0) throw new Error(`heavyBallRate: ${name} must be a finite number >= 0; got ${value}`);
  }
  const b = 1 + momentum - learningRate * curvature;
  const discriminant = b * b - 4 * momentum;
  if (discriminant < 0) return Math.sqrt(momentum);
  return (Math.abs(b) + Math.sqrt(discriminant)) / 2;
}

/** The slowest direction decides: the rate on a quadratic with the given curvatures. */
export function quadraticRate(curvatures: readonly number[], learningRate: number, momentum: number): number {
  if (!curvatures.length) throw new Error('quadraticRate: curvatures must be a non-empty array of second derivatives');
  return Math.max(...curvatures.map((h) => heavyBallRate(h, learningRate, momentum)));
}

/** The result of {@link bestRateForMomentum}. */
export interface TunedRate {
  momentum: number;
  /** The learning rate that minimises the rate, on a fine grid. */
  learningRate: number;
  /** The per-step contraction factor at that learning rate. */
  rate: number;
}

/**
 * For a momentum μ, the learning rate (searched on `points` even steps over the stable range
 * $0 < \eta < 2(1 + \mu)/h_{\max}$, then twice more around the best) that makes the quadratic with curvatures $h_{\min}$, $h_{\max}$
 * converge fastest, and that rate.
 *
 * Theory (Polyak): the best pair is $\mu^* = \big(\tfrac{\sqrt\kappa - 1}{\sqrt\kappa + 1}\big)^2$,
 * $\eta^* = \tfrac{4}{(\sqrt{h_{\max}} + \sqrt{h_{\min}})^2}$, with rate $\tfrac{\sqrt\kappa - 1}{\sqrt\kappa + 1}$,
 * $\kappa = h_{\max}/h_{\min}$; plain descent ($\mu = 0$) at best gets $\tfrac{\kappa - 1}{\kappa + 1}$.
 *
 * @example
 * bestRateForMomentum(1, 20, 0).rate; // ≈ 19/21 = 0.905
 */
export function bestRateForMomentum(hMin: number, hMax: number, momentum: number, points = 400): TunedRate {
  if (!(hMin > 0 && hMax >= hMin && Number.isFinite(hMax))) {
    throw new Error(`bestRateForMomentum: need 0 < hMin <= hMax (finite curvatures); got hMin=${hMin}, hMax=${hMax}`);
  }
  if (!(momentum >= 0 && momentum < 1)) throw new Error(`bestRateForMomentum: momentum must be in [0, 1); got ${momentum}`);
  // The rate has a sharp corner at the best η (a double root), so search a grid, then zoom in twice.
  let [low, high] = [0, (2 * (1 + momentum)) / hMax];
  let best: TunedRate = { momentum, learningRate: NaN, rate: Infinity };
  for (let zoom = 0; zoom < 3; zoom++) {
    const step = (high - low) / points;
    for (let i = 1; i < points; i++) {
      const learningRate = low + step * i;
      const rate = quadraticRate([hMin, hMax], learningRate, momentum);
      if (rate < best.rate) best = { momentum, learningRate, rate };
    }
    [low, high] = [Math.max(0, best.learningRate - step), best.learningRate + step];
  }
  return best;
}

/** Polyak's optimal momentum for condition number κ: $((\sqrt\kappa - 1)/(\sqrt\kappa + 1))^2$. */
export function optimalMomentum(condition: number): number {
  if (!(condition >= 1 && Number.isFinite(condition))) throw new Error(`optimalMomentum: condition must be a finite number >= 1; got ${condition}`);
  const r = Math.sqrt(condition);
  return ((r - 1) / (r + 1)) ** 2;
}
