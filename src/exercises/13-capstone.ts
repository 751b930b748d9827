/**
 * Exercise checks of lesson 13 (the capstone): choosing the loss for the task, fitting the scaler
 * on the right split, and reading accuracy off predictions.
 */
import { lookup } from '../losses/registry';
import { attempt, checkAll, isClose, type Verdict } from './check';

/** 13-1: the loss for integer class labels and a model that outputs logits. */
export function checkLossChoice(choice: { loss: string; fromLogits: boolean }): Verdict {
  const found = lookup(choice.loss);
  const name = found?.entry.name;
  return checkAll(
    '13-1',
    [
      [found !== undefined, `'${choice.loss}' is not a loss the library knows (try a Keras identifier such as 'mse')`],
      [name !== 'categoricalCrossentropy', 'categorical cross-entropy wants one-hot labels; the Iris labels are the integers 0, 1, 2'],
      [name === 'sparseCategoricalCrossentropy', `${name} is not made for one class out of three given as an integer label`],
      [choice.fromLogits, 'the last layer has no softmax: its outputs are logits, so say fromLogits: true'],
    ],
    'sparse categorical cross-entropy from logits: integer labels, one class each, stable logits',
  );
}

/** 13-2: which split the z-score statistics are fitted on. */
export function checkScalerSplit(split: string): Verdict {
  const why: Record<string, string> = {
    all: 'fitting on all the data lets the test flowers shape the scaling: information leaks from the test set',
    test: 'the test split is looked at once, at the end; fitting anything on it leaks it into training',
    validation: 'the validation split judges the model; the scaler must come from the data the model learns from',
  };
  return checkAll('13-2', [[split === 'train', why[split] ?? `'${split}' is not one of 'train', 'validation', 'test', 'all'`]],
    'fit on the training split, then apply the same mean and deviation everywhere');
}

/** 13-3: accuracy = the fraction of examples whose predicted class equals the label. */
export function checkAccuracy(accuracy: (labels: readonly number[], predicted: readonly number[]) => number): Verdict {
  const cases: Array<[number[], number[], number]> = [[[0, 1, 2, 2], [0, 1, 1, 2], 0.75], [[1, 1], [0, 0], 0], [[2], [2], 1]];
  const run = attempt('13-3', () => cases.map(([labels, predicted]) => accuracy(labels, predicted)));
  if (!run.ok) return run.verdict;
  return checkAll(
    '13-3',
    cases.map(([labels, predicted, expected], i) => {
      const hint = isClose(run.value[i], expected * labels.length) ? ' (a count: divide by the number of examples)' : '';
      return [isClose(run.value[i], expected), `labels [${labels}] and predictions [${predicted}] give ${expected}; yours gives ${run.value[i]}${hint}`] as const;
    }),
    'the fraction of matching classes',
  );
}
