/**
 * The guide's figures: per task, the shapes of its losses on one chart, computed by the library
 * itself (`losses.lossShape` runs each loss function on one sample per x) and drawn by
 * `plots.lossShapes`, so the site shows the same numbers a notebook would.
 */
import * as tf from '@tensorflow/tfjs';
import { setup } from '../src/backend/setup';
import { CATALOGUE, type CatalogueEntry, type Task } from '../src/losses/catalogue';
import { curveVariables, lossShape, type CurveVariable } from '../src/losses/curves';
import { lossShapes } from '../src/plots/loss-shapes';
import type { PlotlyFigure } from '../src/plots/types';

interface FigurePlan {
  /** The x quantity every curve of the chart shares. */
  variable: CurveVariable;
  /** Cut the y-axis here, so steep losses do not flatten the others. */
  yMax?: number;
  /** Options for a loss whose defaults would hide its curve behind another one. */
  lossOptions?: Partial<Record<CatalogueEntry['name'], Record<string, number>>>;
}

/** One chart per task; the multiclass one uses margins, the only curve categorical hinge has. */
const PLANS: Record<Task, FigurePlan> = {
  regression: { variable: 'error', yMax: 4 },
  binary: { variable: 'margin', yMax: 4, lossOptions: { weightedBinaryCrossentropy: { posWeight: 3 } } },
  multiclass: { variable: 'margin', yMax: 4 },
  distribution: { variable: 'probability' },
  counts: { variable: 'rate' },
  segmentation: { variable: 'probability' },
  similarity: { variable: 'angle', lossOptions: { circle: { gamma: 1 } } },
  sequence: { variable: 'probability' },
  critic: { variable: 'score' },
};

/** Points per curve: smooth at phone and desktop widths, and keeps the page small. */
const POINTS = 121;

export interface GuideFigure {
  figure: PlotlyFigure;
  /** Losses of the task drawn elsewhere or not at all, with why. */
  notDrawn: string[];
  /** Losses whose curve leaves the chart above `yMax`. */
  offScale: string[];
  /** Losses whose x differs from the axis title's, with their own x (`target y = 1` ...). */
  ownAxis: Array<{ title: string; xLabel: string }>;
  yMax?: number;
}

const optionLabel = (options: Record<string, number>): string =>
  Object.entries(options).map(([k, v]) => `${k}: ${v}`).join(', ');

function taskFigure(task: Task, plan: FigurePlan): GuideFigure | undefined {
  const entries = CATALOGUE.filter((e) => e.task === task);
  const drawn = entries.filter((e) => curveVariables(e.name).includes(plan.variable));
  if (drawn.length === 0) return undefined;
  const shapes = drawn.map((e) => lossShape(e.name, { variable: plan.variable, points: POINTS, lossOptions: plan.lossOptions?.[e.name] }));
  const figure = lossShapes(shapes.map((s) => ({ name: s.name, x: s.x, y: s.y })), {
    xTitle: shapes[0].xLabel,
    yMax: plan.yMax,
    height: 400,
  });
  // Legend in words; the colour was already chosen from the loss's name.
  figure.data.forEach((trace, i) => {
    const options = plan.lossOptions?.[drawn[i].name];
    trace.name = options ? `${drawn[i].title} (${optionLabel(options)})` : drawn[i].title;
  });
  // The section's heading names the chart; the legend takes the title's place, above the plot,
  // where it can wrap to a loss a row on a phone without covering the x-axis title.
  figure.layout.title = { text: '' };
  figure.layout.legend = { orientation: 'h', x: 0, xanchor: 'left', y: 1.02, yanchor: 'bottom' };
  figure.layout.margin = { t: 16, r: 16, b: 50, l: 56 };
  const offScale = plan.yMax === undefined ? [] : drawn.filter((_, i) => Math.max(...shapes[i].y) > (plan.yMax as number)).map((e) => e.title);
  const notDrawn = entries.filter((e) => !drawn.includes(e)).map((e) => e.title);
  const ownAxis = drawn.map((e, i) => ({ title: e.title, xLabel: shapes[i].xLabel })).filter((a) => a.xLabel !== shapes[0].xLabel);
  return { figure, notDrawn, offScale, ownAxis, yMax: plan.yMax };
}

/** tfjs needs a backend; in the exporter's Node process the plain JavaScript one is enough. */
async function ensureBackend(): Promise<void> {
  if (!tf.engine().backendName) await setup({ backend: 'cpu', verbose: false });
}

/** The guide's figure for every task that has one. */
export async function guideFigures(): Promise<Map<Task, GuideFigure>> {
  await ensureBackend();
  const figures = new Map<Task, GuideFigure>();
  for (const task of Object.keys(PLANS) as Task[]) {
    const figure = taskFigure(task, PLANS[task]);
    if (figure) figures.set(task, figure);
  }
  return figures;
}
