/** The HTML shell shared by every page: head with the shared assets, top bar, sidebar, pager. */
import { escapeHtml } from './html';
import { relativeUrl } from './links';
import { PLOTLY_CONFIG } from '../src/display/plotly-config';
import { searchBox, searchHead } from './search-box';

export interface LayoutOptions {
  courseTitle: string;
  /** Site path of this page, e.g. `lessons/04-regression-losses.html`. */
  output: string;
  /** Page title (plain text). */
  title: string;
  /** Main content HTML. */
  body: string;
  sidebar: string;
  pager: string;
  /** Load the shared plotly.js (only pages with figures do). */
  usesPlotly: boolean;
  /** Short description for search engines and link previews. */
  description?: string;
  /** A notebook page that runs in the browser (loads `assets/run/notebook.js`, see `browser/`). */
  runnable?: boolean;
}

/** Every page's shared assets, in `site/assets/`. */
export const ASSET_FILES = {
  css: ['assets/katex/katex.min.css', 'assets/hljs.css', 'assets/site.css'],
  /** Stylesheets only one page needs, by the page's site path. */
  pageCss: { 'guide.html': 'assets/guide.css' } as Record<string, string>,
  favicon: 'assets/favicon.svg',
  plotly: 'assets/plotly.min.js',
  script: 'assets/site.js',
  /** Keyboard access to scrolling boxes and to figures' sliders and buttons. */
  keyboard: 'assets/keyboard.js',
  runner: 'assets/run/notebook.js',
} as const;

/** A complete HTML page; every URL in it is relative to the page. */
export function renderPage(o: LayoutOptions): string {
  const url = (target: string): string => escapeHtml(relativeUrl(o.output, target));
  const pageCss = ASSET_FILES.pageCss[o.output];
  const css = [...ASSET_FILES.css, ...(pageCss ? [pageCss] : [])].map((f) => `<link rel="stylesheet" href="${url(f)}">`).join('\n');
  const plotly = o.usesPlotly || o.runnable ? `<script src="${url(ASSET_FILES.plotly)}" defer></script>\n` : '';
  const runner = o.runnable ? `<script src="${url(ASSET_FILES.runner)}" defer></script>\n` : '';
  const title = o.title === o.courseTitle ? o.title : `${o.title} · ${o.courseTitle}`;
  const description = o.description ? `<meta name="description" content="${escapeHtml(o.description)}">\n` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
${description}<title>${escapeHtml(title)}</title>
<link rel="icon" href="${url(ASSET_FILES.favicon)}" type="image/svg+xml">
${css}
${plotly}${runner}<script src="${url(ASSET_FILES.script)}" data-plotly-config="${escapeHtml(JSON.stringify(PLOTLY_CONFIG))}" defer></script>
<script src="${url(ASSET_FILES.keyboard)}" defer></script>
${searchHead(url)}</head>
<body>
<a class="skip-link" href="#content">Skip to content</a>
<header class="topbar">
<button class="nav-toggle" type="button" aria-controls="sidebar" aria-expanded="false" aria-label="Show the course outline"><span></span></button>
<a class="brand" href="${url('index.html')}">${escapeHtml(o.courseTitle)}</a>
${searchBox(url)}</header>
<div class="layout">
${o.sidebar}
<main class="content" id="content">
${o.body}
${o.pager}
</main>
</div>
</body>
</html>
`;
}
