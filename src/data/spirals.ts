/**
 * Interleaved spirals, one arm per class: no straight line separates them (lesson 06).
 *
 * Point i of class k sits at radius $r = i / (n - 1)$ and angle
 * $\theta = 2\pi k / K + \text{turns} \cdot 2\pi r + \varepsilon$, $\varepsilon \sim \mathcal{N}(0, \text{noise}^2)$.
 */
import { createRng } from '../random';
import type { Dataset } from './dataset';

/**
 * @param options `nPerClass` (100), `classes` (3), `turns` (0.75 of a full turn per arm),
 *   `noise` (0.2 rad), `seed` (42).
 * @returns features `x1, x2` in [-1, 1], labels 0..classes-1.
 */
export function spirals(
  options: { nPerClass?: number; classes?: number; turns?: number; noise?: number; seed?: number } = {},
): Dataset {
  const { nPerClass = 100, classes = 3, turns = 0.75, noise = 0.2, seed = 42 } = options;
  if (!Number.isInteger(classes) || classes < 2) throw new Error(`spirals: classes must be an integer >= 2; got ${classes}`);
  if (!Number.isInteger(nPerClass) || nPerClass < 2) throw new Error(`spirals: nPerClass must be an integer >= 2; got ${nPerClass}`);
  const rng = createRng(seed);
  const x: number[][] = [];
  const y: number[] = [];
  for (let k = 0; k < classes; k++) {
    for (let i = 0; i < nPerClass; i++) {
      const r = i / (nPerClass - 1);
      const theta = (2 * Math.PI * k) / classes + turns * 2 * Math.PI * r + rng.normal(0, noise);
      x.push([r * Math.cos(theta), r * Math.sin(theta)]);
      y.push(k);
    }
  }
  return {
    name: `${classes}-class spirals`, x, y, featureNames: ['x1', 'x2'],
    classNames: Array.from({ length: classes }, (_, k) => `arm ${k}`),
  };
}
