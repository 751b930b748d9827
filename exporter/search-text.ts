/**
 * A rendered page body cut into sections for the site's search: each heading that carries an id
 * (or sits in an element that does, like a guide card) starts a section, whose anchor is that id
 * exactly as the page emits it (`user-content-` prefix included in untrusted mode). The text is
 * what a screen reader would read: no `aria-hidden` subtrees (KaTeX's visual copy, prompts), no
 * heading `#` anchors, no display math, no outputs or figures; code goes to its own field.
 */

/** One section of a page, in plain text. */
export interface PageSection {
  /** The heading's id on the page; `''` for the text before the first heading. */
  id: string;
  /** Heading text (`''` before the first heading). */
  title: string;
  /** Prose under the heading, whitespace collapsed. */
  text: string;
  /** The prose's emphasised words (`<strong>`, `<em>`, `<dfn>`): where a lesson defines its terms. */
  terms: string;
  /** Code under the heading (`<pre>` blocks, worked examples), whitespace collapsed. */
  code: string;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Tags whose edges separate words (`</p><p>` must not glue the last and first words). */
const BLOCK = /^(address|article|aside|blockquote|br|caption|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)$/;
/** Subtrees that are not searched: scripts, a screen reader's skips, display math, outputs, figures, page chrome. */
const SKIPPED_TAG = /^(script|style|template|textarea|title|xmp|svg|annotation|button|select|noscript)$/;
const SKIPPED_CLASS = /(^|\s)(anchor|katex-display|math-display|cell-outputs|plotly-figure|run-box|page-actions|prompt|guide-overview|check-note)(\s|$)/;
/** Identifiers rather than prose: searched, but as code (the guide's Keras and losslab names, a lesson's "Check it in code"). */
const CODE_CLASS = /(^|\s)(loss-ids|check-code)(\s|$)/;
const EMPHASIS = /^(strong|b|em|dfn)$/;

type Mode = 'text' | 'terms' | 'code' | 'skip';

interface Frame {
  tag: string;
  id: string;
  mode: Mode;
  /** Child elements opened so far (MathML's `msup` and `mfrac` read by position). */
  children: number;
  /** The section this heading opened, while its title is being read. */
  heading?: Draft;
}

/** KaTeX's MathML read as plain text: what goes before each child (`e^2`, `1/2`). */
const MATH_JOINS: Record<string, string[] | undefined> = { msup: ['', '^'], mfrac: ['', '/'], msubsup: ['', '', '^'] };

type Draft = { id: string; title: string[] } & Record<'text' | 'terms' | 'code', string[]>;

const draft = (id: string): Draft => ({ id, title: [], text: [], terms: [], code: [] });

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decode the character references our renderers and sanitize-html emit (named basics and numeric). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function attributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of source.matchAll(/([^\s=/"'>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    attrs.set(m[1].toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

function modeOf(tag: string, attrs: Map<string, string>, parent: Mode): Mode {
  if (parent === 'skip' || SKIPPED_TAG.test(tag) || attrs.get('aria-hidden') === 'true') return 'skip';
  if (SKIPPED_CLASS.test(attrs.get('class') ?? '')) return 'skip';
  if (tag === 'pre' || parent === 'code' || CODE_CLASS.test(attrs.get('class') ?? '')) return 'code';
  return EMPHASIS.test(tag) ? 'terms' : parent;
}

const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g;

const collapse = (parts: string[]): string => parts.join('').replace(/\s+/g, ' ').trim();

/** Reads a page's tags and text in order, keeping a stack of open elements and the sections so far. */
class SectionReader {
  readonly drafts: Draft[] = [draft('')];
  private readonly stack: Frame[] = [{ tag: '', id: '', mode: 'text', children: 0 }];

  private top(): Frame {
    return this.stack[this.stack.length - 1];
  }

  private heading(): Draft | undefined {
    return this.stack.find((f) => f.heading)?.heading;
  }

  text(text: string): void {
    const { mode } = this.top();
    if (mode === 'skip') return;
    const heading = this.heading();
    const section = this.drafts[this.drafts.length - 1];
    if (heading) heading.title.push(text);
    else if (mode === 'terms') section.terms.push(text, ' ');
    if (!heading) section[mode === 'terms' ? 'text' : mode].push(text);
  }

  tag(tag: string, closing: boolean, rawAttrs: string): void {
    // In code every tag edge separates words: highlighted tokens and identifier lists are spans.
    if (BLOCK.test(tag) || this.top().mode === 'code') this.text(' ');
    if (closing) {
      const at = this.stack.map((f) => f.tag).lastIndexOf(tag);
      if (at > 0) this.stack.length = at;
      return;
    }
    if (!VOID.has(tag) && !/\/\s*$/.test(rawAttrs)) this.open(tag, attributes(rawAttrs));
  }

  private open(tag: string, attrs: Map<string, string>): void {
    const parent = this.top();
    const join = MATH_JOINS[parent.tag]?.[parent.children++];
    if (join) this.text(join);
    const frame: Frame = { tag, id: attrs.get('id') ?? '', mode: modeOf(tag, attrs, parent.mode), children: 0 };
    // A heading without an id is reached through its nearest ancestor's (a guide card's `<article id>`).
    const anchor = frame.id || [...this.stack].reverse().find((f) => f.id)?.id;
    if (/^h[1-6]$/.test(tag) && frame.mode !== 'skip' && frame.mode !== 'code' && !this.heading()) {
      if (anchor) this.drafts.push((frame.heading = draft(anchor)));
      // A page whose title heading has no anchor (the guide's): it still titles the top of the page.
      else if (this.drafts.length === 1 && collapse([...this.drafts[0].title, ...this.drafts[0].text]) === '') frame.heading = this.drafts[0];
    }
    this.stack.push(frame);
  }
}

/** Elements whose content is raw text, not markup (a `<` in a script is not a tag). */
const RAW_TEXT = /^(script|style|textarea|title|xmp)$/;

/** Cut `html` (a page's body, as written) into its sections, in page order. */
export function pageSections(html: string): PageSection[] {
  const reader = new SectionReader();
  const token = new RegExp(TOKEN.source, 'g');
  const lower = html.toLowerCase();
  for (let m = token.exec(html); m; m = token.exec(html)) {
    const [whole, closing, rawTag, attrs] = m;
    if (whole.startsWith('<!--')) continue;
    // U+2061 (function application, `log⁡x` in MathML) reads as a space.
    if (rawTag === undefined) reader.text(decodeEntities(whole).replace(/\u2061/g, ' '));
    else reader.tag(rawTag.toLowerCase(), closing === '/', attrs);
    if (rawTag && !closing && RAW_TEXT.test(rawTag.toLowerCase())) {
      const end = lower.indexOf(`</${rawTag.toLowerCase()}`, token.lastIndex);
      token.lastIndex = end === -1 ? html.length : end;
    }
  }
  return reader.drafts
    .map((d) => ({ id: d.id, title: collapse(d.title), text: collapse(d.text), terms: collapse(d.terms), code: collapse(d.code) }))
    .filter((s) => s.id !== '' || s.text !== '' || s.code !== '');
}
