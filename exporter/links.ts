/**
 * Links between course files, rewritten to the site's pages. The site mirrors the source layout
 * (`lessons/05-x.md` -> `lessons/05-x.html`, `notebooks/05-x.ipynb` -> `notebooks/05-x.html`), so a
 * link is resolved against its page's logical source path, looked up, and made relative again:
 * every URL on the site is relative, so it works from `file://` and under any sub-path.
 */
import { posix } from 'path';
import type { LinkRewriter } from './env';

export interface LinkContext {
  /** Logical source path of the page holding the link, e.g. `lessons/04-regression-losses.md`. */
  fromSource: string;
  /** Site path of that page, e.g. `lessons/04-regression-losses.html`. */
  fromOutput: string;
  /** Logical source path -> site path, for every page on the site. */
  pages: ReadonlyMap<string, string>;
  /** Site paths of every page, so rewriting is idempotent. */
  outputs?: ReadonlySet<string>;
  /** Called for a local link that is not a page; returns its site path when the file was copied. */
  localFile?: (sourcePath: string) => string | undefined;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Relative URL from the page at `fromOutput` to the site path `target`, each segment
 * percent-encoded (file names may hold spaces, `#`, `?`, `&` or letters of any script).
 */
export function relativeUrl(fromOutput: string, target: string): string {
  const rel = posix.relative(posix.dirname(fromOutput), target);
  return (rel === '' ? posix.basename(target) : rel).split('/').map(encodeURIComponent).join('/');
}

/** Split `path?query#hash` into the path and the rest. */
function splitHref(href: string): [string, string] {
  const at = href.search(/[?#]/);
  return at === -1 ? [href, ''] : [href.slice(0, at), href.slice(at)];
}

/** Resolve a page-relative link to a logical source path, or `undefined` if it is not local. */
export function resolveSource(fromSource: string, href: string): string | undefined {
  const [path] = splitHref(href);
  if (path === '' || SCHEME.test(href) || href.startsWith('/')) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  const resolved = posix.normalize(posix.join(posix.dirname(fromSource), decoded));
  return resolved.startsWith('../') ? undefined : resolved;
}

/**
 * Build the rewriter for one page. External links and anchors are returned unchanged; a local
 * link to a file that is neither a page nor copied into the site gives `undefined`.
 */
export function makeLinkRewriter(ctx: LinkContext): LinkRewriter {
  return (href) => {
    // An in-page anchor shown on another page (a lesson's summary on the index) points back home.
    const home = ctx.pages.get(ctx.fromSource);
    if (href.startsWith('#') && home !== undefined && home !== ctx.fromOutput) return relativeUrl(ctx.fromOutput, home) + href;
    // Already a site URL (links are rewritten again when sanitised): keep it.
    const asOutput = resolveSource(ctx.fromOutput, href);
    if (asOutput !== undefined && ctx.outputs?.has(asOutput)) return href;
    const source = resolveSource(ctx.fromSource, href);
    if (source === undefined) return href;
    const [, rest] = splitHref(href);
    const page = ctx.pages.get(source);
    if (page !== undefined) return relativeUrl(ctx.fromOutput, page) + rest;
    const copied = ctx.localFile?.(source);
    return copied === undefined ? undefined : relativeUrl(ctx.fromOutput, copied) + rest;
  };
}
