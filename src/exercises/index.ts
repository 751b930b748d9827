export { verdict, verdictLine, isClose, checkAll, attempt, PASSED_MARK, FAILED_MARK, type Verdict } from './check';
// One namespace per lesson: exercises.ex01.checkPredict(...), exercises.ex04...., so names never clash.
export * as ex01 from './01-reducing-loss';
export * as ex02 from './02-gradient-descent';
export * as ex03 from './03-stochastic-and-mini-batch';
export * as ex04 from './04-regression-losses';
export * as ex05 from './05-binary-classification-losses';
export * as ex06 from './06-multiclass-losses';
export * as ex07 from './07-distribution-losses';
export * as ex08 from './08-custom-and-combined-losses';
export * as ex09 from './09-sgd-momentum-nesterov';
export * as ex10 from './10-adaptive-optimizers';
export * as ex11 from './11-early-stopping';
export * as ex12 from './12-regularisation-and-search';
export * as ex13 from './13-capstone';
