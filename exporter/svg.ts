/**
 * Untrusted SVG (`image/svg+xml` outputs, SVG attachments, `.svg` files a lesson links to) made
 * inert before it is published: an SVG file opened on its own runs its scripts in the site's
 * origin, so only drawing elements and presentation attributes are kept. Dropped: `<script>`,
 * `on*` handlers, `<foreignObject>`, animation (`<animate>`, `<set>` can write `href`), links,
 * `<style>` elements, references to anything but `#ids` in the same file (`<use>`, `<image>`
 * only with `data:` raster images), CSS `url()` other than `url(#id)`, and the DOCTYPE.
 */
import sanitizeHtml from 'sanitize-html';

const ELEMENTS = [
  'svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'metadata', 'path', 'rect', 'circle', 'ellipse', 'line',
  'polyline', 'polygon', 'text', 'tspan', 'textPath', 'image', 'linearGradient', 'radialGradient', 'stop',
  'clipPath', 'mask', 'pattern', 'marker', 'filter', 'feGaussianBlur', 'feOffset', 'feBlend', 'feFlood',
  'feComposite', 'feMerge', 'feMergeNode', 'feColorMatrix', 'feMorphology', 'feDropShadow', 'switch',
];

const ATTRIBUTES = [
  'id', 'class', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy', 'width', 'height', 'd',
  'points', 'viewBox', 'preserveAspectRatio', 'transform', 'fill', 'fill-opacity', 'fill-rule', 'stroke',
  'stroke-width', 'stroke-opacity', 'stroke-linecap', 'stroke-linejoin', 'stroke-dasharray', 'stroke-dashoffset',
  'stroke-miterlimit', 'opacity', 'color', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor',
  'dominant-baseline', 'alignment-baseline', 'baseline-shift', 'letter-spacing', 'dx', 'dy', 'rotate',
  'textLength', 'lengthAdjust', 'offset', 'stop-color', 'stop-opacity', 'gradientUnits', 'gradientTransform',
  'spreadMethod', 'clip-path', 'clipPathUnits', 'clip-rule', 'mask', 'maskUnits', 'maskContentUnits',
  'patternUnits', 'patternContentUnits', 'patternTransform', 'marker-start', 'marker-mid', 'marker-end',
  'markerWidth', 'markerHeight', 'markerUnits', 'refX', 'refY', 'orient', 'filter', 'filterUnits', 'in', 'in2',
  'result', 'stdDeviation', 'mode', 'operator', 'k1', 'k2', 'k3', 'k4', 'values', 'type', 'flood-color',
  'flood-opacity', 'visibility', 'display', 'vector-effect', 'shape-rendering', 'text-rendering', 'version',
  'role', 'aria-label', 'aria-hidden', 'style', 'href', 'xlink:href', 'xmlns', 'xmlns:xlink', 'startOffset',
];

const ATTRIBUTE_SET = new Set(ATTRIBUTES);
const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
/** The only references kept: an element of the same file, or an inline raster image. */
const SAFE_REF = /^(#[\w.:-]+|data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*)$/i;
/** CSS that could fetch or run something: `url(` other than `url(#id)`, `@import`, escapes, expressions. */
const UNSAFE_CSS = /url\s*\(\s*(?!['"]?#[\w.:-]+['"]?\s*\))|@import|\\|expression\s*\(|javascript:|behavior|-moz-binding|image-set|[<>]/i;

function cleanAttributes(tag: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Attributes {
  const kept: sanitizeHtml.Attributes = {};
  for (const [name, value] of Object.entries(attribs)) {
    if (!ATTRIBUTE_SET.has(name)) continue;
    if (name === 'href' || name === 'xlink:href') {
      const imageData = tag === 'image' && /^data:image\//i.test(value);
      if (!SAFE_REF.test(value.trim()) || (value.trim().startsWith('data:') && !imageData)) continue;
    }
    if (name === 'xmlns' && value !== SVG_NS) continue;
    if (name === 'xmlns:xlink' && value !== XLINK_NS) continue;
    if (UNSAFE_CSS.test(value) && name !== 'd' && name !== 'points') continue;
    kept[name] = value;
  }
  if (tag === 'svg' && !kept.xmlns) kept.xmlns = SVG_NS;
  return kept;
}

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ELEMENTS,
  allowedAttributes: Object.fromEntries(ELEMENTS.map((e) => [e, ATTRIBUTES])),
  allowedSchemes: [],
  allowedSchemesAppliedToAttributes: [],
  allowVulnerableTags: false,
  nonTextTags: ['script', 'style', 'foreignObject', 'handler', 'iframe', 'noscript'],
  disallowedTagsMode: 'discard',
  parser: { xmlMode: true, lowerCaseTags: false, lowerCaseAttributeNames: false, decodeEntities: true },
  transformTags: { '*': (tagName, attribs) => ({ tagName, attribs: cleanAttributes(tagName, attribs) }) },
};

/** `svg` with everything that could run or fetch removed; an `<svg>` root with its namespace. */
export function sanitizeSvg(svg: string): string {
  // The DOCTYPE's internal subset (`[<!ENTITY ...>]`) holds a `>` that ends the parser's view of it.
  const body = svg.replace(/<\?xml[^>]*\?>/gi, '').replace(/<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>/gi, '');
  const clean = sanitizeHtml(body, OPTIONS).trim();
  return clean.startsWith('<svg') ? `${clean}\n` : `<svg xmlns="${SVG_NS}">${clean}</svg>\n`;
}
