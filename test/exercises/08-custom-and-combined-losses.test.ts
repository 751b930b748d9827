/** Each check of lesson 08 passes the right answer and fails wrong ones (tested both ways). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs';
import { checkAsymmetricLoss, checkTdError, checkLossChoices } from '../../src/exercises/08-custom-and-combined-losses';

test('08-1 asymmetric loss', () => {
  const right = (y: tf.Tensor, p: tf.Tensor) => tf.tidy(() => {
    const e = tf.sub(p, y);
    return tf.mean(tf.mul(tf.where(tf.less(e, 0), tf.fill(e.shape, 4), tf.onesLike(e)), tf.square(e)), -1);
  });
  const swapped = (y: tf.Tensor, p: tf.Tensor) => right(p, y);
  const noMean = (y: tf.Tensor, p: tf.Tensor) => tf.square(tf.sub(p, y));
  assert.equal(checkAsymmetricLoss(right).passed, true);
  assert.equal(checkAsymmetricLoss((y) => tf.zeros([y.shape[0]])).passed, false);
  assert.match(checkAsymmetricLoss(swapped).message, /under-prediction/);
  assert.match(checkAsymmetricLoss(noMean).message, /one value per sample/);
  assert.match(checkAsymmetricLoss(() => { throw new Error('bad'); }).message, /threw an error: bad/);
});

test('08-2 TD error', () => {
  const right = (r: number, v: number, vNext: number, g: number, done: boolean) => r + (done ? 0 : g * vNext) - v;
  assert.equal(checkTdError(right).passed, true);
  assert.equal(checkTdError(() => 0).passed, false);
  assert.match(checkTdError((r, v, vNext, g, done) => -right(r, v, vNext, g, done)).message, /sign is flipped/);
  assert.match(checkTdError((r, v, vNext, g) => r + g * vNext - v).message, /V\(terminal\) = 0/);
});

test('08-3 loss choices', () => {
  assert.equal(checkLossChoices({ counts: 'poisson', integerLabels: 'sparse_categorical_crossentropy', embeddings: 'cosine_similarity' }).passed, true);
  assert.equal(checkLossChoices({ counts: '', integerLabels: '', embeddings: '' }).passed, false);
  assert.match(checkLossChoices({ counts: 'poisson', integerLabels: 'categorical_crossentropy', embeddings: 'cosine_similarity' }).message, /one-hot/);
  assert.match(checkLossChoices({ counts: 'mse', integerLabels: 'sparse_categorical_crossentropy', embeddings: 'cosine_similarity' }).message, /counts: meanSquaredError is not the best fit/);
  assert.match(checkLossChoices({ counts: 'nope', integerLabels: '', embeddings: '' }).message, /'nope' is not a loss the library knows/);
});

test('08-4 perceptual loss: right code passes, pixel-space, summed and unreduced answers get their own hint', async () => {
  const { checkPerceptualLoss } = await import('../../src/exercises/08-custom-and-combined-losses');
  type F = (x: tf.Tensor) => tf.Tensor;
  const meanOverFeatures = (d: tf.Tensor) => tf.mean(tf.reshape(tf.square(d), [d.shape[0], -1]), 1);
  const right = (features: F) => (y: tf.Tensor, p: tf.Tensor) => tf.tidy(() => meanOverFeatures(tf.sub(features(y), features(p))));
  assert.equal(checkPerceptualLoss(right).passed, true);
  assert.match(String(checkPerceptualLoss(right)), /^✅ Correct \(exercise 08-4\)/);
  // The shipped placeholder: zeros, one per sample.
  assert.match(checkPerceptualLoss(() => (y) => tf.zeros([y.shape[0]])).message, /the loss is \(\(2 − 0\)² \+ \(4 − 0\)²\)\/2 = 10; yours is \[0\]/);
  const pixel = () => (y: tf.Tensor, p: tf.Tensor) => tf.tidy(() => meanOverFeatures(tf.sub(y, p)));
  assert.match(checkPerceptualLoss(pixel).message, /pixel MSE/);
  const summed = (features: F) => (y: tf.Tensor, p: tf.Tensor) => tf.tidy(() => tf.sum(tf.reshape(tf.square(tf.sub(features(y), features(p))), [y.shape[0], -1]), 1));
  assert.match(checkPerceptualLoss(summed).message, /sum of the squared/);
  const unreduced = (features: F) => (y: tf.Tensor, p: tf.Tensor) => tf.tidy(() => tf.square(tf.sub(features(y), features(p))));
  assert.match(checkPerceptualLoss(unreduced).message, /one value per sample/);
  assert.match(checkPerceptualLoss(() => { throw new Error('nope'); }).message, /threw an error: nope/);
});
