/**
 * The plain data shapes the figure builders take and the Plotly JSON they return.
 *
 * Figures are plain JSON (`{ data, layout, frames? }`), exactly what `Plotly.newPlot` and the
 * `application/vnd.plotly.v1+json` MIME type expect, so they can be saved, diffed and rendered
 * by any Plotly (the notebook, the exported site, a test page).
 */

/** One Plotly trace. The few fields the course reads are typed; the rest pass through. */
export interface PlotlyTrace {
  type?: string;
  name?: string;
  mode?: string;
  x?: unknown[];
  y?: unknown[];
  z?: unknown;
  showlegend?: boolean;
  [key: string]: unknown;
}

/** A Plotly layout (title, axes, legend, ...). */
export interface PlotlyLayout {
  title?: { text: string; [key: string]: unknown };
  [key: string]: unknown;
}

/** One animation frame: the traces (by index) that change at this step. */
export interface PlotlyFrame {
  name: string;
  data: PlotlyTrace[];
  traces?: number[];
  layout?: PlotlyLayout;
}

/** A complete figure: what every builder in `plots` returns. */
export interface PlotlyFigure {
  data: PlotlyTrace[];
  layout: PlotlyLayout;
  frames?: PlotlyFrame[];
}

/** A closed interval `[min, max]` of one axis. */
export type Range = [number, number];

/** A scalar function of two parameters, e.g. a loss surface `L(w1, w2)`. */
export type Fn2D = (x: number, y: number) => number;

/** A scalar function of one parameter, e.g. the convex bowl `L(w)`. */
export type Fn1D = (x: number) => number;

/**
 * The path an optimizer took over two parameters.
 * `name` picks the colour (an optimizer name such as `'adam'` keeps its course colour);
 * `values` are the losses at each point (computed from the function when omitted).
 */
export interface Trajectory {
  name: string;
  points: [number, number][];
  values?: number[];
}

/** Per-epoch logs as Keras/tfjs `History.history` holds them. */
export interface History {
  loss: number[];
  val_loss?: number[];
  [metric: string]: number[] | undefined;
}
