/**
 * The tensors a search hands to `train`, as plain arrays: for train functions built on the
 * hand-written loops of `src/descent`, which take `{ x: number[][], y: number[] }`.
 */
import type { TensorData } from './search';

/**
 * `{ x: Tensor2D [n, f], y: Tensor [n] or [n, 1] }` → `{ x: number[n][f], y: number[n] }`.
 * @example const { x, y } = search.toArrays(trainData);
 */
export function toArrays(data: TensorData): { x: number[][]; y: number[] } {
  if (data.x.rank !== 2) throw new Error(`toArrays: x must be 2-D [examples, features]; got shape [${data.x.shape}]`);
  const width = data.y.rank === 1 ? 1 : data.y.shape[1];
  if (data.y.rank > 2 || width !== 1) throw new Error(`toArrays: y must have one target per example; got shape [${data.y.shape}]`);
  return { x: data.x.arraySync() as number[][], y: Array.from(data.y.dataSync()) };
}
