/**
 * ANSI escape sequences in tracebacks and streams (tslab colours its errors) turned into
 * `<span class="ansi-...">`; sequences other than colours and bold are dropped.
 */
import { textMarks } from './marks';
import { escapeHtml } from './html';

const NAMES = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white'];
// Any CSI sequence (colours, cursor moves, erase) and OSC sequences such as terminal titles.
const ESCAPE = /\x1b\[([0-9;?]*)([A-Za-z])|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?/g;

/** Text with every escape sequence removed. */
export function stripAnsi(text: string): string {
  return text.replace(ESCAPE, '');
}

interface Style {
  fg?: string;
  bg?: string;
  bold: boolean;
}

function applyCodes(style: Style, params: string): Style {
  const codes = params === '' ? [0] : params.split(';').map(Number);
  let next = { ...style };
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (code === 0) next = { bold: false };
    else if (code === 1) next.bold = true;
    else if (code === 22) next.bold = false;
    else if (code >= 30 && code <= 37) next.fg = NAMES[code - 30];
    else if (code >= 90 && code <= 97) next.fg = `bright-${NAMES[code - 90]}`;
    else if (code === 39) next.fg = undefined;
    else if (code >= 40 && code <= 47) next.bg = NAMES[code - 40];
    else if (code === 49) next.bg = undefined;
    else if (code === 38 || code === 48) i += codes[i + 1] === 5 ? 2 : 4; // 256/true colour: skip
  }
  return next;
}

function classes(style: Style): string {
  const list = [style.fg && `ansi-${style.fg}`, style.bg && `ansi-bg-${style.bg}`, style.bold && 'ansi-bold'];
  return list.filter(Boolean).join(' ');
}

/** Escaped HTML for `text`, with colours and bold as spans, and check marks that need no emoji font. */
export function ansiToHtml(text: string): string {
  let html = '';
  let style: Style = { bold: false };
  let last = 0;
  const emit = (chunk: string): void => {
    if (chunk === '') return;
    const cls = classes(style);
    const escaped = textMarks(escapeHtml(chunk));
    html += cls ? `<span class="${cls}">${escaped}</span>` : escaped;
  };
  for (const match of text.matchAll(ESCAPE)) {
    emit(text.slice(last, match.index));
    if (match[2] === 'm') style = applyCodes(style, match[1] ?? '');
    last = (match.index ?? 0) + match[0].length;
  }
  emit(text.slice(last));
  return html;
}
