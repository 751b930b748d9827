/**
 * A static picture of a figure for pages that run no scripts (untrusted notebooks, sanitised
 * HTML): the line/scatter traces drawn as SVG polylines in a box, with the title and a legend.
 * Traces it cannot draw (surfaces, heatmaps) are listed by name instead. It is a preview, not a
 * second plotting library; the interactive figure replaces it as soon as plotly.js runs.
 */
import type { PlotlyFigure, PlotlyTrace } from '../plots/types';
import { escapeHtml } from './escape';

const MAX_POINTS = 200;

/** Size of the static picture in pixels. Default 480 x 260. */
export interface SvgSize {
  width?: number;
  height?: number;
}

type Series = { name: string; colour: string; xs: number[]; ys: number[] };

function numbers(values: unknown[] | undefined): number[] | null {
  if (!Array.isArray(values) || values.length === 0) return null;
  return values.every((v) => typeof v === 'number') ? (values as number[]) : null;
}

function colourOf(trace: PlotlyTrace): string {
  const line = trace.line as { color?: unknown } | undefined;
  const marker = trace.marker as { color?: unknown } | undefined;
  const colour = line?.color ?? marker?.color;
  return typeof colour === 'string' ? colour : '#555';
}

function drawable(trace: PlotlyTrace): Series | null {
  if ((trace.type ?? 'scatter') !== 'scatter') return null;
  const ys = numbers(trace.y);
  if (!ys) return null;
  const xs = numbers(trace.x) ?? ys.map((_, i) => i);
  const stride = Math.max(1, Math.ceil(ys.length / MAX_POINTS));
  const keep = (_: number, i: number) => i % stride === 0 && Number.isFinite(xs[i]) && Number.isFinite(ys[i]);
  return { name: trace.name ?? '', colour: colourOf(trace), xs: xs.filter(keep), ys: ys.filter(keep) };
}

function extent(values: number[]): [number, number] {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (lo === hi) { lo -= 1; hi += 1; }
  return [lo, hi];
}

function polyline(series: Series, sx: (x: number) => number, sy: (y: number) => number): string {
  const points = series.xs.map((x, i) => `${sx(x).toFixed(1)},${sy(series.ys[i]).toFixed(1)}`).join(' ');
  if (series.xs.length === 1) {
    return `<circle cx="${sx(series.xs[0]).toFixed(1)}" cy="${sy(series.ys[0]).toFixed(1)}" r="4" fill="${escapeHtml(series.colour)}"/>`;
  }
  return `<polyline fill="none" stroke="${escapeHtml(series.colour)}" stroke-width="1.5" points="${points}"/>`;
}

function titleOf(figure: PlotlyFigure): string {
  return figure.layout.title?.text ?? 'Figure';
}

/** The static SVG (or, if nothing is drawable, an empty string). */
export function staticSvg(figure: PlotlyFigure, size: SvgSize = {}): string {
  const WIDTH = size.width ?? 480;
  const HEIGHT = size.height ?? 260;
  const PAD = 36;
  const series = figure.data.map(drawable).filter((s): s is Series => s !== null && s.xs.length > 0);
  if (series.length === 0) return '';
  const [x0, x1] = extent(series.flatMap((s) => s.xs));
  const [y0, y1] = extent(series.flatMap((s) => s.ys));
  const sx = (x: number) => PAD + ((x - x0) / (x1 - x0)) * (WIDTH - 2 * PAD);
  const sy = (y: number) => HEIGHT - PAD - ((y - y0) / (y1 - y0)) * (HEIGHT - 2 * PAD);
  const fmt = (v: number) => escapeHtml(Number(v.toPrecision(3)).toString());
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="losslab-static-svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeHtml(titleOf(figure))}">`,
    `<rect x="${PAD}" y="${PAD}" width="${WIDTH - 2 * PAD}" height="${HEIGHT - 2 * PAD}" fill="none" stroke="#ccc"/>`,
    `<text x="${WIDTH / 2}" y="20" text-anchor="middle" font-size="13" font-family="sans-serif">${escapeHtml(titleOf(figure))}</text>`,
    `<text x="${PAD}" y="${HEIGHT - PAD + 14}" font-size="10" font-family="sans-serif">${fmt(x0)}</text>`,
    `<text x="${WIDTH - PAD}" y="${HEIGHT - PAD + 14}" font-size="10" text-anchor="end" font-family="sans-serif">${fmt(x1)}</text>`,
    `<text x="${PAD - 4}" y="${HEIGHT - PAD}" font-size="10" text-anchor="end" font-family="sans-serif">${fmt(y0)}</text>`,
    `<text x="${PAD - 4}" y="${PAD + 8}" font-size="10" text-anchor="end" font-family="sans-serif">${fmt(y1)}</text>`,
    ...series.map((s) => polyline(s, sx, sy)),
    `</svg>`,
  ].join('');
}

/** One line naming the figure and its traces, for `text/plain` and the static note. */
export function figureSummary(figure: PlotlyFigure): string {
  const names = figure.data.map((t) => t.name).filter((n): n is string => typeof n === 'string' && n !== '');
  const count = figure.data.length;
  const listed = names.length ? `: ${names.join(', ')}` : '';
  return `${titleOf(figure)} (${count} trace${count === 1 ? '' : 's'}${listed}${figure.frames ? `; ${figure.frames.length} frames` : ''})`;
}
