/** Looking names up in the library's tables: own keys only, the nearest names when one is unknown, stable fallback colours. */
export { ownValue } from './own';
export { didYouMean, editDistance, nearestNames, quotedOnce } from './nearest';
export { fallbackColour, FALLBACK_COLOURS, normaliseName } from './fallback-colour';
