export { gridSearch, randomSearch, runSearch, type TensorData, type SearchData, type TrainFn, type Trainer, type SearchOptions } from './search';
export { modelTrainer, type ModelTrainerOptions } from './model-trainer';
export { SearchResults, type SearchRow, type SearchRecord, type SortKey } from './results';
export { gridConfigs, randomConfigs, type HyperValue, type SearchConfig, type Distribution, type GridSpace, type RandomSpace } from './space';
export { makeFolds, type FoldRows, type Validation } from './folds';
export { toArrays } from './arrays';
