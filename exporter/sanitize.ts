/**
 * Sanitising HTML that comes from notebooks we do not trust: raw HTML in markdown cells and
 * lessons, and `text/html` / `text/markdown` outputs. No scripts, no event handlers, no
 * `javascript:` URLs, no iframes, objects, embeds, forms or styles. Content ids and names are
 * prefixed (`user-content-`, as GitHub does) so they cannot clobber the page's own elements or
 * globals (`id="losslabFigures"`, `id="figure-1"`); `#fragment` links are prefixed to match.
 */
import sanitizeHtml from 'sanitize-html';
import type { LinkRewriter } from './env';

const TAGS = [
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup', 'dd', 'del',
  'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'hr', 'i', 'img', 'input', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 's', 'samp',
  'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'u', 'ul', 'var',
];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: TAGS,
  allowedAttributes: {
    '*': ['class', 'id', 'title', 'lang', 'dir', 'align', 'aria-label', 'aria-hidden', 'role'],
    a: ['href', 'name', 'rel'],
    img: ['src', 'alt', 'width', 'height'],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan', 'scope'],
    ol: ['start', 'type'],
    input: ['type', 'checked', 'disabled'],
    details: ['open'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  // Remote images are not loaded: they would tell a third party who reads the page.
  allowedSchemesByTag: { img: ['data'] },
  allowProtocolRelative: false,
  // Dropped with their content, not unwrapped: their text is code, not prose.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed'],
  transformTags: {
    // Task-list checkboxes only; any other input is turned into an inert span.
    input: (tagName, attribs) =>
      attribs.type === 'checkbox'
        ? { tagName, attribs: { ...attribs, disabled: 'disabled' } }
        : { tagName: 'span', attribs: {} },
  },
};

/** Prefix of every id and name that comes from content. */
export const CONTENT_ID_PREFIX = 'user-content-';

/** `#x` and `page.html#x` point at content ids; external URLs are left alone. */
export function prefixFragment(href: string): string {
  const at = href.indexOf('#');
  if (at === -1 || /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) return href;
  return `${href.slice(0, at)}#${CONTENT_ID_PREFIX}${href.slice(at + 1)}`;
}

/** Inline images that are pictures and nothing else (a `data:` SVG or HTML would be a document). */
const RASTER_DATA = /^data:image\/(png|jpeg|gif|webp);/i;

/** Applied to every tag: content ids prefixed, `#links` to match, inline images raster only. */
const contentTransform: sanitizeHtml.Transformer = (tagName, attribs) => {
  const out = { ...attribs };
  for (const name of ['id', 'name']) if (out[name] !== undefined) out[name] = CONTENT_ID_PREFIX + out[name];
  if (tagName === 'a' && out.href !== undefined) out.href = prefixFragment(out.href);
  if (tagName === 'img' && /^\s*data:/i.test(out.src ?? '') && !RASTER_DATA.test(out.src.trim())) delete out.src;
  return { tagName, attribs: out };
};

function rewriting(attr: 'href' | 'src', rewrite: LinkRewriter): sanitizeHtml.Transformer {
  return (tagName, attribs) => {
    const value = attribs[attr];
    if (value === undefined) return { tagName, attribs };
    const url = rewrite(value);
    const { [attr]: _dropped, ...rest } = attribs;
    return { tagName, attribs: url === undefined ? rest : { ...rest, [attr]: url } };
  };
}

/**
 * Return `html` with everything that could run code removed. With `rewrite`, links and images
 * in raw HTML are mapped to the site like markdown links (a missing local target loses its URL).
 */
export function sanitize(html: string, rewrite?: LinkRewriter): string {
  const links: Record<string, sanitizeHtml.Transformer> = rewrite ? { a: rewriting('href', rewrite), img: rewriting('src', rewrite) } : {};
  return sanitizeHtml(html, { ...OPTIONS, transformTags: { ...OPTIONS.transformTags, ...links, '*': contentTransform } });
}
