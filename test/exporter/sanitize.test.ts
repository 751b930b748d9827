import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sanitize } from '../../exporter/sanitize';
import { executable } from './helpers';

const HOSTILE = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 1">',
  '<a href="javascript:window.__pwned = 1">a</a>',
  '<a href=" JaVaScRiPt:window.__pwned = 1">b</a>',
  '<a href="&#106;avascript:window.__pwned = 1">c</a>',
  '<iframe src="https://example.com"></iframe>',
  '<iframe srcdoc="<script>parent.__pwned = 1</script>"></iframe>',
  '<object data="x.swf"></object><embed src="x.swf">',
  '<svg onload="window.__pwned = 1"><script>window.__pwned = 1</script></svg>',
  '<div style="position:fixed;inset:0" onmouseover="window.__pwned = 1">cover</div>',
  '<form action="javascript:x"><input type="submit" formaction="javascript:x"></form>',
  '<style>body { display: none }</style>',
  '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=javascript:x">',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned = 1">',
];

for (const payload of HOSTILE) {
  test(`sanitised: ${payload.slice(0, 60)}`, () => {
    const html = sanitize(payload);
    assert.deepEqual(executable(html), []);
    assert.doesNotMatch(html, /__pwned|javascript|style=|<(iframe|object|embed|svg|base|meta|style)/i);
  });
}

test('safe HTML from notebooks survives: tables, emphasis, images, details, links', () => {
  const html = '<table class="df"><thead><tr><th>loss</th></tr></thead><tbody><tr><td colspan="2"><b>0.5</b></td></tr></tbody></table>' +
    '<details open><summary>Hint</summary><img src="data:image/png;base64,AA" alt="a"></details><a href="https://keras.io/">Keras</a>';
  assert.equal(sanitize(html), html.replace('alt="a">', 'alt="a" />'));
});

test('raw HTML links are mapped to the site like markdown links; unknown local targets lose their URL', () => {
  const rewrite = (href: string): string | undefined => (href === '05-x.md' ? '05-x.html' : href.startsWith('http') ? href : undefined);
  assert.equal(sanitize('<a href="05-x.md">n</a><img src="missing.png">', rewrite), '<a href="05-x.html">n</a><img />');
});

test('content ids and names are prefixed so they cannot clobber the page\'s; #links follow them', () => {
  const html = sanitize('<div id="losslabFigures">a</div><a name="figure-1" href="#figure-1">b</a><a href="05-x.html#huber">c</a><a href="https://keras.io/#x">d</a>');
  assert.equal(html, '<div id="user-content-losslabFigures">a</div><a name="user-content-figure-1" href="#user-content-figure-1">b</a>' +
    '<a href="05-x.html#user-content-huber">c</a><a href="https://keras.io/#x">d</a>');
});

test('remote images are not loaded from untrusted HTML (they would tell a third party who reads the page)', () => {
  assert.equal(sanitize('<img src="https://evil.example/pixel.png" alt="p">'), '<img alt="p" />');
});

test('inline images are raster only: a data: SVG or HTML image is dropped', () => {
  assert.equal(sanitize('<img src="data:image/svg+xml,&lt;svg onload=alert(1)&gt;" alt="s"><img src="data:text/html,x" alt="h"><img src="data:image/webp;base64,AA" alt="w">'),
    '<img alt="s" /><img alt="h" /><img src="data:image/webp;base64,AA" alt="w" />');
});
