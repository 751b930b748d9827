/**
 * A dataset as tensors for a tfjs model.
 *
 * Features become a `Tensor2D` [n, numFeatures]. Targets become [n, 1] (regression, binary labels,
 * counts) or, with `oneHot`, [n, numClasses] (categorical cross-entropy).
 */
import * as tf from '@tensorflow/tfjs';
import { checkDataset, type Dataset } from './dataset';
import { extent } from './extent';

export interface DatasetTensors {
  x: tf.Tensor2D;
  y: tf.Tensor2D;
}

/**
 * @param data the dataset.
 * @param options `oneHot` (default false): one-hot targets over `classNames` (or max label + 1).
 * @returns `{ x, y }`, both owned by the caller (dispose them).
 * @example
 * const { x, y } = toTensors(data.iris(), { oneHot: true }); // x [150, 4], y [150, 3]
 */
export function toTensors(data: Pick<Dataset, 'x' | 'y' | 'classNames'>, options: { oneHot?: boolean } = {}): DatasetTensors {
  checkDataset('toTensors', data);
  return tf.tidy(() => {
    const x = tf.tensor2d(data.x, [data.x.length, data.x[0].length], 'float32');
    if (options.oneHot !== true) return { x, y: tf.tensor2d(data.y, [data.y.length, 1], 'float32') };
    const depth = data.classNames?.length ?? extent(data.y).max + 1;
    if (!data.y.every((label) => Number.isInteger(label) && label >= 0 && label < depth)) {
      throw new Error(`toTensors: oneHot needs integer labels in [0, ${depth}); got ${data.y.find((v) => !(Number.isInteger(v) && v >= 0 && v < depth))}`);
    }
    const y = tf.oneHot(tf.tensor1d(data.y, 'int32'), depth).toFloat() as tf.Tensor2D;
    return { x, y };
  });
}
