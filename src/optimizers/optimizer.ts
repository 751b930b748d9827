/**
 * The base of every losslab optimizer: a real `tf.Optimizer` (so `model.compile({ optimizer })`
 * and `model.fit` use it) in which each optimizer only says two things, as in Keras 3 and optax:
 *
 * - `createSlots(theta)`: the state it keeps for one variable (zeros, or a constant), and
 * - `updateStep(g, theta, slots, step)`: the new variable and new state, as plain tensor math.
 *
 * Everything else lives here, once: looking variables up by name, the gradient checks, clipping,
 * the learning rate (a number or a schedule), decoupled weight decay, the step counter, slot
 * creation and disposal, `getWeights`/`setWeights` and `getConfig`/`fromConfig`.
 *
 * One step, in Keras 3's order, with $t$ the number of updates made so far plus one:
 * 1. $g \leftarrow \operatorname{clip}(g)$ (see `clipping.ts`);
 * 2. $\eta \leftarrow$ `learningRate`, or `schedule.at(t - 1)`;
 * 3. $\theta \leftarrow \theta - \lambda \eta \theta$ when `weightDecay` $\lambda$ is set (decoupled decay);
 * 4. $(\theta, \text{slots}) \leftarrow$ `updateStep(g, theta, slots, { learningRate: eta, t })`;
 * 5. `iterations` $\leftarrow t$.
 * Sign convention: gradients point uphill; every rule subtracts.
 */
import * as tf from '@tensorflow/tfjs';
import { ClipOptions, checkOneClip, clipGradients } from './clipping';
import { Gradients, NamedTensor, assertFinite, pairGradients } from './gradients';
import { LearningRate, LearningRateSchedule, serializeLearningRate } from './schedules/schedule';
import { deserializeLearningRate } from './schedules/registry';
import { SlotStore } from './slots';
import { bool, nonNegative, optionalPositive } from '../validate';

/** Options every optimizer takes (Keras' base-optimizer arguments plus `checkFinite`). */
export interface OptimizerOptions {
  /** $\eta$: a number, or a schedule of the step (`optimizers.schedules.*`). Default: the optimizer's. */
  learningRate?: LearningRate;
  /** $\lambda$, decoupled weight decay $\theta \leftarrow \theta - \lambda\eta\theta$ before each update. Default none. */
  weightDecay?: number | null;
  /** Clip each gradient to this L2 norm. Default none. */
  clipnorm?: number | null;
  /** Clip each gradient element to $[-c, c]$. Default none. */
  clipvalue?: number | null;
  /** Clip all gradients together to this global L2 norm. Default none. */
  globalClipnorm?: number | null;
  /** Throw on NaN/Infinity gradients; costs one scalar read per step. Default true. */
  checkFinite?: boolean;
  /** A name for messages. Default: the class name. */
  name?: string;
}

/** An optimizer's state for one variable: named tensors (the symbols of its equations). */
export type SlotTensors = { [slot: string]: tf.Tensor | undefined };

/** What `updateStep` knows about the step. */
export interface Step {
  /** $\eta$ for this step (already read from the schedule). */
  learningRate: number;
  /** $t$, 1 for the first update. */
  t: number;
}

/** The new variable value and the slots that changed. */
export interface Update<S extends SlotTensors> {
  theta: tf.Tensor;
  slots: Partial<S>;
}

/** Nested arrays of numbers, as `tensor.arraySync()` returns them. */
export type Nested = number | Nested[];

export abstract class Optimizer<S extends SlotTensors = SlotTensors> extends tf.Optimizer {
  readonly name: string;
  readonly weightDecay: number | null;
  readonly clip: Readonly<ClipOptions>;
  checkFinite: boolean;
  private lr: LearningRate;
  private readonly slots = new SlotStore();
  private excludedNames: string[] = [];
  private excludedVariables = new Set<string>();
  /** The `iter` weight that `getWeights` hands out: one live tensor, replaced when the step changes. */
  private iterWeight: NamedTensor | null = null;

  protected constructor(owner: string, options: OptimizerOptions, defaultLearningRate: number) {
    super();
    this.name = options.name ?? owner;
    this.lr = checkLearningRate(owner, options.learningRate ?? defaultLearningRate);
    const wd = options.weightDecay;
    this.weightDecay = wd === undefined || wd === null ? null : nonNegative(owner, 'weightDecay', wd);
    this.clip = {
      clipnorm: optionalPositive(owner, 'clipnorm', options.clipnorm),
      clipvalue: optionalPositive(owner, 'clipvalue', options.clipvalue),
      globalClipnorm: optionalPositive(owner, 'globalClipnorm', options.globalClipnorm),
    };
    checkOneClip(owner, this.clip);
    this.checkFinite = bool(owner, 'checkFinite', options.checkFinite ?? true);
  }

  /** The state this optimizer keeps for `theta`, at its initial value. */
  protected abstract createSlots(theta: tf.Variable): S;

  /** One update of one variable: returns $\theta_t$ and the new slot values. Pure tensor math. */
  protected abstract updateStep(g: tf.Tensor, theta: tf.Tensor, slots: S, step: Step): Update<S>;

  /** The optimizer's own hyperparameters (the base adds the shared ones in `getConfig`). */
  protected abstract hyperparameters(): tf.serialization.ConfigDict;

  /** $\eta$ for the next update (the schedule read at the current step). */
  get learningRate(): number {
    return typeof this.lr === 'number' ? this.lr : this.lr.at(this.iterations);
  }

  /** Sets a constant $\eta$ (for callbacks); not allowed when built with a schedule (as in Keras). */
  set learningRate(value: number) {
    if (this.lr instanceof LearningRateSchedule) {
      throw new Error(`${this.name}: learningRate cannot be set on an optimizer built with a schedule`);
    }
    this.lr = checkLearningRate(this.name, value);
  }

  /** The learning rate as given: a number or the schedule object. */
  get learningRateSchedule(): LearningRate {
    return this.lr;
  }

  /** Keras' `exclude_from_weight_decay`: skip these variables, or those whose name contains one of `names`. */
  excludeFromWeightDecay(options: { variables?: tf.Variable[]; names?: string[] }): void {
    this.excludedVariables = new Set((options.variables ?? []).map((v) => v.name));
    this.excludedNames = [...(options.names ?? [])];
  }

  /**
   * tfjs' `minimize`, minus its leak: tfjs disposes the gradients and the cost only when
   * `applyGradients` returns, so every throwing step (a NaN gradient) left them behind.
   */
  override minimize(f: () => tf.Scalar, returnCost = false, varList?: tf.Variable[]): tf.Scalar | null {
    const { value, grads } = this.computeGradients(f, varList);
    try {
      this.applyGradients(varList === undefined ? grads : varList.map((v) => ({ name: v.name, tensor: grads[v.name] })));
    } catch (error) {
      tf.dispose([value, grads]);
      throw error;
    }
    tf.dispose(grads);
    if (returnCost) return value;
    value.dispose();
    return null;
  }

  override applyGradients(grads: Gradients): void {
    const pairs = pairGradients(this.name, grads);
    if (pairs.length === 0) return;
    if (this.checkFinite) assertFinite(this.name, pairs);
    const step: Step = { learningRate: this.learningRate, t: this.iterations + 1 };
    tf.tidy(() => {
      const clipped = clipGradients(pairs.map((p) => p.gradient), this.clip);
      pairs.forEach(({ variable }, i) => this.updateVariable(variable, clipped[i], step));
    });
    this.incrementIterations();
  }

  private updateVariable(variable: tf.Variable, g: tf.Tensor, step: Step): void {
    const slots = this.slots.get(variable, () => this.createSlots(variable));
    const decay = this.decayFor(variable) * step.learningRate;
    const theta = decay === 0 ? variable : tf.sub(variable, tf.mul(variable, decay));
    const next = this.updateStep(g, theta, slots as unknown as S, step);
    variable.assign(next.theta);
    for (const [name, value] of Object.entries(next.slots)) {
      if (value !== undefined) slots[name].assign(value);
    }
  }

  private decayFor(variable: tf.Variable): number {
    if (this.weightDecay === null || this.excludedVariables.has(variable.name)) return 0;
    return this.excludedNames.some((n) => variable.name.includes(n)) ? 0 : this.weightDecay;
  }

  /** The live slot variables of `variable` (created, at their initial values, if it has none yet). */
  getSlots(variable: tf.Variable): S {
    return tf.tidy(() => this.slots.get(variable, () => this.createSlots(variable))) as unknown as S;
  }

  /** `{ t, ...slots }` as plain numbers: what a lesson prints to show the optimizer's memory. */
  getState(variable: tf.Variable): { [name: string]: Nested } {
    const state: { [name: string]: Nested } = { t: this.iterations };
    for (const [name, slot] of Object.entries(this.getSlots(variable))) {
      if (slot !== undefined) state[name] = slot.arraySync() as Nested;
    }
    return state;
  }

  /** `[iter, ...'<variable>/<slot>']`, the live tensors in tfjs' format (do not dispose them). */
  override async getWeights(): Promise<NamedTensor[]> {
    const iter = this.iterWeight;
    if (iter === null || iter.tensor.isDisposed || iter.tensor.dataSync()[0] !== this.iterations) {
      if (iter !== null) iter.tensor.dispose();
      // tfjs' own saveIterations makes a new scalar on every call that nobody frees; this one is kept.
      this.iterWeight = { name: 'iter', tensor: tf.keep(tf.scalar(this.iterations, 'int32')) };
    }
    return [this.iterWeight as NamedTensor, ...this.slots.named()];
  }

  /** Restores `getWeights()` output: the step count and every slot (`'<variable>/<slot>'`). */
  override async setWeights(weightValues: NamedTensor[]): Promise<void> {
    const slotValues = await this.extractIterations(weightValues);
    for (const { name, tensor } of slotValues) this.slots.restore(this.name, name, tensor);
  }

  /** The constructor options (learning-rate schedules as `{ className, config }`). */
  getConfig(): tf.serialization.ConfigDict {
    return {
      ...this.hyperparameters(),
      learningRate: serializeLearningRate(this.lr) as tf.serialization.ConfigDictValue,
      weightDecay: this.weightDecay,
      clipnorm: this.clip.clipnorm,
      clipvalue: this.clip.clipvalue,
      globalClipnorm: this.clip.globalClipnorm,
      checkFinite: this.checkFinite,
      name: this.name,
    };
  }

  /** Rebuilds an optimizer from `getConfig()` output (used by `tf.serialization` and model loading). */
  static override fromConfig<T extends tf.serialization.Serializable>(
    cls: tf.serialization.SerializableConstructor<T>,
    config: tf.serialization.ConfigDict,
  ): T {
    return new cls({ ...config, learningRate: deserializeLearningRate(config.learningRate, cls.className) });
  }

  /** Disposes every slot variable. */
  override dispose(): void {
    this.slots.dispose();
    this.iterWeight?.tensor.dispose();
    this.iterWeight = null;
    super.dispose();
  }
}

function checkLearningRate(owner: string, lr: LearningRate): LearningRate {
  if (lr instanceof LearningRateSchedule) return lr;
  return nonNegative(owner, 'learningRate', lr);
}
