/**
 * Identifier lookups read own keys only (a name such as 'constructor', '__proto__' or 'toString'
 * is an unknown name, never the object prototype), and an unknown name gets the nearest known
 * names ("did you mean ...?") with each name listed once. Issue 12.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { losses, optimizers, plots, search, setup, tf } from '../../src';
import { deserializeLearningRate } from '../../src/optimizers/schedules/registry';
import { didYouMean, nearestNames, ownValue } from '../../src/identifiers';

before(async () => {
  await setup({ backend: 'cpu', verbose: false });
});

const PROTOTYPE_KEYS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

const message = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  return assert.fail('no error thrown');
};

test('ownValue reads own keys only', () => {
  const table = { adam: 1 };
  assert.equal(ownValue(table, 'adam'), 1);
  for (const key of PROTOTYPE_KEYS) assert.equal(ownValue(table, key), undefined, key);
});

test('nearestNames: closest first, each once, none when nothing is close', () => {
  assert.deepEqual(nearestNames('mean_sqared_error', ['mse', 'mean_squared_error', 'mean_squared_error', 'mean_absolute_error']), ['mean_squared_error']);
  // adam and adamw are 1 edit away, adamax and nadam 2; ties keep the table's order
  assert.deepEqual(nearestNames('adamm', ['sgd', 'adam', 'adamw', 'adamax', 'nadam']), ['adam', 'adamw', 'adamax']);
  assert.deepEqual(nearestNames('ADAM', ['adam']), ['adam']);
  assert.deepEqual(nearestNames('constructor', ['sgd', 'adam']), []);
  assert.equal(didYouMean('adamm', ['adam', 'sgd']), " (did you mean 'adam'?)");
  assert.equal(didYouMean('zzz', ['adam']), '');
});

test('optimizers.get refuses prototype keys with the unknown-name error', () => {
  for (const key of PROTOTYPE_KEYS) {
    assert.match(message(() => optimizers.get(key)), new RegExp(`^optimizers\\.get: unknown optimizer '${key}'; expected one of 'sgd', `), key);
  }
});

test('an unknown optimizer name suggests the nearest ones and lists each name once', () => {
  const text = message(() => optimizers.get('adamm'));
  assert.match(text, /^optimizers\.get: unknown optimizer 'adamm' \(did you mean 'adam', 'adamw' or 'adamax'\?\); expected one of /);
  const listed: string[] = text.slice(text.indexOf('expected one of')).match(/'[^']+'/g) ?? [];
  assert.equal(new Set(listed).size, listed.length, 'no name twice');
  assert.equal(listed.length, 10);
});

test('losses.get, forCompile, catalogueEntry, lossShape and lossColour refuse prototype keys', () => {
  for (const key of PROTOTYPE_KEYS) {
    assert.match(message(() => losses.get(key)), new RegExp(`^losses\\.get: unknown loss identifier '${key}'`), key);
    assert.match(message(() => losses.forCompile(key)), /unknown loss identifier/, key);
    assert.match(message(() => losses.catalogueEntry(key)), /catalogueEntry: unknown loss/, key);
    assert.match(message(() => losses.lossShape('mse', { variable: key as 'error' })), /lossShape: meanSquaredError has no '.*' curve/, key);
    assert.match(losses.lossColour(key), /^#[0-9a-f]{6}$/i, key);
    assert.match(plots.colourFor(key), /^#[0-9a-f]{6}$/i, key);
  }
});

test("an unknown loss name gets \"did you mean 'mean_squared_error'?\" and each known name once", () => {
  const text = message(() => losses.get('mean_sqared_error'));
  assert.match(text, /^losses\.get: unknown loss identifier 'mean_sqared_error' \(did you mean 'mean_squared_error'/);
  const listed: string[] = text.slice(text.indexOf('known losses: ')).match(/'[^']+'/g) ?? [];
  assert.equal(new Set(listed).size, listed.length, 'no name twice');
  assert.ok(listed.includes("'huber'") && listed.includes("'ctc'"));
  const ids = losses.knownIdentifiers();
  assert.equal(new Set(ids).size, ids.length, 'knownIdentifiers lists each identifier once');
});

test('schedules: a serialised className naming a prototype key is refused', () => {
  for (const key of PROTOTYPE_KEYS) {
    assert.match(message(() => deserializeLearningRate({ className: key, config: {} })), /className one of ExponentialDecay/, key);
  }
});

test('search: a prototype key is an unknown hyperparameter, optimizer or score', async () => {
  const data = { x: tf.tensor2d([[0], [1], [2], [3]]), y: tf.tensor2d([[0], [1], [2], [3]]) };
  const run = (space: search.GridSpace) => search.gridSearch({ space, data, train: search.modelTrainer(), seed: 1 });
  await assert.rejects(run(JSON.parse('{"constructor": [1]}')), /unknown hyperparameter 'constructor'/);
  await assert.rejects(run(JSON.parse('{"__proto__": [1]}')), /unknown hyperparameter '__proto__'/);
  await assert.rejects(run({ optimizer: ['constructor'] }), /unknown optimizer 'constructor'/);
  await assert.rejects(run({ optimizer: ['toString'] }), /unknown optimizer 'toString'/);
  assert.throws(() => search.modelTrainer({ score: 'constructor' }), /unknown score 'constructor'/);
  tf.dispose([data.x, data.y]);
});
