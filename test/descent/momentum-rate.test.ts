/** Momentum's rate on a quadratic: hand-derived values, Polyak's optimum, and real SGD runs. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, descent, optimizers } from '../../src';

test('setup', async () => { await setup({ backend: 'cpu', verbose: false }); });

const close = (a: number, b: number, tol: number, what: string) => assert.ok(Math.abs(a - b) <= tol, `${what}: ${a} vs ${b}`);

test('heavyBallRate: |1 - ηh| without momentum, √μ for complex roots, the larger real root otherwise (by hand)', () => {
  close(descent.heavyBallRate(20, 0.05, 0), 0, 1e-12, 'η = 1/h lands in one step');
  close(descent.heavyBallRate(20, 0.09, 0), 0.8, 1e-12, '|1 - 1.8|');
  close(descent.heavyBallRate(1, 0.09, 0), 0.91, 1e-12, '|1 - 0.09|');
  close(descent.heavyBallRate(20, 0.05, 0.81), 0.9, 1e-12, 'b = 0.81, b² < 4μ: √0.81');
  // h = 1, η = 0.1, μ = 0.4: z² - 1.3 z + 0.4 = (z - 0.8)(z - 0.5)
  close(descent.heavyBallRate(1, 0.1, 0.4), 0.8, 1e-12, 'real roots 0.8 and 0.5');
  assert.throws(() => descent.heavyBallRate(1, -0.1, 0), /heavyBallRate: learningRate must be a finite number >= 0; got -0.1/);
});

test('bestRateForMomentum: plain descent gets (κ-1)/(κ+1), Polyak\'s μ* gets (√κ-1)/(√κ+1) (by hand, κ = 20)', () => {
  const plain = descent.bestRateForMomentum(1, 20, 0);
  close(plain.rate, 19 / 21, 2e-3, 'best plain rate');
  close(plain.learningRate, 2 / 21, 2e-3, 'best plain η = 2/(h_min + h_max)');
  const muStar = descent.optimalMomentum(20);
  close(muStar, ((Math.sqrt(20) - 1) / (Math.sqrt(20) + 1)) ** 2, 1e-12, 'μ*');
  close(muStar, 0.402605, 1e-5, 'μ* for κ = 20, by hand');
  const tuned = descent.bestRateForMomentum(1, 20, muStar);
  close(tuned.rate, (Math.sqrt(20) - 1) / (Math.sqrt(20) + 1), 2e-3, 'best momentum rate');
  close(tuned.learningRate, 4 / (Math.sqrt(20) + 1) ** 2, 3e-3, 'η* = 4/(√h_max + √h_min)²');
  for (const mu of [0.2, 0.6, 0.8]) assert.ok(descent.bestRateForMomentum(1, 20, mu).rate > tuned.rate - 1e-3, `μ = ${mu} is no better than μ*`);
  assert.throws(() => descent.bestRateForMomentum(1, 20, 1), /bestRateForMomentum: momentum must be in \[0, 1\); got 1/);
  assert.throws(() => descent.bestRateForMomentum(0, 20, 0.5), /need 0 < hMin <= hMax/);
});

test('the predicted rate is what optimizers.SGD does on the valley ½(x² + 20y²)', () => {
  for (const [eta, mu] of [[0.09, 0], [0.1, 0.5], [0.05, 0.81], [0.02, 0.3]]) {
    const opt = new optimizers.SGD({ learningRate: eta, momentum: mu });
    const { points } = descent.runOptimizer(opt, descent.illConditioned(20), { steps: 60 });
    opt.dispose();
    const size = (t: number) => Math.hypot(...points[t], ...points[t - 1]);
    const measured = (size(60) / size(20)) ** (1 / 40);
    close(measured, descent.quadraticRate([1, 20], eta, mu), 0.02, `η = ${eta}, μ = ${mu}`);
  }
});
