export { verdict, verdictLine, isClose, checkAll, attempt, PASSED_MARK, FAILED_MARK, type Verdict } from './check';
// One namespace per lesson: exercises.ex01.checkPredict(...), exercises.ex04...., so names never clash.
export * as ex01 from './01-reducing-loss';
export * as ex02 from './02-gradient-descent';
export * as ex03 from './03-stochastic-and-mini-batch';
