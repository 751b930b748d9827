export { show, ensurePlotly, resetPlotly, type ShowOptions } from './show';
export { liveFigure, type LiveFigure } from './live-figure';
export { liveLossCurves, type LiveLossCurves } from './live-loss-curves';
export { trainingProgress, type TrainingProgress, type TrainingProgressOptions } from './progress';
export { progressLine } from './progress-text';
export { table, tableBundle, tableHtml, tableText, type TableOptions } from './table';
export { toTable, type TableData, type Tabular, type TensorLike } from './table-rows';
export { numericLogs, formatNumber, type EpochLogs } from './logs';
export { figureBundle, plotlyJson, PLOTLY_MIME, type FigureBundleOptions } from './bundle';
export { figureHtml, type FigureHtmlOptions } from './figure-html';
export { PLOTLY_CONFIG } from './plotly-config';
export { plotlyScriptTag, plotlySource, plotlyVersion, PLOTLY_SCRIPT_ID } from './plotly-loader';
export { staticSvg, figureSummary } from './static-svg';
export { escapeHtml, scriptJson } from './escape';
export {
  setDisplaySink, inNotebook, sendBundle, newDisplayId,
  type DisplaySink, type DisplayMessage, type MimeBundle,
} from './channel';
export { tensorText, JUPYTER_DISPLAY } from './tensor-text';
export { displayable } from './displayable';
