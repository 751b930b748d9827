/** Figures of lessons 04-13, one or two each, built from the library's losses, descent, optimizers and data. */
import { createRng, data, descent, losses, optimizers, plots } from '../../src';
import type { PlotlyFigure } from '../../src/plots';
import type { LessonFigure } from './catalogue';

/** The library's own curve of a loss (each point is the loss function run on one sample). */
function shape(identifier: string, label: string, options: Parameters<typeof losses.lossShape>[1] = {}): { name: string; x: number[]; y: number[] } {
  const { x, y } = losses.lossShape(identifier, { points: 121, ...options });
  return { name: label, x, y };
}

function regressionShapes(): PlotlyFigure {
  return plots.lossShapes([shape('mse', 'mse'), shape('mae', 'mae'), shape('huber', 'huber'), shape('log_cosh', 'log_cosh')], { title: 'Regression losses against the error: quadratic, linear, and both' });
}

function outliers(): PlotlyFigure {
  const examples = data.linearWithOutliers({ n: 60, intercept: 1, slope: 2, noise: 0.5, seed: 4 });
  const fit = (loss: descent.PointLoss, name: string) => {
    const run = descent.train(descent.linearModel(), examples, { loss, learningRate: 0.02, epochs: 3000, tolerance: 1e-10, recordSteps: false });
    return { name, b: run.params[0], w1: run.params[1] };
  };
  const lines = [fit(descent.squaredLoss, 'mse'), fit(descent.absoluteLoss, 'mae'), fit(descent.huberLoss(1), 'huber')];
  return plots.regressionFit(examples.x.map(([x]) => x), examples.y, lines, { title: 'Six outliers: the squared loss bends towards them, MAE and Huber hardly move' });
}

function binaryShapes(): PlotlyFigure {
  const margin = { variable: 'margin' as const };
  return plots.lossShapes([
    shape('binary_crossentropy', 'binary_crossentropy', margin), shape('binary_focal_crossentropy', 'binary_focal_crossentropy', margin),
    shape('hinge', 'hinge', margin), shape('squared_hinge', 'squared_hinge', margin),
  ], { axis: 'margin', yMax: 5, title: 'Binary losses against the margin: cross-entropy never stops pushing, hinge stops at 1' });
}

function categoricalShapes(): PlotlyFigure {
  const probability = { variable: 'probability' as const };
  return plots.lossShapes([
    shape('categorical_crossentropy', 'categorical_crossentropy', probability),
    shape('categorical_focal_crossentropy', 'categorical_focal_crossentropy', probability),
  ], { axis: 'probability', yMax: 5, title: 'Cross-entropy is −log p; the focal loss shrinks it for examples already right' });
}

function poissonShape(): PlotlyFigure {
  return plots.lossShapes([shape('poisson', 'poisson', { domain: [0.2, 8] })], { xTitle: losses.lossShape('poisson').xLabel, title: 'Poisson loss ŷ − y·log ŷ: lowest where the predicted rate equals the count' });
}

function combinedShape(): PlotlyFigure {
  const mse = shape('mse', 'mse');
  const mae = shape('mae', 'mae');
  const combined = { name: '0.5 · mse + 0.5 · mae', x: mse.x, y: mse.y.map((v, i) => 0.5 * v + 0.5 * mae.y[i]) };
  return plots.lossShapes([mse, mae, combined], { title: 'A combined loss is a weighted sum: its shape lies between its parts' });
}

function valleyRace(make: () => Array<[string, import('@tensorflow/tfjs').Optimizer]>, title: string, steps: number): PlotlyFigure {
  const valley = descent.illConditioned(50);
  const trajectories = make().map(([name, optimizer]) => {
    const { points } = descent.runOptimizer(optimizer, valley, { steps });
    optimizer.dispose();
    return { name, points };
  });
  return plots.lossContour((x, y) => valley.value([x, y]), valley.xRange, valley.yRange, trajectories, { parameters: ['x', 'y'], resolution: 40, title });
}

function momentumValley(): PlotlyFigure {
  return valleyRace(() => [
    ['sgd', new optimizers.SGD({ learningRate: 0.036 })],
    ['momentum', new optimizers.SGD({ learningRate: 0.06, momentum: 0.57 })],
  ], 'f = ½(x² + 50y²), curvatures 1 and 50: SGD zig-zags and crawls, momentum runs', 40);
}

function adaptiveValley(): PlotlyFigure {
  return valleyRace(() => [
    ['sgd', new optimizers.SGD({ learningRate: 0.036 })],
    ['rmsprop', new optimizers.RMSprop({ learningRate: 0.1 })],
    ['adam', new optimizers.Adam({ learningRate: 0.3 })],
  ], 'Adaptive steps per coordinate: the steep direction no longer sets the pace', 40);
}

function earlyStopping(): PlotlyFigure {
  const features = (v: number) => Array.from({ length: 9 }, (_, k) => v ** (k + 1));
  const sample = (n: number, seed: number) => {
    const rng = createRng(seed);
    const x = Array.from({ length: n }, () => rng.uniform(-1, 1));
    return { x: x.map(features), y: x.map((v) => Math.sin(3 * v) + 0.5 * rng.normal()) };
  };
  const run = descent.train(descent.linearModel(9), sample(10, 4), { learningRate: 0.5, epochs: 1000, tolerance: 0, validation: sample(60, 100), recordSteps: false });
  const shown = run.epochs.filter((e) => e.epoch % 5 === 0 && e.epoch > 0);
  const val = run.epochs.map((e) => e.valLoss as number);
  const best = val.indexOf(Math.min(...val.slice(1)));
  return plots.lineChart([
    { name: 'training loss', x: shown.map((e) => e.epoch), y: shown.map((e) => e.loss) },
    { name: 'validation loss', x: shown.map((e) => e.epoch), y: shown.map((e) => e.valLoss as number) },
    { name: `best validation loss (epoch ${best})`, x: [best], y: [val[best]], mode: 'markers' },
  ], { title: 'A degree-9 polynomial on 10 points: training loss keeps falling, validation loss turns', yTitle: 'mean squared error (log scale)', logY: true });
}

function featureScaling(): PlotlyFigure {
  const examples = data.linearWithNoise({ n: 40, intercept: 1, slope: 2, noise: 0.6, seed: 1 });
  const xs = examples.x.map(([x]) => x);
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
  const zScored = xs.map((x) => (x - mean) / sd);
  const objective = (x: number[]) => descent.modelObjective(descent.linearModel(), descent.squaredLoss, x.map((v) => [v]), examples.y);
  const floor = descent.gradientDescent(objective(zScored), { start: [0, 0], learningRate: 0.4, maxSteps: 500, tolerance: 0 }).loss;
  const run = (x: number[], name: string) => {
    const path = descent.gradientDescent(objective(x), { start: [0, 0], learningRate: 0.08, maxSteps: 300, tolerance: 0 });
    return { name, x: path.steps.map((s) => s.step), y: path.steps.map((s) => s.loss - floor + 1e-12) };
  };
  return plots.lineChart([run(xs, 'raw x (0 to 5)'), run(xs.map((x) => x - mean), 'centred x − mean'), run(zScored, 'z-scored (x − mean) / sd')],
    { title: 'Same data, same η = 0.08: scaled features converge in far fewer steps', xTitle: 'step', yTitle: 'loss above its minimum (log scale)', logY: true });
}

function irisPetals(): PlotlyFigure {
  const flowers = data.iris();
  const names = flowers.classNames as string[];
  return plots.lineChart(names.map((name, c) => {
    const rows = flowers.x.filter((_, i) => flowers.y[i] === c);
    return { name, x: rows.map((r) => r[2]), y: rows.map((r) => r[3]), mode: 'markers' as const };
  }), { title: 'Iris: petal length and width separate setosa; versicolor and virginica overlap', xTitle: 'petal length (cm)', yTitle: 'petal width (cm)' });
}

export const LATER_FIGURES: LessonFigure[] = [
  { lesson: '04-regression-losses', file: '04-loss-shapes.svg', build: regressionShapes },
  { lesson: '04-regression-losses', file: '04-outliers.svg', build: outliers },
  { lesson: '05-binary-classification-losses', file: '05-binary-losses.svg', build: binaryShapes },
  { lesson: '06-multiclass-losses', file: '06-categorical-losses.svg', build: categoricalShapes },
  { lesson: '07-distribution-losses', file: '07-poisson.svg', build: poissonShape },
  { lesson: '08-custom-and-combined-losses', file: '08-combined-loss.svg', build: combinedShape },
  { lesson: '09-sgd-momentum-nesterov', file: '09-momentum-valley.svg', build: momentumValley },
  { lesson: '10-adaptive-optimizers', file: '10-adaptive-valley.svg', build: adaptiveValley },
  { lesson: '11-early-stopping', file: '11-validation-curve.svg', build: earlyStopping },
  { lesson: '12-regularisation-and-search', file: '12-feature-scaling.svg', build: featureScaling },
  { lesson: '13-capstone', file: '13-iris-petals.svg', build: irisPetals },
];
