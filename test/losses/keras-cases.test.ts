/**
 * (1) Every Keras 3 loss case of `test/fixtures/keras_cases.json` (transcribed from Keras'
 * `losses_test.py` and docstrings, each with its source line) for the losses of this library,
 * with the tolerance of the upstream assertion. Every case runs: the set covers all of Keras 3's
 * losses (Dice, Tversky, Circle, CTC and generalized cross-entropy included).
 */
import { before, test } from 'node:test';
import { losses, setup } from '../../src';
import { lookup } from '../../src/losses/registry';
import { assertClose, flat, loadCases, toleranceFor, type FixtureCase } from './helpers';

const camel = (key: string): string => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** Keras kwargs (snake_case, `reduction: None`) -> our options (camelCase, `reduction: null`). */
function toOptions(args: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(args).map(([k, v]) => [camel(k), v]));
}

/** The docstrings of `huber` and `log_cosh` print the batch mean of the function's per-sample output. */
const PRINTS_MEAN = new Set(['keras3/loss/069', 'keras3/loss/075']);

function evaluate(c: FixtureCase): number[] {
  const found = lookup(c.name);
  if (found === undefined) throw new Error(`no loss for ${c.name}`);
  // Inputs beyond the pair and the weights are the function's keyword arguments (circle's ref_labels ...).
  const { y_true: yTrue, y_pred: yPred, sample_weight: sampleWeight, ...extra } = c.inputs as Record<string, never>;
  if (found.kind === 'class') {
    const loss = new found.entry.cls(toOptions(c.args));
    const out = loss.call(yTrue, yPred, sampleWeight);
    const values = flat(out);
    out.dispose();
    return values;
  }
  const out = found.entry.fn(yTrue, yPred, toOptions({ ...c.args, ...extra }));
  const values = flat(out);
  out.dispose();
  return PRINTS_MEAN.has(c.id) ? [values.reduce((s, v) => s + v, 0) / values.length] : values;
}

before(async () => {
  await setup({ backend: 'cpu', verbose: false });
});

for (const c of loadCases('keras3')) {
  const title = `${c.id} ${c.name} ${JSON.stringify(c.args)} (${c.source.split(':').pop()})`;
  test(title, () => {
    assertClose(evaluate(c), c.expected, (e) => toleranceFor(c, e), c.id);
  });
}

test('the fixture cases cover every Keras loss of the set', () => {
  const covered = new Set(loadCases('keras3').map((c) => lookup(c.name)?.entry.name).filter(Boolean));
  const notKeras = new Set(['weightedBinaryCrossentropy', 'wasserstein']);
  const missing = losses.REGISTRY.map((e) => e.name).filter((n) => !covered.has(n) && !notKeras.has(n));
  if (missing.length > 0) throw new Error(`no Keras fixture for ${missing.join(', ')}`);
});
