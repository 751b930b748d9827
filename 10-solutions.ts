// %% [markdown]
// # Solutions to 10. Adaptive optimizers
// %% [code] tags=exercise:10-1
const adamFirstStep = 0.01; // m̂ = g and v̂ = g² after one step, so the move is η · g/|g|
// %% [code] tags=exercise:10-2
const adagradRate = 0.1 / Math.sqrt(0.1 + 1 + 4 + 4); // s₃ = s₀ + Σ g²
// %% [code] tags=exercise:10-3
const warmupCosine = (step: number): number => {
  if (step < 10) return 0.1 * (step / 10);
  const s = Math.min(step, 100) - 10;
  return 0.1 * 0.5 * (1 + Math.cos((Math.PI * s) / 90));
};
// %% [code] tags=exercise:10-4
const rmspropStep = (theta: number, v: number, g: number, learningRate: number, rho: number, epsilon: number): [number, number] => {
  const vNew = rho * v + (1 - rho) * g * g;
  return [theta - (learningRate * g) / Math.sqrt(vNew + epsilon), vNew];
};
