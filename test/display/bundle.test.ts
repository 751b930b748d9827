import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plots } from '../../src';
import { figureBundle, PLOTLY_MIME, plotlyScriptTag, plotlyVersion } from '../../src/display';
import type { PlotlyFigure } from '../../src/plots';

const fig = plots.lossCurves({ loss: [1, 0.5], val_loss: [1.2, 0.7] }, { title: 'a </script> "title" & more' });
const CDN = /cdn\.plot\.ly|cdn\.jsdelivr|unpkg\.com|cdnjs|googleapis/i;

test('figureBundle: Plotly JSON, html and plain text, in one bundle', () => {
  const b = figureBundle(fig, { id: 'f1' });
  assert.deepEqual(Object.keys(b).sort(), [PLOTLY_MIME, 'text/html', 'text/plain'].sort());
  assert.equal(PLOTLY_MIME, 'application/vnd.plotly.v1+json');
  assert.deepEqual(b[PLOTLY_MIME], { data: fig.data, layout: fig.layout });
  assert.match(b['text/plain'] as string, /^Figure: .* \(2 traces: training loss, validation loss\)$/);
});

test('figureBundle: frames travel in the Plotly JSON; htmlOnly leaves it out', () => {
  const race = plots.optimizerRace((a, b) => a * a + b * b, [-1, 1], [-1, 1], [{ name: 'sgd', points: [[1, 1], [0, 0]] }], { resolution: 4 });
  assert.equal((figureBundle(race, { id: 'r' })[PLOTLY_MIME] as PlotlyFigure).frames?.length, 2);
  assert.deepEqual(Object.keys(figureBundle(race, { id: 'r', htmlOnly: true })).sort(), ['text/html', 'text/plain']);
});

test('html: small without plotly.js, no CDN, no external script, the figure div and a static preview', () => {
  const html = figureBundle(fig, { id: 'f1' })['text/html'] as string;
  assert.ok(html.length < 20000, `per-figure html is small (${html.length} chars)`);
  assert.doesNotMatch(html, CDN);
  assert.doesNotMatch(html, /<script[^>]*\ssrc=/i);
  assert.match(html, /<div class="losslab-figure" id="f1"/);
  assert.match(html, /<svg [^>]*class="losslab-static-svg"/);
  assert.match(html, /__losslabPlotlyQueue/);
  assert.doesNotMatch(html, /id="losslab-plotly-js"/);
});

test('html: the title cannot break out of the script or the markup', () => {
  const html = figureBundle(fig, { id: 'f1' })['text/html'] as string;
  assert.equal(html.match(/<script/g)?.length, html.match(/<\/script>/g)?.length);
  assert.equal(html.match(/<\/script>/g)?.length, 1);
  assert.match(html, /a &lt;\/script&gt; &quot;title&quot; &amp; more/);
});

test('html with plotly.js: inlined once, RequireJS-safe, guarded, and its own URLs are not loaded', () => {
  const html = figureBundle(fig, { id: 'f1', includePlotly: true })['text/html'] as string;
  assert.ok(html.length > 3_000_000, 'plotly.js is inlined');
  assert.equal(html.match(/id="losslab-plotly-js"/g)?.length, 1);
  assert.doesNotMatch(html, /<script[^>]*\ssrc=/i);
  const tag = plotlyScriptTag();
  assert.ok(tag.includes('if(!window.Plotly){(function(define,module,exports){'));
  assert.ok(tag.includes('}).call(window,undefined,undefined,undefined);}'));
  // Inside the inline script nothing may close it early.
  const inner = tag.slice(tag.indexOf('>') + 1, tag.lastIndexOf('</script>'));
  assert.doesNotMatch(inner, /<\/script/i);
  assert.match(plotlyVersion(), /^\d+\.\d+\.\d+$/);
});

test('figureBundle: a non-figure is a named error', () => {
  assert.throws(() => figureBundle({} as PlotlyFigure, { id: 'x' }), /figureBundle: expected a Plotly figure/);
});
