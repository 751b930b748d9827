/** Check and cross marks in notebook output: text glyphs any font has, never emoji that need an emoji font. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ansiToHtml } from '../../exporter/ansi';

test('✅ and ❌ in outputs become text marks with an accessible name', () => {
  const html = ansiToHtml('✅ Correct (exercise 01-1)\n❌ Not yet: 2 < 3\n✓ done');
  assert.doesNotMatch(html, /[✅❌]/u, 'no emoji left');
  assert.match(html, /<span class="mark mark-ok" role="img" aria-label="correct">✓<\/span> Correct/);
  assert.match(html, /<span class="mark mark-no" role="img" aria-label="not yet">✗<\/span> Not yet: 2 &lt; 3/);
  assert.match(html, /<span class="mark mark-ok" role="img" aria-label="correct">✓<\/span> done/);
});
