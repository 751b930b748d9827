export { EarlyStoppingRule, type EarlyStoppingRuleOptions, type EarlyStoppingDecision } from './early-stopping-rule';
export { inferDirection, type Direction } from './metric-direction';
export { EarlyStopping, type EarlyStoppingOptions } from './early-stopping-callback';
export { History, type HistoryOptions, type EpochListener } from './history';
export { TerminateOnNaN, NonFiniteLossError, checkFiniteLoss } from './terminate-on-nan';
export { everyEpoch } from './epoch-hook';
export { replayEarlyStopping, type EarlyStoppingReplay } from './early-stopping-replay';
export { resolveLogs, logValue, type UnresolvedLogs, type NumericLogs } from './logs';
