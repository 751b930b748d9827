/** What the markdown renderer needs to know about the page it is rendering. */
import type { Fragments } from './fragments';
import type { Slugger } from './slug';

/**
 * Maps a link found in the page's source to the URL it gets on the site; `undefined` when it
 * points at a course file that is not in the site (a lesson not written yet), so the link is
 * shown as plain text instead of a broken link.
 */
export type LinkRewriter = (href: string) => string | undefined;

export interface RenderEnv {
  /** Present when the page will be sanitised: our own HTML is parked here meanwhile. */
  fragments?: Fragments;
  /** Unique heading anchors for the whole page (a notebook shares one across its cells). */
  slugger: Slugger;
  /** Rewrites `05-x.md`, `../notebooks/05-x.ipynb` and local files to the site's URLs. */
  rewriteLink: LinkRewriter;
  /** The part of the page being rendered (`cells[3]`), for messages about it. */
  where?: string;
  /** Headings seen so far, for an "on this page" list. */
  headings: Array<{ level: number; id: string; text: string }>;
}

/** markdown-it hands rules the env as its own loose type; ours is always a `RenderEnv`. */
export function asRenderEnv(env: unknown): RenderEnv {
  return env as RenderEnv;
}
