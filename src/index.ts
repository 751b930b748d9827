/**
 * losslab: how neural networks learn, in TypeScript.
 *
 * The course's library. Notebooks import it by its package name:
 *   import { setup, tf, losses, optimizers } from 'losslab';
 */
import * as tf from '@tensorflow/tfjs';

/** The TensorFlow.js namespace the library itself uses (one instance, shared with the notebooks). */
export { tf };
export * from './backend';
export * from './random';
export * as losses from './losses';
export * as optimizers from './optimizers';
export * as descent from './descent';
export * as data from './data';
export * as regularizers from './regularizers';
export * as callbacks from './callbacks';
export * as search from './search';
export * as plots from './plots';
export * as display from './display';
export * as exercises from './exercises';
export * as td from './td';
