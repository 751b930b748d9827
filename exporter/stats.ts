/** Build statistics for the CLI and `npm run bench`: sizes and the build time. */
import { readdirSync, statSync } from 'fs';
import { join, relative, sep } from 'path';
import type { SearchSize } from './search';

export interface SiteStats {
  /** Bytes of every file in the site. */
  totalBytes: number;
  files: number;
  /** HTML pages. */
  pages: number;
  /** The largest HTML page (its own bytes, without shared assets) and its site path. */
  largestPage: { path: string; bytes: number };
  /** Bytes under `assets/` (shared by every page). */
  assetBytes: number;
  /** Milliseconds to build the site, not counting executing notebooks. */
  buildMs: number;
  /** The search's index script and engine, as `buildSite` wrote them (absent from a bare `measureSite`). */
  search?: SearchSize;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

/** Measure the site in `out`; `buildMs` is passed through. */
export function measureSite(out: string, buildMs: number): SiteStats {
  const stats: SiteStats = { totalBytes: 0, files: 0, pages: 0, largestPage: { path: '', bytes: 0 }, assetBytes: 0, buildMs };
  for (const file of walk(out)) {
    const path = relative(out, file).split(sep).join('/');
    const bytes = statSync(file).size;
    stats.totalBytes += bytes;
    stats.files += 1;
    if (path.startsWith('assets/')) stats.assetBytes += bytes;
    if (path.endsWith('.html')) {
      stats.pages += 1;
      if (bytes > stats.largestPage.bytes) stats.largestPage = { path, bytes };
    }
  }
  return stats;
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}

/** A few lines for humans. */
export function formatStats(s: SiteStats): string {
  return [
    `site: ${s.pages} pages, ${s.files} files, ${size(s.totalBytes)} in total (shared assets ${size(s.assetBytes)})`,
    `largest page: ${s.largestPage.path} (${size(s.largestPage.bytes)})`,
    ...(s.search ? [`search: ${s.search.sections} sections, index ${size(s.search.indexBytes)} + engine ${size(s.search.engineBytes)} (loaded on first use)`] : []),
    `build time: ${(s.buildMs / 1000).toFixed(2)} s (without executing notebooks)`,
  ].join('\n');
}
