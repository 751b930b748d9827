/** Each check of lesson 09 passes the right answer and fails wrong ones (tested both ways). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from '../../src';
import {
  checkAccumulatorStep, checkTerminalStep, checkNesterovStep, checkValleyMomentum,
} from '../../src/exercises/09-sgd-momentum-nesterov';

test('setup', async () => { await setup({ backend: 'cpu', verbose: false }); });

test('09-1 accumulator form, checked against tfjs\' tf.train.momentum', () => {
  const right = (theta: number, a: number, g: number, eta: number, mu: number): [number, number] => {
    const aNew = mu * a + g;
    return [theta - eta * aNew, aNew];
  };
  assert.equal(checkAccumulatorStep(right).passed, true);
  assert.match(checkAccumulatorStep(right).message, /v = -η a/);
  const kerasVelocity = (theta: number, a: number, g: number, eta: number, mu: number): [number, number] => [theta + (mu * a - eta * g), mu * a - eta * g];
  assert.match(checkAccumulatorStep(kerasVelocity).message, /Keras' velocity/);
  const uphill = (theta: number, a: number, g: number, eta: number, mu: number): [number, number] => [theta + eta * (mu * a + g), mu * a + g];
  assert.match(checkAccumulatorStep(uphill).message, /uphill/);
  const noMu = (theta: number, a: number, g: number, eta: number): [number, number] => [theta - eta * (a + g), a + g];
  assert.match(checkAccumulatorStep(noMu).message, /multiplied by μ/);
  const oldA = (theta: number, a: number, g: number, eta: number, mu: number): [number, number] => [theta - eta * a, mu * a + g];
  assert.match(checkAccumulatorStep(oldA).message, /new accumulator/);
  assert.match(checkAccumulatorStep((theta) => [theta, 0]).message, /^❌|yours gives \[/);
  assert.match(checkAccumulatorStep(() => { throw new Error('typo'); }).message, /threw an error: typo/);
  assert.match(checkAccumulatorStep((() => 3) as never).message, /return a pair/);
});

test('09-2 terminal step: eta g / (1 - mu) = 0.1 (by hand)', () => {
  assert.equal(checkTerminalStep(0.1).passed, true);
  assert.equal(checkTerminalStep(-0.1).passed, true, 'the size, either sign');
  assert.equal(checkTerminalStep(0).passed, false);
  assert.match(checkTerminalStep(0.01).message, /first step only/);
  // 0.09 = μ η g / (1 - μ): the limit of the momentum term alone, not the step (μ η g is 0.009 here)
  assert.match(checkTerminalStep(0.09).message, /μ η g \/ \(1 - μ\)/);
  assert.doesNotMatch(checkTerminalStep(0.09).message, /not v = μ η g\b/);
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
  const uphill = (theta: number, v: number, g: number, eta: number, mu: number): [number, number] => {
    const vNew = mu * v + eta * g;
    return [theta + mu * vNew + eta * g, vNew];
  };
  assert.match(checkNesterovStep(uphill).message, /wrong sign/);
  assert.match(checkNesterovStep(() => { throw new Error('oops'); }).message, /threw an error: oops/);
});

test('09-4 a momentum that crosses the valley in 100 steps (0.6 .. 0.9 work, 0 and 0.95 do not)', () => {
  assert.equal(checkValleyMomentum(0.8).passed, true);
  assert.equal(checkValleyMomentum(0).passed, false);
  assert.match(checkValleyMomentum(0.3).message, /too little/);
  assert.match(checkValleyMomentum(0.95).message, /too much/);
  assert.equal(checkValleyMomentum(1.5).passed, false);
});
