/**
 * The site's search, built at export time: every page's sections (see `search-text.ts`) go into a
 * MiniSearch index, serialised into `assets/search-index.js`, a script that assigns one global.
 * A script, not a fetched JSON file, so search works from `file://` and offline. The browser side
 * is `static/search.js`, which loads MiniSearch's browser build (written here too) and this index
 * the first time the search box is used. Results store the page, the heading's anchor, its title
 * and a short snippet; the text itself is indexed, not stored.
 */
import { transformSync } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import MiniSearch from 'minisearch';
import { dirname, join } from 'path';
import { jsonForScript } from './html';
import { relativeUrl } from './links';
import type { PageRef } from './nav';
import { pageSections } from './search-text';

/** The search's files in the site, shared by every page. */
export const SEARCH_FILES = {
  engine: 'assets/minisearch.js',
  index: 'assets/search-index.js',
  script: 'assets/search.js',
  css: 'assets/search.css',
} as const;

/** The global `search-index.js` assigns (see `SearchData`). */
export const SEARCH_GLOBAL = 'losslabSearch';

/** Characters of a section's prose kept as its snippet. */
export const SNIPPET_CHARS = 160;

/** One searchable section. Short keys: every stored key is repeated once per section in the index. */
export interface SearchDoc {
  id: number;
  /** Index of the page in `pages`. */
  p: number;
  /** The heading's id on the page (`''`: the top of the page). */
  h: string;
  /** Section title (the heading's text). */
  t: string;
  /** Snippet: the start of the section's prose. */
  s: string;
  /** Emphasised words of the prose (a lesson's defined terms), indexed, not stored. */
  k: string;
  /** Full prose, indexed, not stored. */
  x: string;
  /** Code, indexed lightly, not stored. */
  c: string;
}

/** A page as results show it: its URL from the site's root (percent-encoded) and its name. */
export interface SearchPage { url: string; name: string; kind: PageRef['kind'] }

/**
 * Terms left out of the index, to keep it small: words too common to tell sections apart, single
 * letters, and terms without a letter (numbers, operators). The browser drops the same terms from
 * queries (the pattern travels in the index script), so a query's filler words never block a match.
 */
export const DROPPED_TERMS = new RegExp(
  '^(?:a|an|and|are|as|at|be|but|by|can|do|does|for|from|has|have|if|in|into|is|it|its|of|on|or|so|than|that|the|then|there|these|this|those|to|was|we|were|when|which|while|with|you|your' +
  '|const|let|var|await|async|return|import|export|\\p{L}|[^\\p{L}]*)$', 'u');

/** Lower-cased, or `null` for a dropped term (MiniSearch's `processTerm`). */
export function processTerm(term: string): string | null {
  const lower = term.toLowerCase();
  return DROPPED_TERMS.test(lower) ? null : lower;
}

/** Indexed and stored fields; the browser loads the index with these same options (and `processTerm`). */
export const INDEX_OPTIONS = { fields: ['t', 'k', 'x', 'c'], storeFields: ['p', 'h', 't', 's'] };

/**
 * How queries are ranked, applied by the browser: a heading counts three times its prose, a term
 * the prose emphasises twice, code a third; every word must match (prefix, and for words of four
 * letters or more one typo in five letters), falling back to any word when none matches all.
 * A lesson explains and its notebook practises: on the same match the lesson comes first.
 */
const PAGE_WEIGHT: Record<PageRef['kind'], number> = { index: 1, lesson: 1, notebook: 0.5, guide: 1 };
export const RANKING = {
  boost: { t: 3, k: 2, x: 1, c: 0.3 },
  fuzzy: 0.2,
  fuzzyMinLength: 4,
  pageWeight: PAGE_WEIGHT,
  maxResults: 8,
};

/** Everything `search-index.js` holds. */
export interface SearchData {
  pages: SearchPage[];
  options: typeof INDEX_OPTIONS;
  dropped: string;
  ranking: typeof RANKING;
  index: ReturnType<MiniSearch['toJSON']>;
}

/** What a page is called in results: `Lesson 04 · Regression losses`, `Choosing a loss`. */
export function pageName(page: PageRef): string {
  if (!page.step || (page.kind !== 'lesson' && page.kind !== 'notebook')) return page.title;
  return `${page.kind === 'lesson' ? 'Lesson' : 'Notebook'} ${page.step.number} · ${page.step.title}`;
}

/** The start of `text`, cut at a word boundary, with an ellipsis when cut. */
export function snippet(text: string, max = SNIPPET_CHARS): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1).replace(/\s+\S*$/, '');
  return `${(cut.length > max / 2 ? cut : text.slice(0, max)).replace(/[\s,;:.(–—-]+$/, '')}…`;
}

/**
 * MiniSearch's UMD build (it defines the global `MiniSearch`), minified, its licence named.
 * The package exports only its entry points, so the build is found beside the CommonJS one.
 */
export function browserEngine(): string {
  const dist = join(dirname(require.resolve('minisearch')), '..');
  const { version } = JSON.parse(readFileSync(join(dist, '..', 'package.json'), 'utf8')) as { version: string };
  const { code } = transformSync(readFileSync(join(dist, 'umd', 'index.js'), 'utf8'), { minify: true, target: 'es2018', legalComments: 'none' });
  return `/*! MiniSearch ${version} (c) Luca Ongaro, MIT License, https://github.com/lucaong/minisearch */\n${code}`;
}

/** The search's weight in the site, for the build report and `npm run bench`. */
export interface SearchSize {
  /** Bytes of `assets/search-index.js`. */
  indexBytes: number;
  /** Bytes of MiniSearch's browser build, `assets/minisearch.js`. */
  engineBytes: number;
  /** Sections indexed. */
  sections: number;
}

/** Collects the site's sections page by page, then writes the index, the engine and the UI. */
export class SearchIndex {
  readonly pages: SearchPage[] = [];
  readonly docs: SearchDoc[] = [];

  /** Add the sections of one page, from its body HTML as written. */
  add(page: PageRef, bodyHtml: string): void {
    const p = this.pages.push({ url: relativeUrl('index.html', page.output), name: pageName(page), kind: page.kind }) - 1;
    for (const { id: h, title, text: x, terms: k, code: c } of pageSections(bodyHtml)) {
      this.docs.push({ id: this.docs.length, p, h, t: title || page.title, s: snippet(x), k, x, c });
    }
  }

  /** Everything the browser needs, with the index built. */
  data(): SearchData {
    const engine = new MiniSearch<SearchDoc>({ ...INDEX_OPTIONS, processTerm });
    engine.addAll(this.docs);
    return { pages: this.pages, options: INDEX_OPTIONS, dropped: DROPPED_TERMS.source, ranking: RANKING, index: engine.toJSON() };
  }

  /** Write the index script, MiniSearch and the search box's script and styles; returns their sizes. */
  write(out: string): SearchSize {
    const path = (file: string): string => join(out, file);
    mkdirSync(dirname(path(SEARCH_FILES.index)), { recursive: true });
    writeFileSync(path(SEARCH_FILES.index), `window.${SEARCH_GLOBAL} = ${jsonForScript(this.data())};\n`);
    writeFileSync(path(SEARCH_FILES.engine), browserEngine());
    for (const file of [SEARCH_FILES.script, SEARCH_FILES.css]) copyFileSync(join(__dirname, 'static', file.slice('assets/'.length)), path(file));
    const bytes = (file: string): number => statSync(path(file)).size;
    return { indexBytes: bytes(SEARCH_FILES.index), engineBytes: bytes(SEARCH_FILES.engine), sections: this.docs.length };
  }
}
