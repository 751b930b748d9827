/** Each check of lesson 09 passes the right answer and fails wrong ones (tested both ways). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from '../../src';
import {
  checkVelocityAfterTwoSteps, checkTerminalStep, checkNesterovStep, checkValleyMomentum,
} from '../../src/exercises/09-sgd-momentum-nesterov';

test('setup', async () => { await setup({ backend: 'cpu', verbose: false }); });

test('09-1 velocity after two steps: 0.9 * (-0.2) - 0.2 = -0.38 (by hand)', () => {
  assert.equal(checkVelocityAfterTwoSteps(-0.38).passed, true);
  assert.equal(checkVelocityAfterTwoSteps(0).passed, false);
  assert.match(checkVelocityAfterTwoSteps(0.38).message, /wrong sign/);
  assert.match(checkVelocityAfterTwoSteps(-0.2).message, /first step/);
  assert.match(checkVelocityAfterTwoSteps(-0.4).message, /forgets to multiply/);
  assert.equal(checkVelocityAfterTwoSteps(Number.NaN).passed, false);
});

test('09-2 terminal step: eta g / (1 - mu) = 0.1 (by hand)', () => {
  assert.equal(checkTerminalStep(0.1).passed, true);
  assert.equal(checkTerminalStep(-0.1).passed, true, 'the size, either sign');
  assert.equal(checkTerminalStep(0).passed, false);
  assert.match(checkTerminalStep(0.01).message, /first step only/);
  assert.match(checkTerminalStep(0.09).message, /not v = μ η g/);
});

test('09-3 Nesterov step in Keras form', () => {
  const right = (theta: number, v: number, g: number, eta: number, mu: number): [number, number] => {
    const vNew = mu * v - eta * g;
    return [theta + mu * vNew - eta * g, vNew];
  };
  const classical = (theta: number, v: number, g: number, eta: number, mu: number): [number, number] => {
    const vNew = mu * v - eta * g;
    return [theta + vNew, vNew];
  };
  assert.equal(checkNesterovStep(right).passed, true);
  assert.equal(checkNesterovStep(() => [0, 0]).passed, false);
  assert.match(checkNesterovStep(classical).message, /classical momentum/);
  assert.match(checkNesterovStep(() => { throw new Error('oops'); }).message, /threw an error: oops/);
});

test('09-4 a momentum that crosses the valley in 100 steps (0.6 .. 0.9 work, 0 and 0.95 do not)', () => {
  assert.equal(checkValleyMomentum(0.8).passed, true);
  assert.equal(checkValleyMomentum(0).passed, false);
  assert.match(checkValleyMomentum(0.3).message, /too little/);
  assert.match(checkValleyMomentum(0.95).message, /too much/);
  assert.equal(checkValleyMomentum(1.5).passed, false);
});
