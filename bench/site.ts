/**
 * Section 5: the static site, built without executing anything (executed notebooks from
 * `build/notebooks` where they exist, the committed ones otherwise): build time, total size,
 * largest page, the search's index and engine (as `buildSite` reports them: the bytes it wrote).
 * Uses `buildSite` from `exporter/build.ts` and its `SiteStats`; skips with a line when that module
 * is not there. The site goes to a temporary folder, never to `site/`.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { summarize, formatMs, type Stat } from './stats';
import { newSection, type Section } from './table';
import type { SiteStats } from '../exporter/stats';

const ROOT = path.resolve(__dirname, '..');

type BuildSite = (options: Record<string, unknown>) => Promise<SiteStats>;

function loadBuildSite(): BuildSite | string {
  try {
    const mod = require(path.join(ROOT, 'exporter', 'build')) as { buildSite?: unknown };
    if (typeof mod.buildSite === 'function') return mod.buildSite as BuildSite;
    return 'exporter/build.ts exports no `buildSite` yet';
  } catch (error) {
    return `exporter/build.ts could not be loaded (${error instanceof Error ? error.message.split('\n')[0] : error})`;
  }
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export async function benchSite(quick: boolean): Promise<Section> {
  const section = newSection('Static site (built without executing notebooks)', ['figure', 'value']);
  const buildSite = loadBuildSite();
  if (typeof buildSite === 'string') {
    section.skipped.push(buildSite);
    return section;
  }
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'losslab-bench-site-'));
  const runs: SiteStats[] = [];
  const warnings = new Set<string>();
  try {
    for (let i = 0; i < (quick ? 2 : 4); i++) {
      runs.push(
        await buildSite({
          notebooks: path.join(ROOT, 'build', 'notebooks'),
          sources: path.join(ROOT, 'notebooks'),
          lessons: path.join(ROOT, 'lessons'),
          out,
          trusted: true,
          warn: (m: string) => warnings.add(m),
        }),
      );
    }
  } catch (error) {
    section.skipped.push(`buildSite failed (${error instanceof Error ? error.message.split('\n')[0] : error})`);
    return section;
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
  // The first build pays for loading markdown-it, KaTeX and highlight.js: it is the warm-up.
  const timed = runs.length > 1 ? runs.slice(1) : runs;
  const build: Stat = summarize(timed.map((r) => r.buildMs));
  const last = runs[runs.length - 1];
  section.note = `\`buildSite\` from exporter/build.ts into a temporary folder; build time: median (min–max) of ${timed.length} builds after one warm-up (first build ${runs[0].buildMs.toFixed(0)} ms).`;
  section.rows.push(['build time, ms', formatMs(build)]);
  section.rows.push(['total size', `${kib(last.totalBytes)} in ${last.files} files (shared assets ${kib(last.assetBytes)})`]);
  section.rows.push(['pages', String(last.pages)]);
  section.rows.push(['largest page', `${last.largestPage.path} (${kib(last.largestPage.bytes)})`]);
  if (last.search) {
    section.rows.push(['search index', `${kib(last.search.indexBytes)}, ${last.search.sections} sections`]);
    section.rows.push(['search engine (MiniSearch)', kib(last.search.engineBytes)]);
  }
  if (warnings.size > 0) section.note += ` It warned ${warnings.size} time(s), e.g. "${[...warnings][0]}".`;
  section.data = { build, firstBuildMs: runs[0].buildMs, stats: last };
  return section;
}
