import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ansiToHtml, stripAnsi } from '../../exporter/ansi';
import { roundNumbers } from '../../exporter/figure';
import type { Output } from '../../exporter/ipynb';
import { renderMarkdown } from '../../exporter/markdown';
import { collapseCarriageReturns, MAX_OUTPUT_CHARS, renderOutputs, type OutputContext } from '../../exporter/outputs';
import { envFor, executable } from './helpers';

function context(trusted: boolean): OutputContext & { files: Array<[string, Buffer]> } {
  const env = envFor(trusted, 'notebooks/04-regression-losses.ipynb');
  let n = 0;
  const files: Array<[string, Buffer]> = [];
  return {
    trusted, files, usesPlotly: false,
    nextFigureId: () => `figure-${++n}`,
    markdown: (source) => renderMarkdown(source, env),
    rewriteLink: env.rewriteLink,
    writeFile: (ext, data) => {
      files.push([ext, data]);
      return `04-regression-losses.files/${files.length}.${ext}`;
    },
  };
}

const FIGURE = { data: [{ type: 'scatter', x: [0, 1], y: [1, 0] }], layout: { title: { text: 'a </script> title' } } };

test('stream text: consecutive chunks merged, stderr styled apart, \\r progress collapsed', () => {
  const html = renderOutputs([
    { output_type: 'stream', name: 'stdout', text: ['step 1\n'] },
    { output_type: 'stream', name: 'stdout', text: 'step 2 <b>\n' },
    { output_type: 'stream', name: 'stderr', text: 'careful\n' },
  ], context(true));
  assert.equal(html, '<div class="output stream stdout"><pre>step 1\nstep 2 &lt;b&gt;\n</pre></div>\n<div class="output stream stderr"><pre>careful\n</pre></div>');
  assert.equal(collapseCarriageReturns('10%\r50%\r100%\ndone\r\n'), '100%\ndone\n');
});

test('errors: name and value, traceback with ANSI colours as spans', () => {
  const html = renderOutputs([{ output_type: 'error', ename: 'TypeError', evalue: 'x is <undefined>', traceback: ['\x1b[31mboom\x1b[0m at <anonymous>'] }], context(true));
  assert.match(html, /<div class="output error" role="alert"><p class="error-head">TypeError: x is &lt;undefined&gt;<\/p>/);
  assert.match(html, /<span class="ansi-red">boom<\/span> at &lt;anonymous&gt;/);
  const repeated = renderOutputs([{ output_type: 'error', ename: 'Error', evalue: 'boom', traceback: ['Error: boom', '    at x'] }], context(true));
  assert.doesNotMatch(repeated, /error-head/, 'tslab repeats the message in the traceback; shown once');
});

test('ANSI: colours, bold and resets; other sequences dropped', () => {
  assert.equal(ansiToHtml('\x1b[1;32mok\x1b[0m \x1b[2Kdone'), '<span class="ansi-green ansi-bold">ok</span> done');
  assert.equal(stripAnsi('\x1b[38;5;208mx\x1b[m'), 'x');
});

test('Plotly JSON wins over its text/html fallback, which may inline plotly.js', () => {
  const ctx = context(true);
  const html = renderOutputs([{ output_type: 'display_data', data: {
    'application/vnd.plotly.v1+json': FIGURE,
    'text/html': '<script>/* plotly.js inlined */</script>',
    'text/plain': 'Figure',
  } }], ctx);
  assert.equal(ctx.usesPlotly, true);
  assert.match(html, /<div class="plotly-figure" data-spec="figure-1"/);
  assert.match(html, /<script type="application\/json" id="figure-1">\{"data":/);
  assert.doesNotMatch(html, /inlined/);
  assert.doesNotMatch(html, /<\/script> title/, 'figure JSON cannot close its script tag');
  const json = /<script type="application\/json" id="figure-1">(.*)<\/script>/.exec(html)?.[1] ?? '';
  assert.deepEqual(JSON.parse(json), FIGURE);
});

test('figure numbers keep 6 significant digits; integers, strings and structure are untouched', () => {
  assert.deepEqual(roundNumbers({ x: [0.1 + 0.2, -3.4625219130061127, 7, 1e-12 / 3], name: 'loss 0.123456789' }), {
    x: [0.3, -3.46252, 7, 3.33333e-13], name: 'loss 0.123456789',
  });
});

test('an inlined plotly.js is never shipped: loader-only outputs vanish, other scripts stay (trusted)', () => {
  const library = `<script type="text/javascript" id="losslab-plotly" data-plotly-version="3.0.1">if(!window.Plotly){${'x'.repeat(1000)}}</script>`;
  const big = `<script>/* plotly.js */ var Plotly = {};${' '.repeat(300_000)}</script>`;
  const ctx = context(true);
  const loader = renderOutputs([{ output_type: 'display_data', data: { 'text/html': `<div style="color:#888">plotly.js ready</div>${library}`, 'text/plain': 'plotly.js ready' } }], ctx);
  assert.equal(loader, '');
  const mixed = renderOutputs([{ output_type: 'display_data', data: { 'text/html': `<p>table</p>${big}<script>window.glue = 1</script>` } }], ctx);
  assert.equal(mixed, '<div class="output data"><div class="output-html"><p>table</p><script>window.glue = 1</script></div></div>');
});

test('a large figure goes to its own script file, so the page stays small', () => {
  const ctx = context(true);
  const big = { data: [{ type: 'heatmap', z: Array.from({ length: 200 }, (_, i) => Array.from({ length: 100 }, (_, j) => i * 0.1234567 + j)) }] };
  const html = renderOutputs([{ output_type: 'display_data', data: { 'application/vnd.plotly.v1+json': big } }], ctx);
  assert.equal(html, '<div class="output data"><div class="plotly-figure" data-spec="figure-1" role="figure" aria-label="Figure"></div>' +
    '<script src="04-regression-losses.files/1.js" defer></script></div>');
  const js = ctx.files[0][1].toString();
  assert.match(js, /^\(window.losslabFigures = window.losslabFigures \|\| \{\}\)\["figure-1"\] = \{"data":/);
});

test('a figure is named by its title, else by its axes; an untrusted title stays text', () => {
  const named = (layout: unknown, trusted = true) =>
    /aria-label="([^"]*)"/.exec(renderOutputs([{ output_type: 'display_data', data: { 'application/vnd.plotly.v1+json': { data: [], layout } } }], context(trusted)))?.[1];
  assert.equal(named({ title: { text: 'Loss<br>per <b>epoch</b>' } }), 'Loss per epoch');
  assert.equal(named({ title: 'Plain', xaxis: { title: { text: 'epoch' } } }), 'Plain');
  assert.equal(named({ xaxis: { title: { text: 'epoch' } }, yaxis: { title: 'loss' } }), 'loss against epoch');
  assert.equal(named({ title: { text: '"><script>alert(1)</script>' } }, false), '&quot;&gt; alert(1)');
});

test('text/html: kept when trusted, sanitised when not', () => {
  const data = { 'text/html': '<table><tr><td>1</td></tr></table><script>window.__pwned=1</script><img src="x.png" onerror="window.__pwned=1">' };
  const trusted = renderOutputs([{ output_type: 'display_data', data }], context(true));
  assert.match(trusted, /<script>window.__pwned=1<\/script>/);
  const safe = renderOutputs([{ output_type: 'display_data', data }], context(false));
  assert.match(safe, /<div class="output-html"><table><tr><td>1<\/td><\/tr><\/table>/);
  assert.deepEqual(executable(safe), []);
  assert.doesNotMatch(safe, /__pwned/);
});

test('images are written beside the page; SVG too, shown through <img> where scripts cannot run', () => {
  const ctx = context(false);
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
  const html = renderOutputs([
    { output_type: 'display_data', data: { 'image/png': `${png.toString('base64')}\n`, 'text/plain': '<image>' } },
    { output_type: 'display_data', data: { 'image/jpeg': png.toString('base64') } },
    { output_type: 'display_data', data: { 'image/svg+xml': ['<svg xmlns="http://www.w3.org/2000/svg">', '<script>x()</script></svg>'] } },
  ], ctx);
  assert.deepEqual(ctx.files.map(([ext]) => ext), ['png', 'jpg', 'svg']);
  assert.deepEqual(ctx.files[0][1], png);
  assert.equal(ctx.files[2][1].toString(), '<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script></svg>');
  assert.match(html, /<img class="output-image" src="04-regression-losses.files\/1.png"/);
  assert.doesNotMatch(html, /<svg|<script/);
});

test('text/markdown renders like a cell; execute_result shows Out [n]; text/plain escapes', () => {
  const html = renderOutputs([
    { output_type: 'display_data', data: { 'text/markdown': '**bold** $x^2$' } },
    { output_type: 'execute_result', execution_count: 7, data: { 'text/plain': '[ 1, <2> ]' } },
  ], context(true));
  assert.match(html, /<div class="output-markdown"><p><strong>bold<\/strong> <span class="katex">/);
  assert.match(html, /Out \[7\]:<\/div><pre class="output-text">\[ 1, &lt;2&gt; \]<\/pre>/);
});

test('unknown output types say so instead of vanishing', () => {
  const outputs: Output[] = [{ output_type: 'display_data', data: { 'application/x-widget': {} } }];
  assert.match(renderOutputs(outputs, context(true)), /output of type application\/x-widget not shown/);
});

test('a very long output is cut on the page, saying how much and where the rest is', () => {
  const long = 'x'.repeat(MAX_OUTPUT_CHARS + 1234);
  const stream = renderOutputs([{ output_type: 'stream', name: 'stdout', text: long }], context(false));
  assert.ok(stream.length < MAX_OUTPUT_CHARS + 1000);
  assert.match(stream, /Output truncated: showing the first 200,000 of 201,234 characters \(1,234 cut\)\. The full output is in the downloadable \.ipynb\./);
  const error = renderOutputs([{ output_type: 'error', ename: 'E', evalue: 'v', traceback: [long] }], context(false));
  assert.match(error, /of 201,234 characters/);
  const html = renderOutputs([{ output_type: 'display_data', data: { 'text/html': `<p>${long}</p>`, 'text/plain': 'a summary' } }], context(false));
  assert.equal(html, '<div class="output data"><pre class="output-text">a summary</pre></div>', 'a long HTML output gives way to its plain text');
  const alone = renderOutputs([{ output_type: 'display_data', data: { 'text/html': `<p>${long}</p>` } }], context(false));
  assert.match(alone, /this text\/html output has 201,241 characters, more than the 200,000 a page shows/);
});

test('an untrusted Plotly figure reaches nothing outside the site: no URL images, map traces or config', () => {
  const ctx = context(false);
  const html = renderOutputs([{ output_type: 'display_data', data: { 'application/vnd.plotly.v1+json': {
    data: [{ type: 'scatter', y: [1] }, { type: 'scattergeo', lat: [0] }, { type: 'image', source: 'https://evil.example/i.png' }],
    layout: { images: [{ source: 'https://evil.example/logo.png' }, { source: 'data:image/png;base64,AA' }], template: { layout: { images: [{ source: '//evil.example/t.png' }] } } },
    config: { topojsonURL: 'https://evil.example/' },
  } } }], ctx);
  const json = /<script type="application\/json" id="figure-1">(.*)<\/script>/.exec(html)?.[1] ?? '';
  assert.doesNotMatch(json, /evil|scattergeo|config/);
  assert.deepEqual(JSON.parse(json).layout.images, [{}, { source: 'data:image/png;base64,AA' }]);
});
