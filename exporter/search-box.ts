/**
 * The search box in every page's top bar, and the assets it needs in the head. Hidden until
 * `assets/search.js` runs (without scripts there is no search, so no dead box); the engine and
 * the index are named by page-relative URLs and loaded only when the box is first used.
 */
import { SEARCH_FILES } from './search';

/** Page-relative URL of a site path (the layout's `url`, already escaped for an attribute). */
type Url = (target: string) => string;

/** The search's stylesheet and script, for the page's `<head>`. */
export function searchHead(url: Url): string {
  return `<link rel="stylesheet" href="${url(SEARCH_FILES.css)}">\n<script src="${url(SEARCH_FILES.script)}" defer></script>\n`;
}

/**
 * The box: a labelled search field, the list of results (links, so Tab, Enter, middle-click and
 * "open in a new tab" work as on any link) and a live status that says how many were found.
 * `data-root` is the page-relative URL of the site's root (`''` or `../`): result URLs start there.
 */
export function searchBox(url: Url): string {
  const root = url('index.html').replace(/index\.html$/, '');
  return `<div class="search" role="search" hidden data-root="${root}" data-engine="${url(SEARCH_FILES.engine)}" data-index="${url(SEARCH_FILES.index)}">
<label class="search-label" for="losslab-search-input">Search the course</label>
<input id="losslab-search-input" class="search-input" type="search" placeholder="Search" autocomplete="off" spellcheck="false" aria-describedby="losslab-search-help" aria-controls="losslab-search-results">
<kbd class="search-key" aria-hidden="true">/</kbd>
<p id="losslab-search-help" class="search-label">Type to search the lessons, notebooks and loss guide; Down arrow or Tab moves through the results, Enter opens one, Escape closes them. Press / to come back here.</p>
<p class="search-label" role="status" aria-live="polite"></p>
<div class="search-panel" hidden>
<ul id="losslab-search-results" class="search-results" aria-label="Search results"></ul>
<p class="search-empty" hidden></p>
</div>
</div>
`;
}
