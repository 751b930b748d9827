/**
 * The fixed workloads, on whatever tfjs backend is active. Each returns one training step to time,
 * and a `dispose` that frees what it made. The PyTorch twins are in `torch_workloads.py`.
 */
import * as tf from '@tensorflow/tfjs';

export interface Workload {
  step: () => unknown;
  dispose: () => void;
  /** Training steps made by one call of `step` (default 1); times are divided by it. */
  stepsPerCall?: number;
}

export const MLP = { inputs: 784, hidden: 128, classes: 10, batch: 128, learningRate: 1e-3 } as const;

function mlpData(): { x: tf.Tensor2D; y: tf.Tensor2D } {
  const x = tf.randomNormal([MLP.batch, MLP.inputs], 0, 1, 'float32', 1) as tf.Tensor2D;
  const labels = tf.randomUniform([MLP.batch], 0, MLP.classes, 'int32', 2) as tf.Tensor1D;
  const y = tf.oneHot(labels, MLP.classes).toFloat() as tf.Tensor2D;
  labels.dispose();
  return { x, y };
}

/** MLP 784-128-10 (ReLU), softmax cross-entropy, Adam: `model.trainOnBatch`, as a Keras user writes it. */
export function mlpStep(): Workload {
  const { x, y } = mlpData();
  const model = tf.sequential({
    layers: [
      tf.layers.dense({ units: MLP.hidden, activation: 'relu', inputShape: [MLP.inputs] }),
      tf.layers.dense({ units: MLP.classes }),
    ],
  });
  model.compile({
    optimizer: tf.train.adam(MLP.learningRate),
    loss: (yTrue: tf.Tensor, logits: tf.Tensor) => tf.losses.softmaxCrossEntropy(yTrue, logits),
  });
  return {
    step: () => model.trainOnBatch(x, y),
    dispose: () => {
      model.optimizer.dispose();
      model.dispose();
      tf.dispose([x, y]);
    },
  };
}

/** Linear regression on 64 points, one `optimizer.minimize` of the MSE per step (SGD). */
export function linearRegressionStep(): Workload {
  const x = tf.linspace(-1, 1, 64).reshape([64, 1]);
  const y = x.mul(3).add(0.5);
  const w = tf.variable(tf.zeros([1, 1]));
  const b = tf.variable(tf.zeros([1]));
  const optimizer = tf.train.sgd(0.1);
  const loss = () => tf.losses.meanSquaredError(y, x.matMul(w).add(b)) as tf.Scalar;
  return {
    step: () => optimizer.minimize(loss, false),
    dispose: () => {
      optimizer.dispose();
      tf.dispose([x, y, w, b]);
    },
  };
}

/** One gradient-descent step on the bowl f(θ) = θ₀² + 10 θ₁², with tensors (`tf.grad`, `assign`). */
export function descent2dTensorStep(): Workload {
  const theta = tf.variable(tf.tensor1d([1, 1]));
  const scale = tf.tensor1d([1, 10]);
  const gradient = tf.grad((t: tf.Tensor) => t.square().mul(scale).sum());
  return {
    step: () => tf.tidy(() => theta.assign(theta.sub(gradient(theta).mul(0.01)))),
    dispose: () => tf.dispose([theta, scale]),
  };
}

/** The same step with plain numbers, as the course's `descent` helpers do it. */
export function descent2dPlainStep(): Workload {
  let theta = [1, 1];
  const gradient = ([a, b]: readonly number[]) => [2 * a, 20 * b];
  return {
    step: () => {
      const g = gradient(theta);
      theta = [theta[0] - 0.01 * g[0], theta[1] - 0.01 * g[1]];
    },
    dispose: () => undefined,
  };
}

interface DescentModule {
  runOptimizer?: (optimizer: tf.Optimizer, fn: unknown, options: { steps: number }) => unknown;
  rosenbrock?: unknown;
}

const COURSE_STEPS = 10;

/** The course's own 2-D loop: `descent.runOptimizer` (Adam on Rosenbrock), as lessons 09-10 run it. */
export function courseDescentStep(): Workload | string {
  const descent = require('../src/descent') as DescentModule;
  const { runOptimizer, rosenbrock } = descent;
  if (typeof runOptimizer !== 'function' || rosenbrock === undefined) {
    return '`descent.runOptimizer` / `descent.rosenbrock` are not exported by src/descent yet';
  }
  const optimizer = tf.train.adam(0.01);
  return {
    step: () => runOptimizer(optimizer, rosenbrock, { steps: COURSE_STEPS }),
    dispose: () => optimizer.dispose(),
    stepsPerCall: COURSE_STEPS,
  };
}

export const WORKLOADS: Record<string, () => Workload | string> = {
  mlp: mlpStep,
  linreg: linearRegressionStep,
  descent2d: descent2dTensorStep,
  descent2dPlain: descent2dPlainStep,
  runOptimizer: courseDescentStep,
};

export type WorkloadName = 'mlp' | 'linreg' | 'descent2d' | 'descent2dPlain' | 'runOptimizer';

/** Kernels run by one step (each allocates at least one tensor: the per-step churn), and tensors leaked. */
export async function churn(workload: Workload): Promise<{ kernels: number; leaked: number }> {
  const info = await tf.profile(async () => {
    await workload.step();
  });
  return { kernels: info.kernels.length / (workload.stepsPerCall ?? 1), leaked: info.newTensors };
}
