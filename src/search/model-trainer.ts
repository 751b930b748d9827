/**
 * A ready-made `train` function for a search: from a configuration it builds a small dense
 * tfjs-layers model, compiles it with the named optimizer and loss, fits it and scores it on the
 * validation data. Names come from the library's registries (`optimizers.OPTIMIZERS`,
 * `losses.forCompile`), so `'adam'`, `'sgd'`, `'mse'`, `'huber'`, ... all work.
 *
 * Configuration keys (any may be searched; the others take the defaults):
 * `learningRate` (0.01), `optimizer` ('adam'), `batchSize` (32), `loss` ('mse'), `epochs` (20),
 * `units` (hidden units; 0 = no hidden layer), `activation` ('relu'), `l1` and `l2` (weight
 * penalties on every kernel, 0).
 */
import * as tf from '@tensorflow/tfjs';
import { ownValue } from '../identifiers';
import { OPTIMIZERS } from '../optimizers';
import { forCompile } from '../losses';
import { fitModel } from '../training';
import { lookup } from '../losses/registry';
import type { TensorData, Trainer } from './search';
import type { SearchConfig } from './space';
import { atLeast, positive } from '../validate';

export interface ModelTrainerOptions {
  /** Defaults for keys the search does not vary, e.g. `{ epochs: 30, units: 8 }`. */
  defaults?: SearchConfig;
  /** Activation of the output layer: 'linear' (regression, default), 'sigmoid', 'softmax'. */
  outputActivation?: 'linear' | 'sigmoid' | 'softmax';
  /**
   * What the score is: a loss name (lower is better; default 'mse'), or 'binaryAccuracy' /
   * 'categoricalAccuracy' (higher is better). Keep it fixed when the loss is searched: scores must
   * be on one scale to be compared.
   */
  score?: string;
}

const BASE: SearchConfig = { learningRate: 0.01, optimizer: 'adam', batchSize: 32, loss: 'mse', epochs: 20, units: 0, activation: 'relu', l1: 0, l2: 0 };
const ACCURACIES: Record<string, (yTrue: tf.Tensor, yPred: tf.Tensor) => tf.Tensor> = {
  binaryAccuracy: tf.metrics.binaryAccuracy,
  categoricalAccuracy: tf.metrics.categoricalAccuracy,
};

/** Throws for a configuration that cannot be trained: unknown keys, optimizer or loss, bad numbers. */
function checkConfig(config: SearchConfig): void {
  const unknown = Object.keys(config).filter((k) => ownValue(BASE, k) === undefined);
  if (unknown.length > 0) {
    throw new Error(`modelTrainer: unknown hyperparameter '${unknown[0]}'; expected one of ${Object.keys(BASE).join(', ')}`);
  }
  const optimizer = String(config.optimizer).toLowerCase();
  if (ownValue(OPTIMIZERS, optimizer) === undefined) {
    throw new Error(`modelTrainer: unknown optimizer '${config.optimizer}'; expected one of ${Object.keys(OPTIMIZERS).join(', ')}`);
  }
  if (typeof config.loss !== 'string' || lookup(config.loss) === undefined) {
    throw new Error(`modelTrainer: unknown loss '${String(config.loss)}'; expected a losses identifier such as 'mse', 'mae', 'huber'`);
  }
  positive('modelTrainer', 'learningRate', config.learningRate as number);
  for (const [key, low] of [['batchSize', 1], ['epochs', 1], ['units', 0], ['l1', 0], ['l2', 0]] as const) {
    atLeast('modelTrainer', key, config[key] as number, low);
  }
}

function buildModel(config: SearchConfig, inputs: number, outputs: number, outputActivation: string): tf.LayersModel {
  const penalty = (config.l1 as number) > 0 || (config.l2 as number) > 0
    ? tf.regularizers.l1l2({ l1: config.l1 as number, l2: config.l2 as number })
    : undefined;
  const model = tf.sequential();
  const units = config.units as number;
  if (units > 0) {
    model.add(tf.layers.dense({ units, inputShape: [inputs], activation: config.activation as 'relu', kernelRegularizer: penalty }));
  }
  model.add(tf.layers.dense({
    units: outputs, activation: outputActivation as 'linear', kernelRegularizer: penalty,
    ...(units > 0 ? {} : { inputShape: [inputs] }),
  }));
  return model;
}

/** Mean score of the model's predictions on `val` (the metric, not the training loss with penalties). */
function scoreOn(model: tf.LayersModel, val: TensorData, score: string): number {
  return tf.tidy(() => {
    const yPred = model.predict(val.x) as tf.Tensor;
    const metric = ownValue(ACCURACIES, score) ?? forCompile(score, { validate: false });
    return metric(val.y, yPred).mean().dataSync()[0];
  });
}

/**
 * A `Trainer` for `gridSearch` / `randomSearch` that trains a small dense model per configuration.
 * @example
 * const train = search.modelTrainer({ defaults: { epochs: 30 } });
 * await search.gridSearch({ space: { learningRate: [0.01, 0.1], optimizer: ['sgd', 'adam'] }, data, train });
 */
export function modelTrainer(options: ModelTrainerOptions = {}): Trainer {
  const score = options.score ?? 'mse';
  if (ownValue(ACCURACIES, score) === undefined && lookup(score) === undefined) {
    throw new Error(`modelTrainer: unknown score '${score}'; expected a loss name or ${Object.keys(ACCURACIES).join(', ')}`);
  }
  const withDefaults = (config: SearchConfig): SearchConfig => ({ ...BASE, ...options.defaults, ...config });
  const train = async (config: SearchConfig, trainData: TensorData, valData: TensorData): Promise<number> => {
    const full = withDefaults(config);
    checkConfig(full);
    const [inputs, outputs] = [trainData.x.shape[1] ?? 1, trainData.y.shape[1] ?? 1];
    const model = buildModel(full, inputs, outputs, options.outputActivation ?? 'linear');
    const optimizer = new OPTIMIZERS[String(full.optimizer).toLowerCase()]({ learningRate: full.learningRate as number });
    const { result } = await fitModel({
      model, optimizer, loss: full.loss as string, x: trainData.x, y: trainData.y,
      epochs: full.epochs as number, batchSize: full.batchSize as number, shuffle: true, // tfjs' default, as before
      read: (trained) => scoreOn(trained, valData, score),
    });
    return result;
  };
  return Object.assign(train, {
    direction: (ownValue(ACCURACIES, score) !== undefined ? 'max' : 'min') as 'min' | 'max',
    check: (config: SearchConfig) => checkConfig(withDefaults(config)),
  });
}
