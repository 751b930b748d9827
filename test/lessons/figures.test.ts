/**
 * The lessons' figures: every lesson shows at least one, every figure it shows exists, and every
 * committed SVG was drawn from what the library builds today (its recorded hash matches).
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { setup } from '../../src';
import { FIGURES_DIR, FIGURE_BACKEND, LESSON_FIGURES, figureHash, recordedHash, sizeOf } from '../../scripts/lesson-figures/catalogue';

const ROOT = join(__dirname, '..', '..');
const LESSONS = readdirSync(join(ROOT, 'lessons')).filter((f) => /^\d\d-.*\.md$/.test(f)).sort();
const referenced = (markdown: string) => [...markdown.matchAll(/!\[[^\]]*\]\(figures\/([^)\s]+)\)/g)].map((m) => m[1]);

before(async () => {
  await setup({ backend: FIGURE_BACKEND, verbose: false });
});

test('all thirteen lessons are here', () => {
  assert.equal(LESSONS.length, 13, LESSONS.join(', '));
});

for (const lesson of LESSONS) {
  test(`${lesson} shows at least one figure, and every figure it shows exists`, () => {
    const figures = referenced(readFileSync(join(ROOT, 'lessons', lesson), 'utf8'));
    assert.ok(figures.length >= 1, `${lesson} has no ![...](figures/...svg) line`);
    for (const file of figures) assert.ok(existsSync(join(ROOT, FIGURES_DIR, file)), `${lesson} shows figures/${file}, which does not exist`);
  });
}

test('every figure of the catalogue is shown by its own lesson, and every SVG in lessons/figures is in the catalogue', () => {
  for (const entry of LESSON_FIGURES) {
    const markdown = readFileSync(join(ROOT, 'lessons', `${entry.lesson}.md`), 'utf8');
    assert.ok(referenced(markdown).includes(entry.file), `lessons/${entry.lesson}.md does not show figures/${entry.file}`);
  }
  const known = new Set(LESSON_FIGURES.map((f) => f.file));
  const orphans = readdirSync(join(ROOT, FIGURES_DIR)).filter((f) => f.endsWith('.svg') && !known.has(f));
  assert.deepEqual(orphans, [], 'SVGs that no catalogue entry draws');
});

for (const entry of LESSON_FIGURES) {
  test(`${FIGURES_DIR}/${entry.file} is up to date with the library`, () => {
    const file = join(ROOT, FIGURES_DIR, entry.file);
    assert.ok(existsSync(file), `${file} is missing: run npx tsx scripts/lesson-figures.ts ${entry.lesson.slice(0, 2)}`);
    const svg = readFileSync(file, 'utf8');
    assert.match(svg, /<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const [width, height] = sizeOf(entry);
    assert.equal(recordedHash(svg), figureHash(entry.build(), width, height),
      `${entry.file} was drawn from an older figure: run npx tsx scripts/lesson-figures.ts ${entry.lesson.slice(0, 2)} and commit the SVG`);
  });
}
