/** Each check of lesson 10 passes the right answer and fails wrong ones (tested both ways). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from '../../src';
import { checkAdamFirstStep, checkAdagradRate, checkWarmupCosine, checkCenteredRmspropStep, checkAdamStep, type AdamHyper } from '../../src/exercises/10-adaptive-optimizers';

test('setup', async () => { await setup({ backend: 'cpu', verbose: false }); });

test('10-1 Adam first step: eta = 0.01 whatever the gradient', () => {
  assert.equal(checkAdamFirstStep(0.01).passed, true);
  assert.equal(checkAdamFirstStep(0).passed, false);
  assert.match(checkAdamFirstStep(2.5).message, /plain SGD/);
  assert.match(checkAdamFirstStep(0.0316).message, /bias correction/);
});

test('10-2 Adagrad rate on step 3: 0.1 / sqrt(0.1 + 1 + 4 + 4) = 0.03315 (by hand)', () => {
  assert.equal(checkAdagradRate(0.1 / Math.sqrt(9.1)).passed, true);
  assert.equal(checkAdagradRate(0.0331).passed, true, 'three significant digits are enough');
  assert.match(checkAdagradRate(0.1 / 3).message, /starts at s₀ = 0.1/);
  assert.match(checkAdagradRate(0.1 / Math.sqrt(5.1)).message, /third gradient/);
  assert.equal(checkAdagradRate(0.1).passed, false);
});

test('10-3 warm-up + cosine written by hand, against the formula', () => {
  const right = (t: number) => (t < 10 ? 0.01 * t : 0.05 * (1 + Math.cos((Math.PI * (Math.min(t, 100) - 10)) / 90)));
  const uncapped = (t: number) => (t < 10 ? 0.01 * t : 0.05 * (1 + Math.cos((Math.PI * (t - 10)) / 90)));
  assert.equal(checkWarmupCosine(right).passed, true);
  assert.equal(checkWarmupCosine(() => 0).passed, false);
  assert.match(checkWarmupCosine(uncapped).message, /cap t at 100/);
  assert.match(checkWarmupCosine((t) => (t < 10 ? 0 : right(t))).message, /climbs linearly/);
  assert.match(checkWarmupCosine(() => { throw new Error('oops'); }).message, /threw an error: oops/);
});

test('10-4 centered RMSprop, against RMSprop({ centered: true })', () => {
  type Args = [number, number, number, number, number, number, number];
  const centered = (slip: 'none' | 'plain' | 'oldMean' | 'minusEps') => (...[theta, v, gBar, g, eta, rho, eps]: Args): [number, number, number] => {
    const vNew = rho * v + (1 - rho) * g * g;
    const gNew = rho * gBar + (1 - rho) * g;
    const mean = slip === 'oldMean' ? gBar : gNew;
    const inside = slip === 'plain' ? vNew + eps : slip === 'minusEps' ? vNew - mean * mean - eps : vNew - mean * mean + eps;
    return [theta - (eta * g) / Math.sqrt(inside), vNew, gNew];
  };
  assert.equal(checkCenteredRmspropStep(centered('none')).passed, true, checkCenteredRmspropStep(centered('none')).message);
  assert.match(checkCenteredRmspropStep(centered('plain')).message, /plain RMSprop/);
  assert.match(checkCenteredRmspropStep(centered('oldMean')).message, /new average ḡₜ/);
  assert.match(checkCenteredRmspropStep(centered('minusEps')).message, /ε is added under the square root/);
  assert.match(checkCenteredRmspropStep((theta, v, gBar) => [theta, v, gBar]).message, /centered RMSprop gives \[/);
  assert.match(checkCenteredRmspropStep(() => { throw new Error('bad'); }).message, /threw an error: bad/);
  assert.match(checkCenteredRmspropStep((() => 0) as never).message, /return three numbers/);
});

/** Adam written from the paper (Kingma and Ba, 2015, Algorithm 1), with a switch per common slip. */
function adamLike(slip: 'none' | 'keras' | 'sign' | 'noBias' | 'epsInside' | 'vNotHat' | 'storeMHat' | 'gNotSquared') {
  return (theta: number, m: number, v: number, g: number, t: number, h: AdamHyper): [number, number, number] => {
    const mNew = h.beta1 * m + (1 - h.beta1) * g;
    const vNew = h.beta2 * v + (1 - h.beta2) * (slip === 'gNotSquared' ? g : g * g);
    const mHat = slip === 'noBias' ? mNew : mNew / (1 - h.beta1 ** t);
    const vHat = slip === 'noBias' || slip === 'vNotHat' ? vNew : vNew / (1 - h.beta2 ** t);
    const denominator = slip === 'epsInside' ? Math.sqrt(vHat + h.epsilon) : Math.sqrt(vHat) + h.epsilon;
    const alpha = (h.learningRate * Math.sqrt(1 - h.beta2 ** t)) / (1 - h.beta1 ** t);
    const move = slip === 'keras' ? (alpha * mNew) / (Math.sqrt(vNew) + h.epsilon) : (h.learningRate * mHat) / denominator;
    return [slip === 'sign' ? theta + move : theta - move, slip === 'storeMHat' ? mHat : mNew, vNew];
  };
}

test('10-5 Adam step: the paper\'s and Keras\' epsilon placement pass; each common slip is named', () => {
  assert.equal(checkAdamStep(adamLike('none')).passed, true, checkAdamStep(adamLike('none')).message);
  assert.equal(checkAdamStep(adamLike('keras')).passed, true, checkAdamStep(adamLike('keras')).message);
  assert.match(checkAdamStep(adamLike('sign')).message, /wrong sign/);
  assert.match(checkAdamStep(adamLike('noBias')).message, /no bias correction/);
  assert.match(checkAdamStep(adamLike('epsInside')).message, /ε went inside the square root/);
  assert.match(checkAdamStep(adamLike('vNotHat')).message, /uses v where it needs the corrected v̂/);
  assert.match(checkAdamStep(adamLike('storeMHat')).message, /keep the uncorrected m/);
  assert.match(checkAdamStep(adamLike('gNotSquared')).message, /\(1 - β₂\) g²/);
  assert.match(checkAdamStep((theta, m, v) => [theta, m, v]).message, /^.*Adam gives \[/);
  assert.match(checkAdamStep(() => { throw new Error('oops'); }).message, /threw an error: oops/);
  assert.match(checkAdamStep((() => 1) as never).message, /return \[θₜ, mₜ, vₜ\]/);
});
