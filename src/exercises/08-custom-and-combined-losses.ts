/**
 * Exercise checks of lesson 08 (custom and combined losses): a custom tfjs loss, the TD error,
 * choosing a loss from the catalogue.
 */
import * as tf from '@tensorflow/tfjs';
import { catalogueEntry } from '../losses/catalogue';
import { attempt, checkAll, isClose, type Verdict } from './check';

type TfjsLoss = (yTrue: tf.Tensor, yPred: tf.Tensor) => tf.Tensor;
type TdError = (reward: number, vState: number, vNext: number, gamma: number, terminal: boolean) => number;

const sameNumbers = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((v, i) => isClose(v, b[i]));

/** 08-1: squared error where under-prediction (ŷ < y) costs 4 times more, averaged over the last axis. */
export function checkAsymmetricLoss(loss: TfjsLoss): Verdict {
  // [1] vs [0]: under by 1 -> 4. [1] vs [2]: over by 1 -> 1. [0] vs [0]: 0. Two columns [0,0] vs [-1, 1]: (4 + 1)/2 = 2.5.
  const run = attempt('08-1', () => tf.tidy(() => {
    const one = loss(tf.tensor2d([[1], [1], [0]]), tf.tensor2d([[0], [2], [0]]));
    const two = loss(tf.tensor2d([[0, 0]]), tf.tensor2d([[-1, 1]]));
    return { shapes: [one.shape, two.shape], one: Array.from(one.dataSync()), two: Array.from(two.dataSync()) };
  }));
  if (!run.ok) return run.verdict;
  const { shapes, one, two } = run.value;
  return checkAll(
    '08-1',
    [
      [shapes[0].length === 1 && shapes[0][0] === 3, `return one value per sample, shape [3] for 3 samples; yours has shape [${shapes[0]}] (take the mean over the last axis)`],
      [!sameNumbers(one, [1, 4, 0]), 'you charged over-prediction 4 times: it is under-prediction (ŷ < y) that costs more'],
      [sameNumbers(one, [4, 1, 0]), `for y = [1, 1, 0] and ŷ = [0, 2, 0] the losses are [4, 1, 0]; yours are [${one.map((v) => +v.toFixed(4))}]`],
      [sameNumbers(two, [2.5]), `for y = [0, 0] and ŷ = [-1, 1] the loss is (4 + 1)/2 = 2.5; yours is [${two.map((v) => +v.toFixed(4))}]`],
    ],
    'a per-sample loss built from tensor ops: losses.compile (or model.compile) takes it as it is',
  );
}

/** 08-2: the TD error r + γ V(s') - V(s), with V(terminal) = 0. */
export function checkTdError(tdError: TdError): Verdict {
  // (0, 0.5, 0.6, 0.9): 0.54 - 0.5 = 0.04. Terminal (1, 0.7, 0.4, 0.9): 1 - 0.7 = 0.3. (0, 0.2, 0.3, 1): 0.1.
  const cases: Array<[number, number, number, number, boolean, number]> = [[0, 0.5, 0.6, 0.9, false, 0.04], [1, 0.7, 0.4, 0.9, true, 0.3], [0, 0.2, 0.3, 1, false, 0.1]];
  const run = attempt('08-2', () => cases.map(([r, v, vNext, g, done]) => tdError(r, v, vNext, g, done)));
  if (!run.ok) return run.verdict;
  return checkAll(
    '08-2',
    [
      [!run.value.every((v, i) => isClose(v, -cases[i][5])), 'your sign is flipped: δ = target - V(s), positive when things went better than expected'],
      [!isClose(run.value[1], 0.66), 'after a terminal step there is no future: use V(terminal) = 0, not vNext'],
      ...cases.map(([r, v, vNext, g, done, expected], i) =>
        [isClose(run.value[i], expected), `with r=${r}, V(s)=${v}, V(s')=${vNext}, γ=${g}, terminal=${done} the TD error is ${expected}; yours is ${run.value[i]}`] as const),
    ],
    'δ = r + γV(s\') - V(s), and the future is worth 0 after a terminal step',
  );
}

export interface LossChoices {
  /** Events per hour predicted from features. */
  counts: string;
  /** One of 10 classes, labels given as integers 0..9. */
  integerLabels: string;
  /** Embeddings whose direction matters, not their length. */
  embeddings: string;
}

const EXPECTED: Record<keyof LossChoices, { name: string; why: string }> = {
  counts: { name: 'poisson', why: 'counts of events call for a loss whose minimum is the mean rate' },
  integerLabels: { name: 'sparseCategoricalCrossentropy', why: 'integer labels go straight into the sparse form (no one-hot)' },
  embeddings: { name: 'cosineSimilarity', why: 'only the direction should count' },
};

function entryName(id: unknown): string | undefined {
  if (typeof id !== 'string') return undefined;
  try {
    return catalogueEntry(id).name;
  } catch {
    return undefined;
  }
}

/** 08-3: a loss identifier (any `losses.get` spelling) for each task. */
export function checkLossChoices(choices: LossChoices): Verdict {
  const keys = Object.keys(EXPECTED) as (keyof LossChoices)[];
  const given = keys.map((k) => [k, choices?.[k], entryName(choices?.[k])] as const);
  return checkAll(
    '08-3',
    given.flatMap(([k, raw, name]) => [
      [name !== undefined, `${k}: '${String(raw)}' is not a loss the library knows; look in losses.CATALOGUE`] as const,
      [!(k === 'integerLabels' && name === 'categoricalCrossentropy'), 'integerLabels: categorical cross-entropy wants one-hot labels; which form takes integers?'] as const,
      [name === EXPECTED[k].name, `${k}: ${name} is not the best fit; ${EXPECTED[k].why}`] as const,
    ]),
    'Poisson for counts, sparse categorical cross-entropy for integer labels, cosine similarity for directions',
  );
}

type Features = (signal: tf.Tensor) => tf.Tensor;
type PerceptualLoss = (features: Features) => TfjsLoss;

/**
 * 08-4: a perceptual loss, the mean squared difference of the features a fixed function sees, one value
 * per sample. Checked with feature functions the learner has not seen, worked out by hand:
 * - φ(x) = 2x: y = [1, 2], ŷ = [0, 0] -> ((2 - 0)² + (4 - 0)²) / 2 = 10 (four times the pixel MSE 2.5);
 * - φ(x) = |x|: y = [1, -2], ŷ = [-1, 2] -> 0 (blind to the sign, though the pixel MSE is 10);
 * - φ(x) = adjacent differences x[t+1] - x[t]: y = [0, 1, 1], ŷ = [1, 2, 2] (shifted up by 1) -> 0;
 *   y = [0, 0, 0], ŷ = [0, 3, 0] -> differences [3, -3]: (9 + 9) / 2 = 9.
 */
export function checkPerceptualLoss(perceptual: PerceptualLoss): Verdict {
  const double: Features = (x) => tf.mul(x, 2);
  const magnitude: Features = (x) => tf.abs(x);
  const steps: Features = (x) => tf.sub(tf.slice(x, [0, 1], [-1, -1]), tf.slice(x, [0, 0], [-1, x.shape[1]! - 1]));
  const run = attempt('08-4', () => tf.tidy(() => [
    perceptual(double)(tf.tensor2d([[1, 2]]), tf.tensor2d([[0, 0]])),
    perceptual(magnitude)(tf.tensor2d([[1, -2]]), tf.tensor2d([[-1, 2]])),
    perceptual(steps)(tf.tensor2d([[0, 1, 1], [0, 0, 0]]), tf.tensor2d([[1, 2, 2], [0, 3, 0]])),
  ].map((t) => ({ shape: t.shape, values: Array.from(t.dataSync()) }))));
  if (!run.ok) return run.verdict;
  const [a, b, c] = run.value;
  const show = (v: number[]) => `[${v.map((x) => +x.toFixed(4))}]`;
  return checkAll('08-4', [
    [c.shape.length === 1 && c.shape[0] === 2, `return one value per sample: shape [2] for 2 samples; yours has shape [${c.shape}] (average the squared feature differences over every axis but the first)`],
    [!sameNumbers(a.values, [2.5]), 'that is the pixel MSE: pass yTrue and yPred through features first, then compare the features'],
    [!sameNumbers(a.values, [20]), 'that is the sum of the squared feature differences; take their mean'],
    [sameNumbers(a.values, [10]), `with features 2x, y = [1, 2] and ŷ = [0, 0] the loss is ((2 − 0)² + (4 − 0)²)/2 = 10; yours is ${show(a.values)}`],
    [sameNumbers(b.values, [0]), `with features |x|, y = [1, −2] and ŷ = [−1, 2] look the same: the loss is 0; yours is ${show(b.values)}`],
    [sameNumbers(c.values, [0, 9]), `with features x[t+1] − x[t] the losses are [0, 9] (a shift up is invisible, a spike is not); yours are ${show(c.values)}`],
  ], 'the loss compares what the fixed features see: a sign flip under |x| or a constant shift under differences costs nothing');
}
