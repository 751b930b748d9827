/** Notebook pages from notebook data that was never validated: every string is escaped. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Notebook } from '../../exporter/ipynb';
import { renderMarkdown } from '../../exporter/markdown';
import { renderNotebookBody } from '../../exporter/notebook';
import type { OutputContext } from '../../exporter/outputs';
import { envFor, executable } from './helpers';

const XSS = '<img src=x onerror=alert(1)>';

function render(nb: unknown): { html: string; files: Array<[string, Buffer]> } {
  const env = envFor(false, 'notebooks/04-regression-losses.ipynb');
  const files: Array<[string, Buffer]> = [];
  const outputs: OutputContext = {
    trusted: false, usesPlotly: false, nextFigureId: () => 'figure-1', rewriteLink: env.rewriteLink,
    markdown: (source) => renderMarkdown(source, env),
    writeFile: (ext, data) => `files/${files.push([ext, data])}.${ext}`,
  };
  const html = renderNotebookBody(nb as Notebook, { env, outputs, executed: true, downloadUrl: 'x.ipynb' });
  return { html, files };
}

test('every string of a notebook is escaped: execution counts in the In/Out prompts, tags, MIME type names, stream and error names', () => {
  // Tags in a cell of their own: a check cell's outputs are replaced by a note on the site.
  const { html } = render({ nbformat: 4, cells: [{ cell_type: 'code', source: 'x', execution_count: 1, metadata: { tags: [`exercise:${XSS}`, `check:${XSS}`] }, outputs: [] },
    { cell_type: 'code', source: 'x', execution_count: XSS, metadata: {}, outputs: [
    { output_type: 'execute_result', execution_count: `"${XSS}`, data: { 'text/plain': '1' } },
    { output_type: 'display_data', data: { [`text/${XSS}`]: 'x' } },
    { output_type: 'stream', name: `"><script>alert(1)</script>`, text: 'out' },
    { output_type: 'error', ename: XSS, evalue: XSS, traceback: [] },
  ] }] });
  assert.match(html, /Exercise &lt;img src=x onerror=alert\(1\)&gt;/);
  assert.deepEqual(executable(html), []);
  assert.doesNotMatch(html, /<img src=x|<script>/);
  assert.match(html, /In \[&lt;img src=x onerror=alert\(1\)&gt;\]:/);
  assert.match(html, /Out \[&quot;&lt;img/);
});

test('attachments: only image types are written, under the site\'s own extensions; prototype names are not attachments', () => {
  const { html, files } = render({ nbformat: 4, cells: [{ cell_type: 'markdown', metadata: {},
    source: '![a](attachment:a.png) ![b](attachment:b) ![c](attachment:constructor) ![d](attachment:%E0%A4%A)',
    attachments: { 'a.png': { 'image/png': 'AAAA' }, b: { 'image/../../../../pwn': 'AAAA', 'text/html': '<script>x</script>' } } }] });
  assert.deepEqual(files.map(([ext]) => ext), ['png'], 'a.png only: b has no image of a known type, constructor is not an attachment');
  assert.doesNotMatch(html, /pwn|\.\.\//);
});
