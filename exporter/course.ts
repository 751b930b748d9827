/**
 * The course's own site with the repository's folders, for `npm run bench` and scripts:
 * `const stats = await buildCourseSite('/tmp/site'); console.log(formatStats(stats));`
 */
import { join, resolve } from 'path';
import { buildSite } from './build';
import type { SiteStats } from './stats';

const REPO = resolve(__dirname, '..');

/** Build the site from `build/notebooks` (falling back to `notebooks/`) and `lessons/` into `out`. */
export function buildCourseSite(out: string = join(REPO, 'site'), warn?: (message: string) => void): Promise<SiteStats> {
  return buildSite({
    notebooks: join(REPO, 'build', 'notebooks'),
    sources: join(REPO, 'notebooks'),
    lessons: join(REPO, 'lessons'),
    out,
    trusted: true,
    warn,
  });
}
