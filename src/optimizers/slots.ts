/**
 * Where an optimizer keeps its per-variable state: for each model variable (by name), a record of
 * non-trainable `tf.Variable`s named after the symbols of the update rule (`m`, `v`, ...).
 * Slots are created lazily, on a variable's first update, from the optimizer's `createSlots`.
 */
import * as tf from '@tensorflow/tfjs';

export class SlotStore {
  private readonly byVariable = new Map<string, Record<string, tf.Variable>>();
  /** Variables whose slots are all there (`restore` may bring back only some). */
  private readonly complete = new Set<string>();

  /**
   * The slots of `variable`, creating any that are missing from `initial()`. Call inside
   * `tf.tidy`: the initial tensors are then disposed and only the slot variables remain.
   */
  get(variable: tf.Variable, initial: () => { [slot: string]: tf.Tensor | undefined }): Record<string, tf.Variable> {
    const ready = this.byVariable.get(variable.name);
    if (ready !== undefined && this.complete.has(variable.name)) return ready;
    const slots = ready ?? {};
    for (const [name, value] of Object.entries(initial())) {
      if (value !== undefined && !(name in slots)) slots[name] = tf.variable(value, false);
    }
    this.byVariable.set(variable.name, slots);
    this.complete.add(variable.name);
    return slots;
  }

  /** Every slot as `{ name: '<variable>/<slot>', tensor }` (the live variables). */
  named(): Array<{ name: string; tensor: tf.Variable }> {
    const out: Array<{ name: string; tensor: tf.Variable }> = [];
    for (const [variableName, slots] of this.byVariable) {
      for (const [slot, tensor] of Object.entries(slots)) out.push({ name: `${variableName}/${slot}`, tensor });
    }
    return out;
  }

  /** Sets slot `'<variable>/<slot>'` to `value` (creating it if needed). */
  restore(owner: string, name: string, value: tf.Tensor): void {
    const cut = name.lastIndexOf('/');
    if (cut <= 0) throw new Error(`${owner}.setWeights: weight names must be '<variable>/<slot>'; got '${name}'`);
    const [variableName, slot] = [name.slice(0, cut), name.slice(cut + 1)];
    const slots = this.byVariable.get(variableName) ?? {};
    if (slot in slots) slots[slot].assign(value);
    else slots[slot] = tf.variable(value, false);
    this.byVariable.set(variableName, slots);
    this.complete.delete(variableName);
  }

  dispose(): void {
    for (const slots of this.byVariable.values()) Object.values(slots).forEach((v) => v.dispose());
    this.byVariable.clear();
    this.complete.clear();
  }
}
