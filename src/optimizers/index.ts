/**
 * Optimizers: every Keras 3 optimizer as a readable update rule that is also a `tf.Optimizer`.
 *
 *   const opt = new optimizers.Adam({ learningRate: 0.01 });
 *   model.compile({ optimizer: opt, loss: 'meanSquaredError' });
 *   opt.getState(model.getWeights()[0] as tf.Variable) // { t, m, v }
 */
export { Optimizer } from './optimizer';
export type { OptimizerOptions, SlotTensors, Step, Update, Nested } from './optimizer';
export { SGD } from './sgd';
export type { SGDOptions, SGDSlots } from './sgd';
export { RMSprop } from './rmsprop';
export type { RMSpropOptions, RMSpropSlots } from './rmsprop';
export { Adagrad } from './adagrad';
export type { AdagradOptions, AdagradSlots } from './adagrad';
export { Adadelta } from './adadelta';
export type { AdadeltaOptions, AdadeltaSlots } from './adadelta';
export { Adam } from './adam';
export type { AdamOptions, AdamSlots } from './adam';
export { AdamW } from './adamw';
export { Adamax } from './adamax';
export type { AdamaxOptions, AdamaxSlots } from './adamax';
export { Nadam } from './nadam';
export type { NadamOptions, NadamSlots } from './nadam';
export { Lion } from './lion';
export type { LionOptions, LionSlots } from './lion';
export { Ftrl } from './ftrl';
export type { FtrlOptions, FtrlSlots } from './ftrl';
export { clipByNorm, clipByGlobalNorm, clipGradients } from './clipping';
export type { ClipOptions } from './clipping';
export type { NamedTensor, Gradients } from './gradients';
export { get, OPTIMIZERS, OPTIMIZER_ROWS } from './registry';
export { traceSteps } from './trace-steps';
export type { StepTrace } from './trace-steps';
export { compareOnModel } from './compare-on-model';
export type { CompareOnModelOptions, CompileLoss } from './compare-on-model';
export { tunedComparison, type TunedComparisonOptions, type TunedRow, type XY } from './tuned-comparison';
export type { OptimizerIdentifier, OptimizerClass, OptimizerRow } from './registry';
export * as schedules from './schedules';
