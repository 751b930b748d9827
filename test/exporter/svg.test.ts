import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sanitizeSvg } from '../../exporter/svg';
import { HOSTILE_SVG } from './hostile-course';

const NS = 'xmlns="http://www.w3.org/2000/svg"';
const svg = (body: string, attrs = ''): string => `<svg ${NS}${attrs}>${body}</svg>`;

/** [vector, what must not survive]. */
const VECTORS: Array<[string, RegExp]> = [
  [svg('<script>alert(1)</script>'), /script|alert/],
  [svg('<rect width="5" height="5"/>', ' onload="alert(1)"'), /onload|alert/],
  [svg('<circle r="3" onmouseover="alert(1)"/>'), /onmouseover/],
  [svg('<foreignObject><body xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(1)"/></body></foreignObject>'), /foreignObject|img|onerror/],
  [svg('<a href="javascript:alert(1)"><text>x</text></a>'), /javascript|<a/],
  [svg('<a xlink:href="javascript:alert(1)"><text>x</text></a>', ' xmlns:xlink="http://www.w3.org/1999/xlink"'), /javascript/],
  [svg('<animate attributeName="href" to="javascript:alert(1)"/>'), /animate|javascript/],
  [svg('<set attributeName="onload" to="alert(1)"/>'), /<set|alert/],
  [svg('<use href="http://evil.example/s.svg#a"/>'), /evil/],
  [svg('<use xlink:href="data:image/svg+xml,&lt;svg onload=alert(1)&gt;#a"/>'), /data:|onload/],
  [svg('<image href="http://evil.example/x.png"/>'), /evil/],
  [svg('<image href="data:image/svg+xml;base64,PHN2Zz4="/>'), /svg\+xml/],
  [svg('<style>@import url(http://evil.example/x.css)</style>'), /style|evil|import/],
  [svg('<rect fill="url(http://evil.example/p.svg#g)"/>'), /evil/],
  [svg('<rect style="fill:url(&quot;http://evil.example/p&quot;)"/>'), /evil/],
  [svg('<rect style="fill:u\\72l(http://evil.example/p)"/>'), /evil/],
  [svg('<handler type="application/ecmascript">alert(1)</handler>'), /handler|alert/],
  [svg('<iframe src="javascript:alert(1)"/>'), /iframe|javascript/],
  ['<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>' + svg('<text>&x;</text>'), /DOCTYPE|ENTITY|passwd/],
  [HOSTILE_SVG, /script|on[a-z]+=|foreignObject|evil|javascript|animate|<set|handler|iframe|<a\b|@import|DOCTYPE/i],
];

for (const [vector, forbidden] of VECTORS) {
  test(`untrusted SVG: ${vector.slice(NS.length + 5, NS.length + 75)}`, () => {
    const clean = sanitizeSvg(vector);
    assert.doesNotMatch(clean, forbidden);
    assert.match(clean, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });
}

test('drawings survive: shapes, gradients referenced by #id, text, transforms, inline raster images', () => {
  const drawing = svg(
    '<defs><linearGradient id="g"><stop offset="0" stop-color="#0b5fb0"></stop></linearGradient></defs>' +
    '<g transform="translate(2,2)"><rect width="10" height="5" fill="url(#g)" style="stroke:#333;stroke-width:1"></rect>' +
    '<text x="1" y="9" font-size="8">a &lt; b</text><use href="#g"></use>' +
    '<image href="data:image/png;base64,AA==" width="1" height="1"></image></g>', ' viewBox="0 0 20 10"');
  assert.equal(sanitizeSvg(drawing), `${drawing}\n`);
});
