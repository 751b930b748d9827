/**
 * Lessons cite the lesson that teaches what they name: a link right after "early stopping" points to
 * lesson 11 (lesson 13 once cited lesson 12 for it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const LESSONS = join(__dirname, '..', '..', 'lessons');

/** Every lesson link that follows the words "early stopping" within the same clause. */
export function earlyStoppingCitations(markdown: string): string[] {
  return [...markdown.matchAll(/early stopping[^.|\n]{0,40}?\(\[\d\d\]\(([^)]+)\)\)/gi)].map((m) => m[1]);
}

test('the citation finder sees the old mistake of lesson 13', () => {
  const old = 'the validation set steers early stopping ([12](12-regularisation-and-search.md)) |';
  assert.deepEqual(earlyStoppingCitations(old), ['12-regularisation-and-search.md']);
});

test('every lesson cites lesson 11 for early stopping', () => {
  for (const file of readdirSync(LESSONS).filter((f) => f.endsWith('.md'))) {
    for (const target of earlyStoppingCitations(readFileSync(join(LESSONS, file), 'utf8'))) {
      assert.equal(target, '11-early-stopping.md', `${file} cites ${target} for early stopping`);
    }
  }
});
