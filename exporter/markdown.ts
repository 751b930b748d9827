/**
 * Markdown for lessons and notebook cells: markdown-it with KaTeX math, highlighted code,
 * worked examples' "Check it in code" lines, heading anchors, scrollable tables and links
 * rewritten to the site.
 * Untrusted sources are sanitised after rendering; our own fragments are parked meanwhile.
 */
import MarkdownIt = require('markdown-it');
import { checkPlugin } from './check';
import { asRenderEnv, type RenderEnv } from './env';
import { hold } from './fragments';
import { codeBlock } from './highlight';
import { escapeHtml } from './html';
import { mathPlugin } from './math';
import { sanitize } from './sanitize';

type Token = MarkdownIt.Token;
/** The instance type, spelled so it works with markdown-it's own types and with @types/markdown-it. */
type Markdown = InstanceType<typeof MarkdownIt>;

/** Plain text of a heading's inline token (math keeps its TeX, code its source). */
function inlineText(token: Token | undefined): string {
  return (token?.children ?? []).map((t) => (t.type === 'softbreak' ? ' ' : t.content)).join('');
}

/** Turn a link whose target is missing into a span, with its matching close. */
function unlink(tokens: Token[], open: number): void {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    if (tokens[i].type === 'link_open') depth++;
    if (tokens[i].type === 'link_close' && --depth === 0) {
      tokens[i].tag = 'span';
      break;
    }
  }
  const token = tokens[open];
  token.tag = 'span';
  token.attrs = [['class', 'missing-link'], ['title', 'not part of the site yet']];
}

function rewriteLinks(tokens: Token[], env: RenderEnv): void {
  tokens.forEach((token, i) => {
    if (token.children) rewriteLinks(token.children, env);
    const name = token.type === 'link_open' ? 'href' : token.type === 'image' ? 'src' : undefined;
    const value = name ? token.attrGet(name) : null;
    if (!name || !value) return;
    const url = env.rewriteLink(String(value));
    if (url !== undefined) token.attrSet(name, url);
    else if (token.type === 'link_open') unlink(tokens, i);
  });
}

function headingPlugin(md: Markdown): void {
  md.renderer.rules.heading_open = (tokens, i, options, rawEnv, self) => {
    const env = asRenderEnv(rawEnv);
    const text = inlineText(tokens[i + 1]);
    const id = env.slugger.slug(text);
    env.headings.push({ level: Number(tokens[i].tag.slice(1)), id, text });
    tokens[i].attrSet('id', id);
    const anchor = `<a class="anchor" href="#${escapeHtml(id)}" aria-label="Link to this section">#</a>`;
    return self.renderToken(tokens, i, options) + anchor;
  };
}

function blockPlugin(md: Markdown): void {
  md.renderer.rules.fence = (tokens, i, _options, env) => {
    const token = tokens[i];
    const lang = token.info.trim().split(/\s+/)[0] ?? '';
    return hold(asRenderEnv(env).fragments, codeBlock(token.content, lang));
  };
  md.renderer.rules.table_open = () => '<div class="table-wrap"><table>\n';
  md.renderer.rules.table_close = () => '</table></div>\n';
  md.core.ruler.push('site_links', (state) => {
    rewriteLinks(state.tokens, asRenderEnv(state.env));
  });
}

function createMarkdown(): Markdown {
  const md = new MarkdownIt({ html: true, linkify: false, typographer: true });
  md.use(mathPlugin).use(checkPlugin).use(headingPlugin).use(blockPlugin);
  return md;
}

const md = createMarkdown();

/** Render markdown to HTML; when `env.fragments` is set, everything but our own HTML is sanitised. */
export function renderMarkdown(source: string, env: RenderEnv): string {
  // markdown-it types its env loosely; it also keeps its own data (references) in it.
  const html = md.render(source, env as unknown as Parameters<Markdown['render']>[1]);
  return env.fragments ? env.fragments.restore(sanitize(html, env.rewriteLink)) : html;
}
