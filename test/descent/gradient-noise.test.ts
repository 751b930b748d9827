import { test } from 'node:test';
import assert from 'node:assert/strict';
import { descent, data } from '../../src';

const { gradientNoise, linearModel } = descent;

test('gradientNoise: hand-computed case with two examples', () => {
  // x = [[1], [3]], y = [0, 0], params (b, w) = (0, 1): per-example gradients 2 * yHat * [1, x] =
  // [2, 2] and [6, 18]; full gradient [4, 10]; sigma^2 = mean(|g_j - g|^2) = (4 + 64 + 4 + 64) / 2 = 68.
  // b = 1: spread^2 = 68 * (2 - 1) / (2 - 1) = 68 exactly, whichever example is drawn.
  const noise = gradientNoise(linearModel(), { x: [[1], [3]], y: [0, 0] }, [0, 1], 1, { samples: 10 });
  assert.deepEqual(noise.fullGradient, [4, 10]);
  assert.ok(Math.abs(noise.spread - Math.sqrt(68)) < 1e-12);
  assert.ok(Math.abs(noise.expectedSpread - Math.sqrt(68)) < 1e-12);
  assert.equal(gradientNoise(linearModel(), { x: [[1], [3]], y: [0, 0] }, [0, 1], 2).spread, 0); // the full batch
});

test('gradientNoise: sampled spread follows sigma / sqrt(b); four times the batch, half the noise', () => {
  const examples = data.linearWithNoise({ n: 400, seed: 3 });
  const spreads = [1, 4, 16].map((b) => gradientNoise(linearModel(), examples, [0, 0], b, { samples: 2000, seed: 5 }));
  spreads.forEach((s) => assert.ok(Math.abs(s.spread / s.expectedSpread - 1) < 0.1, `b=${s.batchSize}: ${s.spread} vs ${s.expectedSpread}`));
  assert.ok(Math.abs(spreads[0].expectedSpread / spreads[1].expectedSpread - 2) < 0.02);
  assert.throws(() => gradientNoise(linearModel(), examples, [0, 0], 0), /batchSize must be an integer in \[1, 400\]; got 0/);
});
