export * from './types';
export {
  OPTIMIZER_COLOURS, LOSS_COLOURS, ROLE_COLOURS, FALLBACK_COLOURS,
  optimizerColour, lossColour, colourFor, normaliseName,
} from './palette';
export { baseLayout, axis, linspace, type FigureOptions } from './layout';
export { lossCurves, type LossCurvesOptions } from './loss-curves';
export { lossBowl, bowlTraces, rangeAround, type LossBowlOptions } from './loss-bowl';
export { learningRateComparison, type LearningRateRun, type LearningRateComparisonOptions } from './learning-rate-comparison';
export { learningRateSlider, descentSteps, type LearningRateSliderOptions } from './learning-rate-slider';
export { batchSizeSlider, type BatchSizeRun, type BatchSizeSliderOptions } from './batch-size-slider';
export { frameSlider } from './slider';
export { sampleGrid, valuesAlong, type Grid } from './grid';
export { lossSurface3d, zTransform, type SurfaceOptions } from './loss-surface';
export { lossContour, contourTrace, pathTrace } from './loss-contour';
export { optimizerRace, frameSteps, type OptimizerRaceOptions } from './optimizer-race';
export { playbackControls, type PlaybackOptions } from './playback';
export { contourLineTraces, levelSegments } from './contour-lines';
export { pathSlider, type SliderRun, type SliderSurface, type PathSliderOptions } from './path-slider';
export { lineChart, type LineSeries, type LineChartOptions } from './line-chart';
export { lossShapes, type LossShapeSeries, type LossShapeAxis, type LossShapesOptions } from './loss-shapes';
export { framesSlider, type SliderFrame, type FramesSliderOptions } from './frames-slider';
export { huberDeltaSlider, type HuberFit, type HuberDeltaSliderOptions } from './huber-delta-slider';
export { focalGammaSlider, type FocalCurve, type ProbabilityCurve, type FocalGammaSliderOptions } from './focal-gamma-slider';
export { decisionBoundary, type DecisionBoundaryOptions } from './decision-boundary';
export { confusionMatrix, confusionCounts, type ConfusionMatrixOptions } from './confusion-matrix';
export { searchResults, type SearchRecord, type SearchResultsOptions } from './search-results';
export { regressionFit, type FittedLine, type RegressionFitOptions } from './regression-fit';
export { sliderFigure, type SliderStep, type SliderFigureOptions } from './slider-figure';
