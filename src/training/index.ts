/** Training helpers' one home: `fitModel` (compile with a registry loss, fit, read, dispose). */
export { fitModel, type FitModelArgs, type FitModelResult } from './fit-model';
