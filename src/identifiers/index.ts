/** Looking names up in the library's tables: own keys only, and the nearest names when one is unknown. */
export { ownValue } from './own';
export { didYouMean, editDistance, nearestNames, quotedOnce } from './nearest';
