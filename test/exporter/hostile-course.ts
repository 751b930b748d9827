/**
 * A course written by an attacker, generated into a temporary folder for the exporter's security
 * tests: every payload calls `hit()`, which sets `top.__pwned` and raises an alert, so a test sees
 * any script that ran. Symlinks and odd file names cannot live in git, hence a generator.
 */
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What every payload runs. */
export const P = "top.__pwned=1;alert('pwned')";
const EVIL = 'http://evil.example';

/** HTML vectors, for raw HTML in markdown cells, lessons and `text/html` outputs. */
export const HTML_VECTORS = [
  `<script>${P}</script>`,
  `<img src=x onerror="${P}">`,
  `<a href="javascript:${P}">plain</a>`,
  `<a href="&#106;avascript:${P}">entity</a>`,
  `<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;${P}">hex entities</a>`,
  `<a href="java&#x09;script:${P}">tab</a>`,
  `<a href="javascript&colon;${P}">colon entity</a>`,
  `<a href=" &#x1;javascript:${P}">control character</a>`,
  `<a href="data:text/html,<script>${P}</script>">data url</a>`,
  `<iframe srcdoc="<script>${P}</script>"></iframe>`,
  `<iframe src="data:text/html,<script>${P}</script>"></iframe>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${P}">`,
  `<base href="javascript:${P}//">`,
  `<form action="javascript:${P}"><button>go</button></form>`,
  `<button formaction="javascript:${P}">go</button>`,
  `<svg><animate attributeName="href" to="javascript:${P}"/><a><text y="20">svg link</text></a></svg>`,
  `<svg><set attributeName="onmouseover" to="${P}"/></svg>`,
  `<math><a xlink:href="javascript:${P}">math link</a></math>`,
  `<div style="background:url(javascript:${P})">css url</div>`,
  `<div style="width:expression(${P})">css expression</div>`,
  `<style>@import '${EVIL}/x.css'; body { background: url(${EVIL}/bg.png) }</style>`,
  `<link rel="stylesheet" href="${EVIL}/x.css">`,
  `<object data="data:text/html,<script>${P}</script>"></object><embed src="${EVIL}/x.swf">`,
  `<details open ontoggle="${P}"><summary>toggle</summary></details>`,
  `<video><source onerror="${P}"></video><audio src=x onerror="${P}"></audio>`,
  `<scr<script>ipt>${P}</scr</script>ipt>`,
  `<noscript><p title="</noscript><img src=x onerror=${P}>"></noscript>`,
  `<img src="${EVIL}/pixel.png">`,
  `<input autofocus onfocus="${P}">`,
  `<div id="losslabFigures">clobber</div><a id="losslabFigures" name="losslabFigures">clobber</a>`,
  `<div id="figure-1">fake figure data</div><p id="content">fake content</p><img name="getElementById" src="data:image/png;base64,AA">`,
  // Last: an unclosed <style> swallows everything after it.
  `<math><mtext><table><mglyph><style><img src=x onerror="${P}">`,
];

/** Headings for the site's search: markup as text (entities), and markup as markup. */
export const SEARCH_HEADINGS = [
  `## &lt;img src=x onerror="${P}"&gt; escaped heading`,
  `## <img src=x onerror="${P}"> raw heading`,
];

/** Markdown-only vectors: links that are not HTML. */
const MARKDOWN_VECTORS = [
  `[plain](javascript:${P})`,
  `[entity](&#106;avascript:${P})`,
  `[angle](<javascript:${P}>)`,
  `[upper](JAVASCRIPT:${P})`,
  `[data](data:text/html;base64,PHNjcmlwdD50b3AuX19wd25lZD0xPC9zY3JpcHQ+)`,
  `[vb](vbscript:msgbox)`,
  `![img](javascript:${P})`,
  `[proto](../constructor/a) [proto2](__proto__/x) [proto3](toString)`,
  '```constructor\nfence with a prototype key as its language\n```',
  '```__proto__\nanother\n```',
  `[unicode \u202e rtl](\uff4aavascript:${P}) [zero\u200bwidth](java\u200bscript:${P})`,
  // A worked example whose hidden check (shown on the site as code) tries to break out of it.
  `$$x = 1$$\n<!-- check: </code></pre></details><script>${P}</script><img src=x onerror="${P}"> ≈ 1 -->\n` +
    `<!-- check: f() ≈ [1] (shown: first) --><script>${P}</script>\n<!-- check: g() --><img src=x onerror="${P}"> ≈ 1 -->`,
];

/** An SVG that tries every way an SVG can run code or fetch. */
export const HOSTILE_SVG = `<?xml version="1.0"?>
<!DOCTYPE svg [<!ENTITY e "entity">]>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="120" height="40" onload="${P}">
<script>${P}</script>
<script xlink:href="data:text/javascript,${P}"></script>
<style>@import url(${EVIL}/x.css); rect { fill: url(${EVIL}/p.svg#g) }</style>
<foreignObject width="10" height="10"><body xmlns="http://www.w3.org/1999/xhtml"><script>${P}</script><img src="x" onerror="${P}"/></body></foreignObject>
<defs><linearGradient id="g"><stop offset="0" stop-color="#0b5fb0"/></linearGradient></defs>
<rect width="40" height="20" fill="url(#g)" style="stroke:url(${EVIL}/s.svg#a)" onclick="${P}"/>
<use href="${EVIL}/sprite.svg#a"/><use xlink:href="data:image/svg+xml,&lt;svg id='a' xmlns='http://www.w3.org/2000/svg' onload='${P}'/&gt;#a"/>
<image href="${EVIL}/x.png" width="5" height="5"/><image xlink:href="javascript:${P}"/>
<a href="javascript:${P}"><text x="50" y="15">click</text></a>
<a xlink:href="javascript:${P}"><text x="50" y="30">click &e;</text></a>
<animate attributeName="href" to="javascript:${P}"/>
<set attributeName="onload" to="${P}"/>
<handler type="application/ecmascript">${P}</handler>
<iframe src="javascript:${P}"/>
<circle cx="100" cy="20" r="8" fill="#0b5fb0" onmouseover="${P}"/>
</svg>`;

const KS = { kernelspec: { name: 'tslab', display_name: 'TypeScript', language: 'typescript' } };
type Json = Record<string, unknown>;

function notebook(cells: Json[]): string {
  return JSON.stringify({ cells: cells.map((c, i) => ({ id: `c${i}`, metadata: {}, ...c })), metadata: KS, nbformat: 4, nbformat_minor: 5 });
}

const md = (source: string, extra: Json = {}): Json => ({ cell_type: 'markdown', source, ...extra });
const code = (source: string, outputs: Json[], extra: Json = {}): Json => ({ cell_type: 'code', source, execution_count: 1, outputs, ...extra });
const show = (data: Json): Json => ({ output_type: 'display_data', metadata: {}, data });

/** A Plotly figure whose strings try to break out of the page and whose images fetch. */
function plotlyFigure(points: number): Json {
  return {
    data: [{ type: 'scatter', x: Array.from({ length: points }, (_, i) => i), y: Array.from({ length: points }, (_, i) => i * 0.5),
      name: `</script><script>${P}</script>`, text: [`<img src=x onerror="${P}">`], hovertemplate: `<a href="javascript:${P}">h</a>` }],
    layout: {
      title: { text: `<a href="javascript:${P}">title</a> </script><img src=x onerror="${P}"> \u2028 <!--` },
      annotations: [{ text: `<a href="javascript:${P}">note</a>`, x: 0, y: 0 }],
      images: [{ source: `${EVIL}/logo.png`, x: 0, y: 0, sizex: 1, sizey: 1 }],
      height: 240,
    },
    config: { topojsonURL: `${EVIL}/topo/`, linkText: `<img src=x onerror="${P}">` },
  };
}

function vectorsNotebook(bigStream: number): string {
  const markdown = [
    '# 02. Vectors', '', '## Section two', '', '[jump to section two](#section-two) and [to lesson 02](../lessons/02-vectors.md#section-two)',
    '', ...MARKDOWN_VECTORS, '', '![attached](attachment:evil.svg) ![bad mime](attachment:odd.png)', '', ...HTML_VECTORS,
  ].join('\n\n');
  const figureString = JSON.stringify(plotlyFigure(3));
  return notebook([
    md(markdown, { attachments: { 'evil.svg': { 'image/svg+xml': HOSTILE_SVG }, 'odd.png': { 'image/../../../../../pwn': 'AAAA' } } }),
    code('tags', [], { metadata: { tags: [`exercise:<img src=x onerror="${P}">`, `check:"><script>${P}</script>`] } }),
    code('display(everything)', [
      show({ 'text/html': HTML_VECTORS.join('\n'), 'text/plain': 'html' }),
      show({ 'text/markdown': MARKDOWN_VECTORS.join('\n\n') }),
      show({ 'image/svg+xml': HOSTILE_SVG, 'text/plain': 'svg' }),
      show({ [`text/x-<img src=x onerror="${P}">`]: 'odd mime' }),
      show({ 'application/vnd.plotly.v1+json': plotlyFigure(3) }),
      show({ 'application/vnd.plotly.v1+json': figureString }),
      show({ 'application/vnd.plotly.v1+json': plotlyFigure(6000) }),
      show({ 'application/json': { '</script><script>': P } }),
      show({ 'text/latex': `$\\href{javascript:${P}}{x}$ \\htmlId{losslabFigures}{y}` }),
      { output_type: 'stream', name: `"><img src=x onerror="${P}">`, text: `<script>${P}</script>\n` },
      { output_type: 'execute_result', execution_count: 3, metadata: {}, data: { 'text/plain': `<img src=x onerror="${P}">` } },
      { output_type: 'error', ename: `<svg onload="${P}">`, evalue: `<script>${P}</script>`, traceback: [`\x1b[31m<img src=x onerror="${P}">\x1b[0m`] },
    ]),
    // Headings the search index keeps as text: the escaped one shows its markup, literally, in results.
    md(SEARCH_HEADINGS.join('\n\nSearchable hostile heading.\n\n')),
    code('console.log(big)', [{ output_type: 'stream', name: 'stdout', text: `${'0123456789abcdef\n'.repeat(bigStream / 17)}end\n` }]),
    code('display.html(big)', [show({ 'text/html': `<table>${'<tr><td>cell</td></tr>'.repeat(bigStream / 22)}</table>` })]),
  ]);
}

function lesson(): string {
  return [
    '# 02. Vectors lesson', '', '## Section two', '', '[jump](#section-two) [notebook](../notebooks/02-vectors.ipynb#section-two)',
    '', ...MARKDOWN_VECTORS, '',
    '![local svg](evil.svg) [local html](evil.html) [secret](secret.txt) [linked dir](linked/secret.txt) [odd name](odd%20%3Cname%3E%20%C3%BC.png)',
    '', ...HTML_VECTORS,
  ].join('\n\n');
}

/**
 * Write the hostile course into `dir`: `lessons/`, `notebooks/` and, beside them, `outside/`, a
 * folder that is not an input; symlinks inside the inputs point into it. Returns the folders.
 */
export function writeHostileCourse(dir: string, fixtures: string, bigStream = 3_000_000): { lessons: string; notebooks: string; outside: string } {
  const lessons = join(dir, 'lessons');
  const notebooks = join(dir, 'notebooks');
  const outside = join(dir, 'outside');
  for (const d of [lessons, notebooks, outside]) mkdirSync(d, { recursive: true });
  cpSync(join(fixtures, 'hostile', 'lessons'), lessons, { recursive: true });
  cpSync(join(fixtures, 'hostile', 'notebooks'), notebooks, { recursive: true });
  writeFileSync(join(notebooks, '02-vectors.ipynb'), vectorsNotebook(bigStream));
  writeFileSync(join(lessons, '02-vectors.md'), lesson());
  writeFileSync(join(lessons, 'evil.svg'), HOSTILE_SVG);
  writeFileSync(join(lessons, 'evil.html'), `<script>${P}</script>`);
  writeFileSync(join(lessons, 'odd <name> ü.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
  // Symlinks out of the input folders: a file, a folder, a lesson and a notebook.
  writeFileSync(join(outside, 'secret.txt'), 'SECRET-OUTSIDE-THE-INPUTS');
  mkdirSync(join(outside, 'dir'));
  writeFileSync(join(outside, 'dir', 'secret.txt'), 'SECRET-OUTSIDE-THE-INPUTS');
  writeFileSync(join(outside, '03-stolen.md'), '# 03. Stolen\n\nSECRET-OUTSIDE-THE-INPUTS\n');
  writeFileSync(join(outside, '03-stolen.ipynb'), notebook([md('# 03. Stolen\n\nSECRET-OUTSIDE-THE-INPUTS')]));
  symlinkSync(join(outside, 'secret.txt'), join(lessons, 'secret.txt'));
  symlinkSync(join(outside, 'dir'), join(lessons, 'linked'));
  symlinkSync(join(outside, '03-stolen.md'), join(lessons, '03-stolen.md'));
  symlinkSync(join(outside, '03-stolen.ipynb'), join(notebooks, '03-stolen.ipynb'));
  // Names with spaces, non-ASCII letters and HTML characters.
  writeFileSync(join(lessons, '04-with space.md'), '# 04. With space\n\nA lesson whose file name has a space.\n');
  writeFileSync(join(lessons, '05-ünïcode.md'), '# 05. Ünïcode\n\nA lesson whose file name is not ASCII.\n');
  writeFileSync(join(lessons, `06-<img src=x onerror="${P}">.md`), '# 06. Tag\n\nA lesson whose file name is HTML.\n');
  writeFileSync(join(notebooks, '07-a&b #1?.ipynb'), notebook([md('# 07. Ampersand\n\nBack to [the lesson](../lessons/04-with%20space.md).')]));
  return { lessons, notebooks, outside };
}
