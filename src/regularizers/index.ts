export { l1, l2, l1l2, type Penalty } from './penalty';
export { layerRegularizer, PenaltyRegularizer, type LayerRegularizer } from './layer-regularizer';
export { ridge } from './ridge';
