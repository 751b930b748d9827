/**
 * The heteroscedastic Gaussian negative log-likelihood: hand-derived values and slopes, SciPy's
 * `norm.logpdf` for the full form, central differences for the gradient, shapes and leaks.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { descent, losses, setup, tf } from '../../src';

before(async () => {
  await setup({ backend: 'cpu', verbose: false });
});

const close = (a: number, b: number, tol = 1e-6) => assert.ok(Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)), `${a} vs ${b}`);
const valuesOf = (t: tf.Tensor) => { const v = Array.from(t.dataSync()); t.dispose(); return v; };

test('gaussianNll: hand-derived values, ½(s + (y - μ)² e^(-s)) averaged over the targets', () => {
  // y = 3, μ = 1, σ² = 4: ½(ln 4 + 2²/4) = ½(1.3862944 + 1) = 1.1931472.
  // y = μ = 2, s = 0: ½(0 + 0) = 0.
  const [a, b] = valuesOf(losses.gaussianNll([[3], [2]], [[1, Math.log(4)], [2, 0]]));
  close(a, 1.1931472);
  close(b, 0);
  // Two targets: y = (1, 0), μ = (1, 2), s = (0, ln 2): terms 0 and ½(ln 2 + 4/2) = 1.3465736; mean 0.6732868.
  close(valuesOf(losses.gaussianNll([[1, 0]], [[1, 2, 0, Math.log(2)]]))[0], 0.6732868);
  // Targets given as [batch] meet predictions [batch, 2].
  close(valuesOf(losses.gaussianNll([3], [[1, Math.log(4)]]))[0], 1.1931472);
});

test('gaussianNll: full adds ½ log 2π and equals -log N(y; μ, σ²) (SciPy norm.logpdf)', () => {
  // scipy.stats.norm.logpdf(y, loc=mu, scale=exp(s/2)), negated (scipy 1.10.1):
  // (3, 1, ln 4) -> 2.112085713764618; (0.5, -0.25, -1) -> 1.1834552974587793; (2, 2, 0.7) -> 1.2689385332046725.
  const got = valuesOf(losses.gaussianNll([[3], [0.5], [2]], [[1, Math.log(4)], [-0.25, -1], [2, 0.7]], { full: true }));
  [2.112085713764618, 1.1834552974587793, 1.2689385332046725].forEach((expected, i) => close(got[i], expected, 1e-5));
});

test('gaussianNll: slopes in μ and s, hand-derived and by central differences', () => {
  // y = 0.5, μ = -0.25, s = -1: dℓ/dμ = -(0.75)e = -2.0387113; dℓ/ds = ½(1 - 0.5625 e) = -0.2645168.
  // y = 3, μ = 1, s = ln 4: dℓ/dμ = -2/4 = -0.5; dℓ/ds = ½(1 - 4/4) = 0 (the variance is right).
  const grads = tf.tidy(() => tf.grad((p: tf.Tensor) => losses.gaussianNll([[0.5], [3]], p).sum())(tf.tensor2d([[-0.25, -1], [1, Math.log(4)]])).arraySync()) as number[][];
  close(grads[0][0], -2.0387113);
  close(grads[0][1], -0.2645168);
  close(grads[1][0], -0.5);
  close(grads[1][1], 0);
  const f = ([mu1, mu2, s1, s2]: number[]) => tf.tidy(() => losses.gaussianNll([[1.5, -2]], [[mu1, mu2, s1, s2]]).dataSync()[0]);
  const g = (params: number[]) => tf.tidy(() => Array.from(tf.grad((p: tf.Tensor) => losses.gaussianNll([[1.5, -2]], p).sum())(tf.tensor2d([params])).dataSync()));
  const report = descent.checkGradient(f, g, [0.3, -1, 0.4, -0.6], { tolerance: 1e-3, epsilon: 1e-2 });
  assert.ok(report.ok, report.message);
});

test('gaussianNll: for a fixed error the best log-variance is log of the squared error', () => {
  // ½(s + e² e^(-s)) is smallest where 1 = e² e^(-s), s = ln e²: for e = 2, s = ln 4.
  const at = (s: number) => valuesOf(losses.gaussianNll([[3]], [[1, s]]))[0];
  assert.ok(at(Math.log(4)) < at(Math.log(4) - 0.05) && at(Math.log(4)) < at(Math.log(4) + 0.05));
});

test('gaussianNll: rejects predictions without a log-variance per target, naming both shapes', () => {
  assert.throws(() => losses.gaussianNll([[1]], [[1]]), /gaussianNll: yPred must hold a mean and a log-variance per target.*got yTrue \[1,1\] and yPred \[1,1\]/);
  assert.throws(() => losses.gaussianNll([[1], [2]], [[1, 0]]), /got yTrue \[2,1\] and yPred \[1,2\]/);
});

test('gaussianNll: trains through losses.compile, recovering a mean and a standard deviation', async () => {
  // Targets 1 + 2·noise-free pattern: y alternates 3 ± 2, so the best constant mean is 3 and σ² = 4.
  const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [1], units: 2, kernelInitializer: 'zeros' })] });
  losses.compile(model, { optimizer: tf.train.adam(0.1), loss: losses.gaussianNll });
  const x = tf.zeros([8, 1]);
  const y = tf.tensor2d([1, 5, 1, 5, 1, 5, 1, 5], [8, 1]);
  await model.fit(x, y, { epochs: 300, batchSize: 8, verbose: 0 });
  const bias = Array.from(model.getWeights()[1].dataSync());
  close(bias[0], 3, 1e-2);
  close(Math.exp(bias[1] / 2), 2, 1e-2);
  model.dispose();
  tf.dispose([x, y]);
});

test('gaussianNll leaks no tensors', () => {
  losses.gaussianNll([[1]], [[0, 0]]).dispose();
  const before = tf.memory().numTensors;
  for (let i = 0; i < 5; i++) {
    losses.gaussianNll([[1, 2]], [[0, 1, 0, 0.5]], { full: true }).dispose();
    assert.throws(() => losses.gaussianNll([[1]], [[1]]));
  }
  assert.equal(tf.memory().numTensors, before);
});
