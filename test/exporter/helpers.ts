/** Shared helpers for the site tests: a markdown environment for a page of a small course. */
import type { RenderEnv } from '../../exporter/env';
import { Fragments } from '../../exporter/fragments';
import { makeLinkRewriter } from '../../exporter/links';
import { Slugger } from '../../exporter/slug';

export const PAGES = new Map([
  ['lessons/04-regression-losses.md', 'lessons/04-regression-losses.html'],
  ['lessons/05-binary-classification-losses.md', 'lessons/05-binary-classification-losses.html'],
  ['notebooks/04-regression-losses.ipynb', 'notebooks/04-regression-losses.html'],
]);

/** Environment of `lessons/04-regression-losses.md` (or another page), trusted or not. */
export function envFor(trusted: boolean, fromSource = 'lessons/04-regression-losses.md'): RenderEnv {
  const fromOutput = fromSource.replace(/\.(md|ipynb)$/, '.html');
  return {
    slugger: new Slugger(),
    headings: [],
    fragments: trusted ? undefined : new Fragments(),
    rewriteLink: makeLinkRewriter({ fromSource, fromOutput, pages: PAGES, outputs: new Set(PAGES.values()) }),
  };
}

/** Every start tag in `html` with its attributes, for asserting nothing executable is left. */
export function startTags(html: string): Array<{ name: string; attrs: string }> {
  return [...html.matchAll(/<([a-zA-Z][\w:-]*)([^>]*)>/g)].map((m) => ({ name: m[1].toLowerCase(), attrs: m[2] }));
}

/** Executable leftovers: script/iframe/object/embed tags, on* handlers, javascript: URLs. */
export function executable(html: string): string[] {
  return startTags(html).flatMap(({ name, attrs }) => {
    const found: string[] = [];
    if (['script', 'iframe', 'object', 'embed', 'form', 'style', 'base', 'meta', 'link'].includes(name)) found.push(`<${name}${attrs}>`);
    if (/\son\w+\s*=/i.test(attrs)) found.push(`<${name}${attrs}>`);
    if (/(href|src|action|data)\s*=\s*["']?\s*javascript:/i.test(attrs)) found.push(`<${name}${attrs}>`);
    return found;
  });
}
