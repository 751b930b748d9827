/**
 * Math typeset at build time with KaTeX: `$inline$`, `$$display$$` inside a paragraph, and
 * `$$ ... $$` blocks spanning lines. No math JavaScript reaches the browser.
 */
import katex from 'katex';
import MarkdownIt = require('markdown-it');
import { hold } from './fragments';
import { asRenderEnv, type RenderEnv } from './env';

const DOLLAR = 0x24;
const BACKSLASH = 0x5c;

/** Typeset one formula; a TeX error shows as red source instead of failing the build. */
export function renderMath(tex: string, displayMode: boolean): string {
  return katex.renderToString(tex, {
    displayMode,
    throwOnError: false,
    strict: 'ignore',
    trust: false,
    output: 'htmlAndMathml',
  });
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a;
}

/** Index of the closing delimiter at or after `from`, skipping `\$`; -1 when there is none. */
function findClose(src: string, from: number, delimiter: string): number {
  let at = src.indexOf(delimiter, from);
  while (at !== -1 && src.charCodeAt(at - 1) === BACKSLASH) at = src.indexOf(delimiter, at + 1);
  return at;
}

function mathInline(state: MarkdownIt.StateInline, silent: boolean): boolean {
  const { src, pos } = state;
  if (src.charCodeAt(pos) !== DOLLAR) return false;
  const display = src.charCodeAt(pos + 1) === DOLLAR;
  const delimiter = display ? '$$' : '$';
  const start = pos + delimiter.length;
  const end = findClose(src, start, delimiter);
  if (end <= start) return false;
  if (!display) {
    // Pandoc's rule, so prices like "$5 and $10" stay text.
    const after = src.charCodeAt(end + 1);
    if (isSpace(src.charCodeAt(start)) || isSpace(src.charCodeAt(end - 1))) return false;
    if (after >= 0x30 && after <= 0x39) return false;
  }
  if (!silent) {
    const token = state.push(display ? 'math_display' : 'math_inline', 'math', 0);
    token.content = src.slice(start, end);
    token.markup = delimiter;
  }
  state.pos = end + delimiter.length;
  return true;
}

function lineText(state: MarkdownIt.StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line] + state.tShift[line], state.eMarks[line]);
}

function mathBlock(state: MarkdownIt.StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const first = lineText(state, startLine);
  if (!first.startsWith('$$')) return false;
  const opened = first.slice(2);
  let lines: string[];
  let last = startLine;
  if (opened.trimEnd().endsWith('$$') && opened.trim().length >= 2) {
    lines = [opened.trimEnd().slice(0, -2)];
  } else {
    lines = [opened];
    for (last = startLine + 1; last < endLine; last++) {
      const text = lineText(state, last);
      if (text.trimEnd().endsWith('$$')) break;
      lines.push(text);
    }
    if (last >= endLine) return false;
    lines.push(lineText(state, last).trimEnd().slice(0, -2));
  }
  if (silent) return true;
  const token = state.push('math_block', 'math', 0);
  token.block = true;
  token.content = lines.join('\n').trim();
  token.map = [startLine, last + 1];
  token.markup = '$$';
  state.line = last + 1;
  return true;
}

/** markdown-it plugin: parse `$`/`$$` math and render it with KaTeX. */
export function mathPlugin(md: InstanceType<typeof MarkdownIt>): void {
  md.inline.ruler.before('escape', 'math_inline', mathInline);
  md.block.ruler.before('fence', 'math_block', mathBlock, {
    alt: ['paragraph', 'reference', 'blockquote', 'list'],
  });
  md.renderer.rules.math_inline = (tokens, i, _o, env) =>
    hold(asRenderEnv(env).fragments, renderMath(tokens[i].content, false));
  md.renderer.rules.math_display = (tokens, i, _o, env) =>
    hold(asRenderEnv(env).fragments, renderMath(tokens[i].content, true));
  md.renderer.rules.math_block = (tokens, i, _o, env) =>
    hold(asRenderEnv(env).fragments, `<div class="math-display">${renderMath(tokens[i].content, true)}</div>\n`);
}
