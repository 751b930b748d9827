/** The layout every course figure shares: a title, titled axes, a legend when it helps. */
import type { PlotlyLayout } from './types';

/** Options every figure builder accepts. */
export interface FigureOptions {
  /** Figure title (each builder has a sensible default). */
  title?: string;
  /** Pixel height; width follows the notebook's column. Default 420. */
  height?: number;
}

/**
 * A Plotly axis with a title and optional log scale. Exponents print as powers of ten
 * (`10⁻⁹`), never as SI prefixes (`1n`), which read as units in a course about losses.
 */
export function axis(title: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { title: { text: title }, zeroline: false, exponentformat: 'power', ...extra };
}

/**
 * The base layout: title, x/y axis titles, legend shown iff `traceCount > 1`.
 * Builders spread extra fields over it.
 */
export function baseLayout(
  title: string,
  xTitle: string,
  yTitle: string,
  traceCount: number,
  options: FigureOptions = {},
): PlotlyLayout {
  return {
    title: { text: options.title ?? title },
    xaxis: axis(xTitle),
    yaxis: axis(yTitle),
    showlegend: traceCount > 1,
    legend: { orientation: 'h', y: -0.2 },
    height: options.height ?? 420,
    margin: { t: 60, r: 20, b: 80, l: 70 },
  };
}

/** Evenly spaced numbers from `min` to `max` inclusive (like `np.linspace`). */
export function linspace(min: number, max: number, count: number): number[] {
  if (!(count >= 2)) throw new Error(`linspace: count must be at least 2; got ${count}`);
  const step = (max - min) / (count - 1);
  return Array.from({ length: count }, (_, i) => min + i * step);
}
