/**
 * Check and cross marks for the site. Notebooks print ✅ and ❌, which only an emoji font draws;
 * on the site they become ✓ and ✗ (in the text fonts every system has), coloured by CSS.
 */
const MARKS: Record<string, string> = {
  '✅': '<span class="mark mark-ok" role="img" aria-label="correct">✓</span>',
  '✓': '<span class="mark mark-ok" role="img" aria-label="correct">✓</span>',
  '❌': '<span class="mark mark-no" role="img" aria-label="not yet">✗</span>',
};

/** `html` (already escaped) with every ✅, ✓ and ❌ replaced by a text mark. */
export function textMarks(html: string): string {
  return html.replace(/✅|✓|❌/gu, (glyph) => MARKS[glyph]);
}
