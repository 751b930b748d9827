/**
 * Figures that show themselves: a builder's result, left as a cell's last value, displays as the
 * interactive figure `display.show` sends (Deno's `Symbol.for('Jupyter.display')` convention,
 * which the course's kernel follows); everywhere else it stays plain Plotly JSON (the method is
 * a non-enumerable symbol, so `JSON.stringify` and deep equality ignore it).
 */
import type { PlotlyFigure } from '../plots/types';
import { figureShowBundle } from './show';
import { JUPYTER_DISPLAY } from './tensor-text';

/** `figure`, with a display method; returns the same object. */
export function displayable<F extends PlotlyFigure>(figure: F): F {
  Object.defineProperty(figure, JUPYTER_DISPLAY, {
    value(this: F) { return figureShowBundle(this); },
    enumerable: false, configurable: true, writable: true,
  });
  return figure;
}
