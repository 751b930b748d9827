/** `losses.get` and the registry: Keras' identifiers (keras/src/losses/__init__.py, ALL_OBJECTS_DICT + legacy aliases). */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { losses, setup } from '../../src';

before(async () => {
  await setup({ backend: 'cpu', verbose: false });
});

test('Keras string identifiers give the function form', () => {
  const cases: [string, unknown][] = [
    ['mse', losses.meanSquaredError], ['MSE', losses.meanSquaredError], ['mean_squared_error', losses.meanSquaredError],
    ['mae', losses.meanAbsoluteError], ['mape', losses.meanAbsolutePercentageError], ['msle', losses.meanSquaredLogarithmicError],
    ['kld', losses.klDivergence], ['KLD', losses.klDivergence], ['kl_divergence', losses.klDivergence],
    ['kullback_leibler_divergence', losses.klDivergence], ['bce', losses.binaryCrossentropy],
    ['binary_crossentropy', losses.binaryCrossentropy], ['huber', losses.huber], ['log_cosh', losses.logCosh],
    ['logcosh', losses.logCosh], ['cosine_similarity', losses.cosineSimilarity], ['poisson', losses.poisson],
    ['sparse_categorical_crossentropy', losses.sparseCategoricalCrossentropy], ['categorical_hinge', losses.categoricalHinge],
    ['binary_focal_crossentropy', losses.binaryFocalCrossentropy], ['squared_hinge', losses.squaredHinge],
    ['meanSquaredError', losses.meanSquaredError], ['weighted_binary_crossentropy', losses.weightedBinaryCrossentropy],
    ['dice', losses.dice], ['tversky', losses.tversky], ['circle', losses.circle], ['ctc', losses.ctc],
    ['categorical_generalized_cross_entropy', losses.categoricalGeneralizedCrossEntropy], ['wasserstein', losses.wasserstein],
  ];
  for (const [id, fn] of cases) assert.equal(losses.get(id), fn, id);
});

test('class names give a fresh instance; functions and instances pass through', () => {
  for (const entry of losses.REGISTRY) {
    const a = losses.get(entry.className);
    assert.ok(a instanceof entry.cls, entry.className);
    assert.notEqual(a, losses.get(entry.className));
  }
  assert.ok(losses.get('KLDivergence') instanceof losses.KLDivergence);
  assert.ok(losses.get('CTC') instanceof losses.CTC);
  assert.ok(losses.get('CategoricalGeneralizedCrossEntropy') instanceof losses.CategoricalGeneralizedCrossEntropy);
  assert.ok(losses.get('Wasserstein') instanceof losses.Wasserstein);
  const huber = new losses.Huber({ delta: 2 });
  assert.equal(losses.get(huber), huber);
  const custom = () => losses.meanSquaredError([[0]], [[1]]);
  assert.equal(losses.get(custom), custom);
});

test('the registry is one table: every identifier resolves to exactly one loss', () => {
  const ids = REGISTRY_IDS();
  assert.equal(new Set(ids).size, ids.length - countRepeats(), 'no identifier names two losses');
  assert.equal(losses.REGISTRY.length, 24);
});

/** Every identifier of every row, repeats kept (knownIdentifiers lists each once). */
const REGISTRY_IDS = () => losses.REGISTRY.flatMap((e) => [e.name, e.keras, e.className, ...e.aliases]);

/** Rows whose Keras name equals their camelCase name ('huber', 'hinge', 'poisson') list it twice. */
function countRepeats(): number {
  return losses.REGISTRY.filter((e) => e.name === e.keras).length;
}
