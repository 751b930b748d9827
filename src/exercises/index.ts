export { verdict, isClose, checkAll, attempt, PASSED_MARK, FAILED_MARK, type Verdict } from './check';
