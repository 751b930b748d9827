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
