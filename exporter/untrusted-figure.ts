/**
 * A Plotly figure from an untrusted notebook, made unable to reach outside the site: plotly.js
 * would fetch `layout.images` and image traces given by URL, map tiles and topojson for map
 * traces, and honours `config` (which holds URLs of its own). Its text is safe already: plotly.js
 * draws text as SVG text and keeps only http(s) and mailto links.
 */

/** Traces that download map data or tiles from plotly's CDN or a map provider. */
const MAP_TRACES = /^(scattergeo|choropleth|(scatter|choropleth|density)map(box)?)$/;
const INLINE_IMAGE = /^data:image\/(png|jpeg|gif|webp);base64,/i;

function scrub(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.filter((v) => !(isRecord(v) && typeof v.type === 'string' && MAP_TRACES.test(v.type))).map(scrub);
  }
  if (!isRecord(value)) return value;
  const entries = Object.entries(value).filter(([key, v]) => !(key === 'source' && !(typeof v === 'string' && INLINE_IMAGE.test(v))));
  return Object.fromEntries(entries.map(([key, v]) => [key, scrub(v)]));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `{ data, layout, frames }` of `figure` without external images, map traces or `config`. */
export function untrustedFigure(figure: unknown): unknown {
  const spec = typeof figure === 'string' ? (JSON.parse(figure) as unknown) : figure;
  if (!isRecord(spec)) return spec;
  return scrub({ data: spec.data, layout: spec.layout, frames: spec.frames });
}
