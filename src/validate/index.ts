/**
 * Argument checks, one message style for the whole library:
 * `fnName: <what> must be <expected>; got <value>`.
 */
export { fail, failWith, shown } from './fail';
export { atLeast, finite, inRange, inUnitClosed, inUnitOpen, integer, nonNegative, nonPositive, positive, type Ends } from './numbers';
export { bool, oneOf, optionalPositive } from './options';
export { rectangularShape } from './arrays';
