export { linearModel, parametricModel, type ParametricModel, type ParametricModelSpec } from './model';
export { squaredLoss, absoluteLoss, huberLoss, type PointLoss } from './point-loss';
export { datasetLoss, modelObjective, type LossAndGradient } from './objective';
export { penalizedObjective } from './penalized-objective';
export { numericalGradient, checkGradient, type GradientCheckReport, type GradientCheckRow } from './numerical-gradient';
export { stopReason, type StopReason, type StoppingOptions } from './convergence';
export { pathColumns, type DescentPath, type PathStep, type EpochRecord } from './path';
export { gradientDescent, type Differentiable, type GradientDescentOptions } from './gradient-descent';
export { epochBatches } from './batches';
export { train, type TrainData, type TrainOptions, type TrainResult } from './train';
export { type DescentEarlyStoppingOptions } from './early-stopping-in-train';
export {
  bowl, illConditioned, rosenbrock, beale, saddle, testFunctions, type TestFunction2D, type Point2D,
} from './test-functions';
export { runOptimizer, type OptimizerRun } from './run-optimizer';
export { gradientNoise, type GradientNoise } from './gradient-noise';
export {
  heavyBallRate, quadraticRate, bestRateForMomentum, optimalMomentum, type TunedRate,
} from './momentum-rate';
export { bestLearningRate, type BestLearningRate, type LearningRateTrial } from './best-learning-rate';
