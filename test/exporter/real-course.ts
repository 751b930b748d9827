/** The repository's own course as the site tests build it: executed notebooks, their sources, the lessons. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../../exporter/build';

const ROOT = join(__dirname, '..', '..');

export const REAL_COURSE = {
  notebooks: join(ROOT, 'build', 'notebooks'),
  sources: join(ROOT, 'notebooks'),
  lessons: join(ROOT, 'lessons'),
};

function hasCourseFiles(dir: string, ext: string): boolean {
  return existsSync(dir) && readdirSync(dir).some((f) => /^\d\d-/.test(f) && f.endsWith(ext));
}

/** This checkout has a course to build (numbered lessons or notebooks). */
export const hasRealCourse = hasCourseFiles(REAL_COURSE.lessons, '.md') || hasCourseFiles(REAL_COURSE.notebooks, '.ipynb')
  || hasCourseFiles(REAL_COURSE.sources, '.ipynb');

/** Build the real course into `out`, trusted, as `npm run export` does. */
export async function buildRealCourse(out: string): Promise<void> {
  await buildSite({ ...REAL_COURSE, out, trusted: true });
}

/** Every HTML page of the site in `dir`, as absolute paths, sorted. */
export function htmlPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .sort();
}
