/**
 * Fragments of HTML that the exporter generates itself (KaTeX, highlighted code, "Check it in code" lines).
 *
 * Untrusted markdown is sanitised after rendering; our own fragments must not go through the
 * sanitiser (KaTeX needs inline styles and MathML). They are parked behind an unguessable
 * placeholder, the page is sanitised, and the placeholders are swapped back.
 */
import { randomBytes } from 'crypto';

export class Fragments {
  private readonly items: string[] = [];
  private readonly nonce = randomBytes(8).toString('hex');

  /** Store `html` and return a plain-text placeholder that survives sanitising unchanged. */
  hold(html: string): string {
    this.items.push(html);
    return `FRAG${this.nonce}N${this.items.length - 1}X`;
  }

  /** Replace every placeholder in `html` by its fragment. */
  restore(html: string): string {
    const pattern = new RegExp(`FRAG${this.nonce}N(\\d+)X`, 'g');
    return html.replace(pattern, (_, i: string) => this.items[Number(i)] ?? '');
  }
}

/** Park `html` in `fragments` when the page will be sanitised, else return it as is. */
export function hold(fragments: Fragments | undefined, html: string): string {
  return fragments ? fragments.hold(html) : html;
}
