import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeLinkRewriter, relativeUrl, resolveSource } from '../../exporter/links';

const PAGES = new Map([['lessons/04-with space.md', 'lessons/04-with space.html'], ['notebooks/07-a&b #1?.ipynb', 'notebooks/07-a&b #1?.html']]);

test('URLs to files with spaces, #, ?, & or non-ASCII letters are percent-encoded', () => {
  assert.equal(relativeUrl('index.html', 'notebooks/07-a&b #1?.html'), 'notebooks/07-a%26b%20%231%3F.html');
  assert.equal(relativeUrl('lessons/x.html', 'lessons/05-\u00fc.html'), '05-%C3%BC.html');
  assert.equal(resolveSource('lessons/a.md', '../notebooks/07-a%26b%20%231%3F.ipynb#top'), 'notebooks/07-a&b #1?.ipynb');
  const rewrite = makeLinkRewriter({ fromSource: 'notebooks/07-a&b #1?.ipynb', fromOutput: 'notebooks/07-a&b #1?.html', pages: PAGES, outputs: new Set(PAGES.values()) });
  const url = rewrite('../lessons/04-with%20space.md#top');
  assert.equal(url, '../lessons/04-with%20space.html#top');
  assert.equal(rewrite(url as string), url);
});

test('an in-page anchor of a lesson\'s summary shown on the index points at the lesson', () => {
  const rewrite = makeLinkRewriter({ fromSource: 'lessons/04-with space.md', fromOutput: 'index.html', pages: PAGES, outputs: new Set(PAGES.values()) });
  const url = rewrite('#huber');
  assert.equal(url, 'lessons/04-with%20space.html#huber');
  assert.equal(rewrite(url as string), url, 'and survives the second rewrite when the page is sanitised');
});
