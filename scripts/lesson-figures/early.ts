/** Figures of lessons 01-03: the loop, the bowl and its learning rates, the computation graph, mini-batches. */
import { data, descent, plots } from '../../src';
import type { PlotlyFigure } from '../../src/plots';
import type { LessonFigure } from './catalogue';

const forty = () => data.linearWithNoise({ n: 40, intercept: 1, slope: 2, noise: 0.6, seed: 1 });
const line = descent.linearModel();

function lossPerEpoch(): PlotlyFigure {
  const run = descent.train(line, forty(), { learningRate: 0.05, epochs: 200, tolerance: 0, recordSteps: false });
  return plots.lossCurves({ loss: run.epochs.slice(1).map((e) => e.loss) }, { logY: true, lossName: 'mean squared error', title: 'Training the line: the loss per epoch (η = 0.05)' });
}

function fittedLines(): PlotlyFigure {
  const examples = forty();
  const run = descent.train(line, examples, { learningRate: 0.05, epochs: 200, tolerance: 0, recordSteps: false });
  const at = (e: number) => ({ name: `epoch ${e}`, b: run.epochs[e].params[0], w1: run.epochs[e].params[1], dash: 'dot' as const });
  return plots.regressionFit(examples.x.map(([x]) => x), examples.y, [at(1), at(5), at(20), { name: 'epoch 200', b: run.params[0], w1: run.params[1] }], { title: 'The line, epoch by epoch' });
}

function learningRates(): PlotlyFigure {
  const rates: Array<[string, number]> = [['too small', 0.1], ['one step', 0.5], ['bouncing', 0.9], ['diverging', 1.1]];
  const runs = rates.map(([label, rate]) => ({ label: `${label}: η = ${rate}, 1 − ηL″ = ${+(1 - 2 * rate).toFixed(1)}`, steps: plots.descentSteps((w) => 2 * (w - 3), 0, rate, 6) }));
  return plots.learningRateComparison((w) => (w - 3) ** 2, runs, { range: [-5, 11], title: 'L(w) = (w − 3)², L″ = 2: six steps from w = 0' });
}

function narrowBowl(): PlotlyFigure {
  const examples = forty();
  const bowl = descent.modelObjective(line, descent.squaredLoss, examples.x, examples.y);
  const path = descent.gradientDescent(bowl, { start: [-1, -0.5], learningRate: 0.08, maxSteps: 300, tolerance: 0 });
  const points = path.steps.map((s): [number, number] => [s.params[0], s.params[1]]);
  return plots.lossContour((b, w1) => bowl.value([b, w1]), [-1.5, 3.5], [-0.8, 3], [{ name: 'gradient descent', points }], { parameters: ['b', 'w1'], logZ: true, resolution: 40, title: 'L(b, w1) on the data of lesson 01: a long, narrow bowl' });
}

/** The computation graph of L = (w·x + b − y)², forward values and backward gradients at x = 2, w = 1, b = 0.5, y = 4. */
function computationGraph(): PlotlyFigure {
  const nodes: Array<[string, number, number, string]> = [
    ['x = 2', 0, 3, '∂L/∂x = −3'], ['w = 1', 0, 2, '∂L/∂w = −6'], ['b = 0.5', 0, 1, '∂L/∂b = −3'], ['y = 4', 0, 0, ''],
    ['u = w·x = 2', 1, 2.5, '∂L/∂u = −3'], ['ŷ = u + b = 2.5', 2, 1.75, '∂L/∂ŷ = −3'], ['r = ŷ − y = −1.5', 3, 1, '∂L/∂r = 2r = −3'], ['L = r² = 2.25', 4, 1, '∂L/∂L = 1'],
  ];
  const edges: Array<[number, number, string]> = [[0, 4, '× w'], [1, 4, '× x'], [4, 5, '× 1'], [2, 5, '× 1'], [5, 6, '× 1'], [3, 6, '× −1'], [6, 7, '× 2r']];
  const arrow = ([from, to, local]: [number, number, string]) => ({
    x: nodes[to][1] - 0.18, y: nodes[to][2], ax: nodes[from][1] + 0.18, ay: nodes[from][2], xref: 'x', yref: 'y', axref: 'x', ayref: 'y',
    showarrow: true, arrowhead: 2, arrowcolor: '#888', text: '', hovertext: local,
  });
  const local = edges.map(([from, to, text]) => ({ x: (nodes[from][1] + nodes[to][1]) / 2, y: (nodes[from][2] + nodes[to][2]) / 2 + 0.12, text, showarrow: false, font: { size: 13, color: '#b35900' }, xref: 'x', yref: 'y' }));
  return {
    data: [
      { type: 'scatter', mode: 'text', name: 'forward: values', x: nodes.map((n) => n[1]), y: nodes.map((n) => n[2] + 0.12), text: nodes.map((n) => n[0]), textfont: { size: 15, color: '#1f4e99' } },
      { type: 'scatter', mode: 'text', name: 'backward: gradients', x: nodes.map((n) => n[1]), y: nodes.map((n) => n[2] - 0.14), text: nodes.map((n) => n[3]), textfont: { size: 14, color: '#b3002d' } },
    ],
    layout: {
      title: { text: 'Forward: values (blue). Backward: gradients (red), times the local derivative on each edge' },
      xaxis: { title: { text: 'forward →   ← backward' }, visible: true, showgrid: false, zeroline: false, showticklabels: false, range: [-0.5, 4.6] },
      yaxis: { title: { text: '' }, visible: false, range: [-0.5, 3.5] },
      annotations: [...edges.map(arrow), ...local], showlegend: true, legend: { orientation: 'h', y: -0.12 }, margin: { t: 60, r: 20, b: 60, l: 20 },
    },
  };
}

function firstEpochs(): PlotlyFigure {
  const examples = data.linearWithNoise({ n: 200, intercept: 1, slope: 2, noise: 0.6, seed: 3 });
  const bowl = descent.modelObjective(line, descent.squaredLoss, examples.x, examples.y);
  const paths = [['batch (b = 200)', 200], ['mini-batch (b = 16)', 16], ['stochastic (b = 1)', 1]] as const;
  const trajectories = paths.map(([name, batchSize]) => {
    const run = descent.train(line, examples, { learningRate: 0.02, batchSize, epochs: 1, tolerance: 0, seed: 7 });
    return { name, points: [...run.steps.map((s) => s.params), run.params].map(([b, w1]): [number, number] => [b, w1]) };
  });
  return plots.lossContour((b, w1) => bowl.value([b, w1]), [-0.5, 2.5], [-0.2, 2.6], trajectories, { parameters: ['b', 'w1'], logZ: true, resolution: 40, title: 'One epoch each: 1 exact step, 13 mini-batch steps, 200 stochastic steps' });
}

function noiseByBatchSize(): PlotlyFigure {
  const examples = data.linearWithNoise({ n: 200, intercept: 1, slope: 2, noise: 0.6, seed: 3 });
  const sizes = [1, 2, 4, 8, 16, 32, 64, 128];
  const noise = sizes.map((b) => descent.gradientNoise(line, examples, [0, 0], b, { samples: 300 }));
  return plots.lineChart([
    { name: 'measured spread of the batch gradient', x: sizes, y: noise.map((s) => s.spread), mode: 'markers' },
    { name: 'σ/√b · √((n − b)/(n − 1))', x: sizes, y: noise.map((s) => s.expectedSpread), mode: 'lines' },
  ], { title: 'Gradient noise against batch size (log–log: a slope of −1/2)', xTitle: 'batch size b (log scale)', yTitle: 'spread (log scale)', logY: true, logX: true });
}

export const EARLY_FIGURES: LessonFigure[] = [
  { lesson: '01-reducing-loss', file: '01-loss-per-epoch.svg', build: lossPerEpoch },
  { lesson: '01-reducing-loss', file: '01-fitted-lines.svg', build: fittedLines },
  { lesson: '02-gradient-descent', file: '02-learning-rates.svg', build: learningRates, width: 900 },
  { lesson: '02-gradient-descent', file: '02-computation-graph.svg', build: computationGraph, width: 820, height: 400 },
  { lesson: '02-gradient-descent', file: '02-narrow-bowl.svg', build: narrowBowl },
  { lesson: '03-stochastic-and-mini-batch', file: '03-first-epoch.svg', build: firstEpochs },
  { lesson: '03-stochastic-and-mini-batch', file: '03-noise-by-batch-size.svg', build: noiseByBatchSize },
];
