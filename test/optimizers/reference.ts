/**
 * Independent float64 oracles: Keras 3's update equations written per element with plain
 * numbers, from the Keras sources' update_step (keras/src/optimizers/*.py @ 3422977a5e) and
 * learning_rate_schedule.py. They share no code with src/optimizers (which works on tensors).
 * Each takes the initial weights, the gradient sequence and the options, and returns the weights
 * after every step. `lr(t)` gives eta for step index t = 0, 1, ... (the iteration count).
 */
type Lr = (iteration: number) => number;
const constant = (eta: number): Lr => () => eta;

function run(w0: number[], grads: number[][], init: (w: number) => number[], step: (w: number, g: number, s: number[], t: number) => number): number[][] {
  const w = [...w0];
  const state = w0.map(init);
  return grads.map((g, t) => {
    for (let i = 0; i < w.length; i++) w[i] = step(w[i], g[i], state[i], t);
    return [...w];
  });
}

/** Keras SGD: velocity form, eta folded into the velocity; weight decay w -= wd*eta*w first. */
export function sgd(w0: number[], grads: number[][], o: { lr: Lr; momentum: number; nesterov: boolean; wd?: number }): number[][] {
  return run(w0, grads, () => [0], (w, g, s, t) => {
    const eta = o.lr(t);
    w -= (o.wd ?? 0) * eta * w;
    s[0] = o.momentum * s[0] - eta * g;
    return o.nesterov ? w + o.momentum * s[0] - eta * g : w + s[0];
  });
}

/** Keras RMSprop, centered adds +eps after subtracting gbar^2. */
export function rmsprop(w0: number[], grads: number[][], o: { eta: number; rho: number; momentum: number; eps: number; centered: boolean }): number[][] {
  return run(w0, grads, () => [0, 0, 0], (w, g, s) => {
    s[0] = o.rho * s[0] + (1 - o.rho) * g * g;
    s[1] = o.rho * s[1] + (1 - o.rho) * g;
    const denom = o.centered ? s[0] - s[1] * s[1] + o.eps : s[0] + o.eps;
    const inc = (o.eta * g) / Math.sqrt(denom);
    if (o.momentum === 0) return w - inc;
    s[2] = o.momentum * s[2] + inc;
    return w - s[2];
  });
}

/** Keras Adadelta: the NEW accumulated gradient in the denominator. */
export function adadelta(w0: number[], grads: number[][], o: { eta: number; rho: number; eps: number }): number[][] {
  return run(w0, grads, () => [0, 0], (w, g, s) => {
    s[0] = o.rho * s[0] + (1 - o.rho) * g * g;
    const delta = (-Math.sqrt(s[1] + o.eps) / Math.sqrt(s[0] + o.eps)) * g;
    s[1] = o.rho * s[1] + (1 - o.rho) * delta * delta;
    return w + o.eta * delta;
  });
}

/** Keras Adam (epsilon-hat form) with optional amsgrad and decoupled weight decay. */
export function adam(w0: number[], grads: number[][], o: { eta: number; b1: number; b2: number; eps: number; amsgrad?: boolean; wd?: number }): number[][] {
  return run(w0, grads, () => [0, 0, 0], (w, g, s, t) => {
    const step = t + 1;
    w -= (o.wd ?? 0) * o.eta * w;
    s[0] += (g - s[0]) * (1 - o.b1);
    s[1] += (g * g - s[1]) * (1 - o.b2);
    s[2] = Math.max(s[2], s[1]);
    const v = o.amsgrad ? s[2] : s[1];
    const alpha = (o.eta * Math.sqrt(1 - o.b2 ** step)) / (1 - o.b1 ** step);
    return w - (s[0] * alpha) / (Math.sqrt(v) + o.eps);
  });
}

/** Keras Nadam: u_product updated before the step with mu_t = b1 (1 - 0.5 * 0.96^t). */
export function nadam(w0: number[], grads: number[][], o: { eta: number; b1: number; b2: number; eps: number }): number[][] {
  let uProduct = 1;
  let lastStep = 0;
  return run(w0, grads, () => [0, 0], (w, g, s, t) => {
    const step = t + 1;
    const uT = o.b1 * (1 - 0.5 * 0.96 ** step);
    const uNext = o.b1 * (1 - 0.5 * 0.96 ** (step + 1));
    if (lastStep !== step) {
      uProduct *= uT;
      lastStep = step;
    }
    s[0] += (g - s[0]) * (1 - o.b1);
    s[1] += (g * g - s[1]) * (1 - o.b2);
    const mHat = (uNext * s[0]) / (1 - uProduct * uNext) + ((1 - uT) * g) / (1 - uProduct);
    const vHat = s[1] / (1 - o.b2 ** step);
    return w - (mHat * o.eta) / (Math.sqrt(vHat) + o.eps);
  });
}

/** Keras Adamax. */
export function adamax(w0: number[], grads: number[][], o: { eta: number; b1: number; b2: number; eps: number }): number[][] {
  return run(w0, grads, () => [0, 0], (w, g, s, t) => {
    s[0] += (g - s[0]) * (1 - o.b1);
    s[1] = Math.max(o.b2 * s[1], Math.abs(g));
    return w - (o.eta * s[0]) / ((1 - o.b1 ** (t + 1)) * (s[1] + o.eps));
  });
}

/** Keras Lion. */
export function lion(w0: number[], grads: number[][], o: { eta: number; b1: number; b2: number }): number[][] {
  return run(w0, grads, () => [0], (w, g, s) => {
    const c = s[0] * o.b1 + g * (1 - o.b1);
    s[0] = s[0] * o.b2 + g * (1 - o.b2);
    return w - o.eta * Math.sign(c);
  });
}

export { constant };
