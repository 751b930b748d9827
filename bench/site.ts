/**
 * Section 5: the static site, built without executing the notebooks: build time, total size, largest page.
 * It calls the stats function that `src/site/` exports (any export named `siteStats`, `buildStats` or
 * ending in `Stats`), and skips with a line when there is none yet.
 */
import * as path from 'node:path';
import { summarize, formatMs } from './stats';
import { newSection, type Section } from './table';

type StatsFn = (options?: Record<string, unknown>) => unknown;

function findStatsFunction(): { name: string; fn: StatsFn } | string {
  for (const file of ['index', 'stats', 'build']) {
    let mod: Record<string, unknown>;
    try {
      mod = require(path.join('..', 'src', 'site', file)) as Record<string, unknown>;
    } catch {
      continue;
    }
    const name = Object.keys(mod).find((k) => /^(siteStats|buildStats)$|Stats$/.test(k) && typeof mod[k] === 'function');
    if (name !== undefined) return { name: `src/site/${file}.ts: ${name}`, fn: mod[name] as StatsFn };
  }
  return 'src/site/ exports no stats function yet (looked for `siteStats`/`buildStats`/`*Stats` in index, stats, build)';
}

const numeric = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

export async function benchSite(quick: boolean): Promise<Section> {
  const section = newSection('Static site (no execution)', ['figure', 'value']);
  const found = findStatsFunction();
  if (typeof found === 'string') {
    section.skipped.push(found);
    return section;
  }
  const times: number[] = [];
  let last: unknown;
  try {
    for (let i = 0; i < (quick ? 1 : 3); i++) {
      const start = performance.now();
      last = await found.fn({ execute: false });
      times.push(performance.now() - start);
    }
  } catch (error) {
    section.skipped.push(`${found.name} failed (${error instanceof Error ? error.message.split('\n')[0] : error})`);
    return section;
  }
  const stat = summarize(times);
  section.note = `From ${found.name}; build time is the median (min–max) of ${times.length} build(s).`;
  section.rows.push(['build time, ms (measured here)', formatMs(stat)]);
  if (last !== null && typeof last === 'object') {
    for (const [key, value] of Object.entries(last as Record<string, unknown>)) {
      if (numeric(value)) section.rows.push([key, String(value)]);
      else if (value !== null && typeof value === 'object') {
        const inner = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}: ${String(v)}`).join(', ');
        section.rows.push([key, inner]);
      } else if (typeof value === 'string') section.rows.push([key, value]);
    }
  }
  section.data = { buildMs: stat, stats: last };
  return section;
}
