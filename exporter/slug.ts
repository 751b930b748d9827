/**
 * Heading anchors that match GitHub's, so `lesson.md#huber-loss` links written for GitHub keep
 * working on the site.
 */

/** GitHub-style slug: lower case, punctuation dropped, spaces to hyphens. */
export function slugify(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** Hands out unique slugs within one page: `loss`, `loss-1`, `loss-2`, ... */
export class Slugger {
  private readonly seen = new Map<string, number>();

  slug(text: string): string {
    const base = slugify(text) || 'section';
    const count = this.seen.get(base);
    this.seen.set(base, (count ?? -1) + 1);
    return count === undefined ? base : `${base}-${count + 1}`;
  }
}
