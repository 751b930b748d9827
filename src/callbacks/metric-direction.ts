/**
 * Which way is "better" for a monitored quantity: the `'auto'` mode of early stopping.
 *
 * Keras 3 (`keras/src/callbacks/monitor_callback.py`, `_set_monitor_op`) strips one `val_` prefix;
 * the name `loss` means minimise; any other name is looked up among the model's compiled metrics,
 * whose `_direction` is `'up'` (maximise) or `'down'` (minimise); a name it cannot find is an error.
 * Here there is no Keras model to ask, so the lookup is this table of Keras 3 metric names (with
 * their `_direction` as set in `keras/src/metrics/*.py`) and the names tfjs-layers writes in its logs.
 */

export type Direction = 'min' | 'max';

/** Metrics that get better as they grow (Keras `_direction = "up"`). */
const MAXIMISED: readonly string[] = [
  'acc', 'accuracy', 'binary_accuracy', 'categorical_accuracy', 'sparse_categorical_accuracy',
  'top_k_categorical_accuracy', 'sparse_top_k_categorical_accuracy',
  'precision', 'recall', 'auc', 'sensitivity_at_specificity', 'specificity_at_sensitivity',
  'precision_at_recall', 'recall_at_precision', 'fbeta_score', 'f1_score',
  'iou', 'io_u', 'binary_io_u', 'mean_io_u', 'one_hot_io_u', 'one_hot_mean_io_u',
  'pearson_correlation', 'concordance_correlation', 'cosine_similarity', 'r2_score',
];

/** Metrics that get better as they shrink (Keras `_direction = "down"`, and Keras' short names). */
const MINIMISED: readonly string[] = [
  'loss', 'mse', 'mae', 'mape', 'msle', 'bce',
  'mean_squared_error', 'mean_absolute_error', 'mean_absolute_percentage_error',
  'mean_squared_logarithmic_error', 'root_mean_squared_error', 'logcosh', 'log_cosh_error',
  'hinge', 'squared_hinge', 'categorical_hinge', 'kl_divergence', 'poisson',
  'binary_crossentropy', 'categorical_crossentropy', 'sparse_categorical_crossentropy',
  'binary_focal_crossentropy', 'categorical_focal_crossentropy',
];

const DIRECTIONS: ReadonlyMap<string, Direction> = new Map<string, Direction>([
  ...MAXIMISED.map((name): [string, Direction] => [name, 'max']),
  ...MINIMISED.map((name): [string, Direction] => [name, 'min']),
]);

/** `binaryAccuracy` → `binary_accuracy` (tfjs logs camelCase names, Keras snake_case). */
function toSnakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/**
 * The direction of improvement of a monitored quantity, as Keras 3's `mode='auto'` infers it.
 *
 * @param monitor a log key such as `'val_loss'`, `'acc'`, `'val_binaryAccuracy'`.
 * @returns `'min'` or `'max'`.
 * @throws when the name is not a known metric (Keras raises a `ValueError`); pass `mode` then.
 * @example
 * inferDirection('val_loss');     // 'min'
 * inferDirection('val_accuracy'); // 'max'
 */
export function inferDirection(monitor: string): Direction {
  const name = monitor.startsWith('val_') ? monitor.slice('val_'.length) : monitor;
  const direction = DIRECTIONS.get(name) ?? DIRECTIONS.get(toSnakeCase(name));
  if (direction === undefined) {
    throw new Error(
      `EarlyStopping: cannot infer whether monitor '${monitor}' should be minimised or maximised ` +
        `in mode 'auto'; pass mode: 'min' or mode: 'max'`,
    );
  }
  return direction;
}
