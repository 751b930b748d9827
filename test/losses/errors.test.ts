/** Bad input: each error names the loss, what it expected and what it got. */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { losses, setup } from '../../src';

before(async () => {
  await setup({ backend: 'cpu', verbose: false });
});

const throwsWith = (fn: () => unknown, ...parts: (string | RegExp)[]) => {
  assert.throws(fn, (error: Error) => {
    for (const part of parts) {
      const ok = typeof part === 'string' ? error.message.includes(part) : part.test(error.message);
      assert.ok(ok, `message "${error.message}" lacks ${String(part)}`);
    }
    return true;
  });
};

test('shape mismatch names the loss and both shapes, for every element-wise loss', () => {
  const notElementwise = ['sparseCategoricalCrossentropy', 'categoricalGeneralizedCrossEntropy', 'circle', 'ctc'];
  const elementwise = losses.REGISTRY.filter((e) => !notElementwise.includes(e.name));
  for (const entry of elementwise) {
    throwsWith(
      () => entry.fn([[0, 1, 0], [1, 0, 0]], [[0.2, 0.3, 0.5, 0], [0.1, 0.1, 0.4, 0.4]]),
      `${entry.name}: yTrue and yPred must have the same shape; got [2,3] and [2,4]`,
    );
  }
});

test('a scalar is the wrong rank', () => {
  throwsWith(() => losses.meanSquaredError(1, 2), 'meanSquaredError: yPred must have rank >= 1', 'got a scalar');
  throwsWith(() => losses.sparseCategoricalCrossentropy(1, 0.5), 'sparseCategoricalCrossentropy: yPred must have rank >= 1');
});

test('sparse labels: wrong shape, non-integer, out of range', () => {
  throwsWith(() => losses.sparseCategoricalCrossentropy([[0, 1]], [[0.5, 0.5], [0.2, 0.8]]), 'sparseCategoricalCrossentropy: yTrue must hold one integer label per sample, shape [2]', 'got [1,2]');
  throwsWith(() => losses.sparseCategoricalCrossentropy([0.5, 1], [[0.5, 0.5], [0.2, 0.8]]), 'must hold integer class indices', 'got 0.5');
  throwsWith(() => losses.sparseCategoricalCrossentropy([0, 2], [[0.5, 0.5], [0.2, 0.8]]), 'labels must be in [0, 1] (yPred has 2 classes)', 'got 2');
  throwsWith(() => losses.sparseCategoricalCrossentropy([0, -1], [[0.5, 0.5], [0.2, 0.8]]), 'got -1');
  assert.doesNotThrow(() => losses.sparseCategoricalCrossentropy([0, -1], [[0.5, 0.5], [0.2, 0.8]], { ignoreClass: -1 }).dispose());
});

test('probabilities outside [0, 1] are refused where probabilities are required', () => {
  const probabilityLosses = [
    'binaryCrossentropy', 'binaryFocalCrossentropy', 'weightedBinaryCrossentropy', 'klDivergence',
  ];
  for (const name of probabilityLosses) {
    const fn = losses.REGISTRY.find((e) => e.name === name)!.fn;
    throwsWith(() => fn([[0, 1]], [[1.5, -0.5]]), `${name}: yPred`, 'must lie in [0, 1]', 'got values in [-0.5, 1.5]');
  }
  // The categorical family rescales any non-negative scores (Keras), so only negative ones are refused.
  for (const name of ['categoricalCrossentropy', 'categoricalFocalCrossentropy']) {
    const fn = losses.REGISTRY.find((e) => e.name === name)!.fn;
    throwsWith(() => fn([[0, 1]], [[1.5, -0.5]]), `${name}: yPred (non-negative scores`, 'must be finite and >= 0', 'got values in [-0.5, 1.5]');
  }
  throwsWith(() => losses.binaryCrossentropy([[2, 0]], [[0.5, 0.5]]), 'binaryCrossentropy: yTrue (labels) must lie in [0, 1]', 'got values in [0, 2]');
  throwsWith(() => losses.sparseCategoricalCrossentropy([0], [[1.2, -0.2]]), 'sparseCategoricalCrossentropy: yPred', 'must lie in [0, 1]');
  throwsWith(() => losses.poisson([[1]], [[-1]]), 'poisson: yPred (a rate)', 'got values in [-1, -1]');
  throwsWith(() => losses.hinge([[2]], [[1]]), 'hinge: yTrue (labels -1/+1, or 0/1) must lie in [-1, 1]');
});

test('logits are not range-checked, and validate: false skips value checks', () => {
  assert.doesNotThrow(() => losses.binaryCrossentropy([[0, 1]], [[5, -3]], { fromLogits: true }).dispose());
  assert.doesNotThrow(() => losses.binaryCrossentropy([[0, 1]], [[1.5, -0.5]], { validate: false }).dispose());
  assert.doesNotThrow(() => new losses.BinaryCrossentropy({ validate: false }).call([[0, 1]], [[1.5, 0.5]]).dispose());
});

test('unknown identifiers, reductions and options name what was expected', () => {
  throwsWith(() => losses.get('mean_squared_errr'), "losses.get: unknown loss identifier 'mean_squared_errr'", 'expected one of', 'mse');
  throwsWith(() => losses.forCompile('nope'), "unknown loss identifier 'nope'");
  // @ts-expect-error an invalid reduction
  throwsWith(() => new losses.MeanSquaredError({ reduction: 'avg' }), "mean_squared_error: reduction must be one of 'sum_over_batch_size'", "got 'avg'");
  throwsWith(() => losses.huber([[0]], [[1]], { delta: 0 }), 'huber: delta must be a finite number > 0; got 0');
  throwsWith(() => losses.binaryCrossentropy([[0]], [[0.5]], { labelSmoothing: 2 }), 'binaryCrossentropy: labelSmoothing must be a number in [0, 1]; got 2');
  throwsWith(() => losses.categoricalCrossentropy([[0, 1]], [[0.5, 0.5]], { axis: 2 }), 'categoricalCrossentropy: axis must be an integer in [-2, 1] for rank 2; got 2');
  throwsWith(() => losses.categoricalFocalCrossentropy([[0, 1]], [[0.5, 0.5]], { alpha: [1, 2, 3] }), 'alpha must have one weight per class (2); got 3');
});

test('sample weights of an impossible shape name both shapes', () => {
  throwsWith(
    () => new losses.MeanSquaredError().call([[1, 2], [3, 4]], [[1, 2], [3, 5]], [1, 2, 3]),
    'mean_squared_error: sampleWeight must be a scalar, [batch], [batch, 1]', 'shape [2]', 'got shape [3]',
  );
});
