/** Code highlighted at build time with highlight.js; the browser only gets spans and a theme. */
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import python from 'highlight.js/lib/languages/python';
import typescript from 'highlight.js/lib/languages/typescript';
import { escapeHtml, own } from './html';

hljs.registerLanguage('typescript', typescript);
hljs.registerLanguage('javascript', javascript);
hljs.registerLanguage('json', json);
hljs.registerLanguage('bash', bash);
hljs.registerLanguage('python', python);

const ALIASES: Record<string, string> = { ts: 'typescript', js: 'javascript', sh: 'bash', shell: 'bash', py: 'python' };

/** Highlighted HTML (spans only) for `code`; unknown languages come back escaped, unhighlighted. */
export function highlightCode(code: string, lang: string): string {
  const name = own(ALIASES, lang.toLowerCase()) ?? lang.toLowerCase();
  if (!hljs.getLanguage(name)) return escapeHtml(code);
  return hljs.highlight(code, { language: name, ignoreIllegals: true }).value;
}

/** A `<pre><code>` block of highlighted code. */
export function codeBlock(code: string, lang: string): string {
  const name = own(ALIASES, lang.toLowerCase()) ?? (lang.toLowerCase() || 'plaintext');
  const cls = `hljs language-${escapeHtml(name)}`;
  return `<pre class="code"><code class="${cls}">${highlightCode(code.replace(/\n$/, ''), lang)}</code></pre>\n`;
}
