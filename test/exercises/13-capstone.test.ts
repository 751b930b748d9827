import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkLossChoice, checkScalerSplit, checkAccuracy } from '../../src/exercises/13-capstone';

test('13-1 loss choice passes sparse CE from logits under any of its identifiers, fails the rest', () => {
  assert.equal(checkLossChoice({ loss: 'sparse_categorical_crossentropy', fromLogits: true }).passed, true);
  assert.equal(checkLossChoice({ loss: 'SparseCategoricalCrossentropy', fromLogits: true }).passed, true);
  assert.match(checkLossChoice({ loss: 'sparse_categorical_crossentropy', fromLogits: false }).message, /logits/);
  assert.match(checkLossChoice({ loss: 'categorical_crossentropy', fromLogits: true }).message, /one-hot/);
  assert.equal(checkLossChoice({ loss: 'mse', fromLogits: true }).passed, false);
  assert.match(checkLossChoice({ loss: 'nonsense', fromLogits: true }).message, /not a loss/);
});

test('13-2 scaler split passes only the training split', () => {
  assert.equal(checkScalerSplit('train').passed, true);
  for (const wrong of ['all', 'test', 'validation', 'everything']) assert.equal(checkScalerSplit(wrong).passed, false);
});

test('13-3 accuracy passes the fraction, fails a count or a constant', () => {
  const right = (l: readonly number[], p: readonly number[]) => l.filter((v, i) => v === p[i]).length / l.length;
  const count = (l: readonly number[], p: readonly number[]) => l.filter((v, i) => v === p[i]).length;
  assert.equal(checkAccuracy(right).passed, true);
  assert.match(checkAccuracy(count).message, /divide/);
  assert.equal(checkAccuracy(() => 1).passed, false);
});

test('13-4 the seed loop: a right loop passes; sample std, variance and extra runs are named', async () => {
  const { checkSeedSpread } = await import('../../src/exercises/13-capstone');
  const right = (seeds: number[], score: (s: number) => number) => {
    const v = seeds.map(score);
    const mean = v.reduce((a, b) => a + b, 0) / v.length;
    return { mean, std: Math.sqrt(v.reduce((a, x) => a + (x - mean) ** 2, 0) / v.length) };
  };
  assert.equal(checkSeedSpread(right).passed, true);
  const sample = (seeds: number[], score: (s: number) => number) => {
    const v = seeds.map(score);
    const mean = v.reduce((a, b) => a + b, 0) / v.length;
    return { mean, std: Math.sqrt(v.reduce((a, x) => a + (x - mean) ** 2, 0) / (v.length - 1)) };
  };
  assert.match(checkSeedSpread(sample).message, /divide by n/);
  const variance = (seeds: number[], score: (s: number) => number) => { const r = right(seeds, score); return { mean: r.mean, std: r.std ** 2 }; };
  assert.match(checkSeedSpread(variance).message, /that is the variance/);
  const twice = (seeds: number[], score: (s: number) => number) => { seeds.forEach(score); return right(seeds, score); };
  assert.match(checkSeedSpread(twice).message, /run each seed exactly once/);
  assert.equal(checkSeedSpread(() => ({ mean: 0, std: 0 })).passed, false);
  assert.match(checkSeedSpread(() => { throw new Error('nope'); }).message, /threw an error: nope/);
});
