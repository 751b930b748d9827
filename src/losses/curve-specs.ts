/**
 * The curves a loss row can describe (`rows.ts`): what x measures, its range, and the one-sample
 * input whose loss is the curve's value at x. Shared shapes (an error, a binary or categorical
 * margin, a probability) are defined once here.
 */
/** What the x axis of a shape curve measures. */
export type CurveVariable = 'error' | 'margin' | 'probability' | 'rate' | 'angle' | 'score';

/** How to draw one curve of a loss: the x quantity, its range and the one-sample input at x. */
export interface CurveSpec {
  xLabel: string;
  domain: [number, number];
  /** The one-sample `[yTrue, yPred]` whose loss is the curve's value at x (CTC's yPred is frames × classes). */
  sample: (x: number) => [number[], number[] | number[][]];
  options?: object;
}

export const at = (t: number[]) => (p: (x: number) => number[] | number[][]) => (x: number): [number[], number[] | number[][]] => [t, p(x)];
export const ERROR: CurveSpec = { xLabel: 'error ŷ − y', domain: [-3, 3], sample: at([0])((x) => [x]) };
export const MARGIN_BINARY: CurveSpec = { xLabel: 'margin y·ŷ (logit or score)', domain: [-3, 3], sample: at([1])((x) => [x]), options: { fromLogits: true } };
export const PROB_BINARY: CurveSpec = { xLabel: 'probability given to the true class', domain: [0.01, 1], sample: at([1])((x) => [x]) };
export const MARGIN_CAT: CurveSpec = { xLabel: 'margin ŷ_true − ŷ_other', domain: [-3, 3], sample: at([1, 0])((x) => [x, 0]), options: { fromLogits: true } };
export const PROB_CAT: CurveSpec = { xLabel: 'probability given to the true class', domain: [0.01, 1], sample: at([1, 0])((x) => [x, 1 - x]) };
