/** A set of figures (one of each builder) shared by the display tests. */
import { plots } from '../../src';
import type { PlotlyFigure } from '../../src/plots';

const bowl = (w: number) => (w - 3) ** 2;
const descend = (lr: number, steps = 8): number[] => {
  const ws = [0];
  for (let t = 0; t < steps; t++) ws.push(ws[t] - lr * 2 * (ws[t] - 3));
  return ws;
};
const elongated = (a: number, b: number) => a * a + 5 * b * b;
const path = (scale: number): [number, number][] =>
  Array.from({ length: 12 }, (_, t) => [-2.5 * Math.exp(-scale * t), 1.5 * Math.exp(-scale * t) * Math.cos(t)]);

/** name -> figure, and the number of SVG scatter traces each should draw. */
export function sampleFigures(): { name: string; figure: PlotlyFigure; scatterTraces: number }[] {
  return [
    { name: 'lossCurves', figure: plots.lossCurves({ loss: [3, 2, 1.5, 1.2, 1.1], val_loss: [3.2, 2.4, 2, 2.1, 2.3] }, { bestEpoch: 2, stoppedEpoch: 4 }), scatterTraces: 4 },
    { name: 'lossBowl', figure: plots.lossBowl(bowl, descend(0.2)), scatterTraces: 2 },
    {
      name: 'learningRateComparison',
      figure: plots.learningRateComparison(bowl, [
        { label: 'too small (η = 0.01)', steps: descend(0.01) },
        { label: 'good (η = 0.3)', steps: descend(0.3) },
        { label: 'too large (η = 1.05)', steps: descend(1.05) },
      ]),
      scatterTraces: 6,
    },
    { name: 'learningRateSlider', figure: plots.learningRateSlider(bowl, (w) => 2 * (w - 3), [0.05, 0.5, 0.9, 1.05], { curvature: 2 }), scatterTraces: 3 },
    { name: 'batchSizeSlider', figure: plots.batchSizeSlider(elongated, [-3, 3], [-2, 2], [{ batchSize: 1, points: path(0.1) }, { batchSize: 8, points: path(0.3) }]), scatterTraces: 1 },
    { name: 'lossContour', figure: plots.lossContour(elongated, [-3, 3], [-2, 2], [{ name: 'sgd', points: path(0.1) }, { name: 'adam', points: path(0.3) }]), scatterTraces: 2 },
    { name: 'optimizerRace', figure: plots.optimizerRace(elongated, [-3, 3], [-2, 2], [{ name: 'sgd', points: path(0.1) }, { name: 'momentum', points: path(0.2) }]), scatterTraces: 24 }, // 20 contour lines, a trail and a head each
    { name: 'lossShapes', figure: plots.lossShapes([{ name: 'mse', fn: (e) => e * e }, { name: 'mae', fn: Math.abs }, { name: 'huber', fn: (e) => (Math.abs(e) <= 1 ? 0.5 * e * e : Math.abs(e) - 0.5) }]), scatterTraces: 3 },
    {
      name: 'decisionBoundary',
      figure: plots.decisionBoundary((pts) => pts.map(([x, y]) => 1 / (1 + Math.exp(-(x + y)))), [[-1, -1], [1, 1], [-1, 0.5], [1, -0.2]], [0, 1, 0, 1], { resolution: 30 }),
      scatterTraces: 2,
    },
    {
      name: 'decisionBoundary (3 classes)',
      figure: plots.decisionBoundary((pts) => pts.map(([x, y]) => (x < -0.3 ? 0 : y < 0 ? 1 : 2)), [[-1, -1], [1, -1], [1, 1]], [0, 1, 2], { resolution: 30 }),
      scatterTraces: 3,
    },
    { name: 'lineChart', figure: plots.lineChart([{ name: 'sgd', y: [3, 2, 1.5] }, { name: 'adam', y: [3, 1, 0.5], mode: 'lines+markers' }], { yTitle: 'loss', logY: true }), scatterTraces: 2 },
    { name: 'confusionMatrix', figure: plots.confusionMatrix([[5, 1], [2, 7]], { labels: ['cat', 'dog'] }), scatterTraces: 0 },
    {
      name: 'searchResults',
      figure: plots.searchResults([
        { optimizer: 'sgd', learningRate: 0.001, valLoss: 0.9 }, { optimizer: 'sgd', learningRate: 0.01, valLoss: 0.5 },
        { optimizer: 'adam', learningRate: 0.001, valLoss: 0.4 }, { optimizer: 'adam', learningRate: 0.01, valLoss: 0.3 },
      ]),
      scatterTraces: 3,
    },
    {
      name: 'sliderFigure',
      figure: plots.sliderFigure([0, 5, 20].map((p) => ({ label: String(p), series: [{ name: 'stop', x: [p + 1, p + 1], y: [0.5, 3] }] })), {
        fixed: [{ name: 'validation loss', y: [3, 2, 1.5, 1.2, 1.1] }], prefix: 'patience = ',
      }),
      scatterTraces: 2,
    },
  ];
}
