/**
 * The "Choosing a loss" page: rendered from `losses.CATALOGUE` (every entry, nothing else),
 * formulas typeset, one chart per task whose losses have a shape, and linked from the
 * sidebar and the index of a built site.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CATALOGUE, lossColour, type Task } from '../../src/losses/catalogue';
import { REGISTRY } from '../../src/losses/registry';
import { buildSite } from '../../exporter/build';
import { renderFigure } from '../../exporter/figure';
import { GUIDE_PAGE, renderGuideBody } from '../../exporter/guide';
import { guideFigures, type GuideFigure } from '../../exporter/guide-figures';
import { pageSequence, renderPager, renderSidebar } from '../../exporter/nav';

const TASKS: Task[] = ['regression', 'binary', 'multiclass', 'distribution', 'counts', 'segmentation', 'similarity', 'sequence', 'critic'];
const count = (html: string, re: RegExp): number => (html.match(re) ?? []).length;
const withoutScripts = (html: string): string => html.replace(/<script[\s\S]*?<\/script>/g, '');

let figures: Map<Task, GuideFigure>;
let html: string;

before(async () => {
  figures = await guideFigures();
  let n = 0;
  html = renderGuideBody(figures, (spec) => renderFigure(spec, `figure-${++n}`, () => 'unused.js'));
});

describe('guide page body', () => {
  test('one card per catalogue entry, with its title, identifiers and colour', () => {
    assert.equal(count(html, /<article class="loss-card"/g), CATALOGUE.length);
    for (const entry of CATALOGUE) {
      const card = html.slice(html.indexOf(`<article class="loss-card" id="${entry.name}"`));
      assert.ok(card.length < html.length, `${entry.name} has a card`);
      const own = card.slice(0, card.indexOf('</article>'));
      assert.ok(own.includes(`>${entry.title.replace(/'/g, '&#39;')}</a></h3>`), `${entry.name}: title`);
      assert.ok(own.includes(`--loss: ${lossColour(entry.name)}`), `${entry.name}: course colour`);
      const row = REGISTRY.find((r) => r.name === entry.name);
      assert.ok(row && own.includes(`<code>&#39;${row.keras}&#39;</code>`), `${entry.name}: Keras identifier`);
      for (const option of entry.options) assert.ok(own.includes(`<code>${option}</code>`), `${entry.name}: option ${option}`);
    }
  });

  test('grouped by task, in the order regression, binary, multiclass, distribution, counts, segmentation, similarity, sequence, critic', () => {
    const at = TASKS.map((t) => html.indexOf(`<h2 id="${t}">`));
    assert.ok(at.every((i) => i > 0), 'every task has a section');
    assert.deepEqual([...at].sort((a, b) => a - b), at);
    for (const entry of CATALOGUE) {
      const section = TASKS.findIndex((t) => t === entry.task);
      const card = html.indexOf(`id="${entry.name}"`);
      assert.ok(card > at[section] && (section === TASKS.length - 1 || card < at[section + 1]), `${entry.name} sits under ${entry.task}`);
    }
  });

  test('formulas and ranges are typeset by KaTeX at build time; no raw TeX is left', () => {
    assert.equal(count(html, /<div class="loss-formula"><span class="katex-display">/g), CATALOGUE.length);
    assert.ok(count(html, /class="katex"/g) >= 2 * CATALOGUE.length, 'a formula and a range per loss');
    assert.doesNotMatch(html, /katex-error/);
    assert.doesNotMatch(withoutScripts(html).replace(/<annotation[\s\S]*?<\/annotation>/g, ''), /\$|\\frac|\\log|\\max/);
  });

  test('one chart per task whose losses have a shape, from lossShape and in the course colours', () => {
    assert.equal(figures.size, TASKS.length, 'every task of the catalogue has a 1-D shape in curves.ts');
    assert.equal(count(html, /<figure class="guide-figure"><div class="plotly-figure"/g), figures.size);
    for (const [task, { figure, notDrawn }] of figures) {
      const drawn = CATALOGUE.filter((e) => e.task === task && !notDrawn.includes(e.title));
      assert.equal(figure.data.length, drawn.length, `${task}: a curve per drawn loss`);
      figure.data.forEach((trace, i) => {
        assert.equal((trace.line as { color: string }).color, lossColour(drawn[i].name), `${task}: ${drawn[i].name} colour`);
        assert.ok(String(trace.name).startsWith(drawn[i].title));
      });
    }
    // Independent check of one point: MSE at error 3 is 3² = 9 (the definition), Huber(δ = 1) is 3 − ½ = 2.5.
    const regression = figures.get('regression')!.figure.data;
    assert.equal((regression[0].y as number[]).at(-1), 9);
    assert.equal((regression[2].y as number[]).at(-1), 2.5);
    assert.deepEqual(figures.get('multiclass')!.notDrawn, ['Sparse categorical cross-entropy', 'Generalized cross-entropy']);
  });
});

describe('guide in the site', () => {
  const work = mkdtempSync(join(tmpdir(), 'losslab-guide-'));
  after(() => rmSync(work, { recursive: true, force: true }));

  test('the built site has guide.html, linked from the index and every sidebar, last in the pager', async () => {
    const course = join(__dirname, 'fixtures', 'course');
    await buildSite({ notebooks: join(course, 'executed'), lessons: join(course, 'lessons'), out: work, trusted: true });
    const page = readFileSync(join(work, GUIDE_PAGE.output), 'utf8');
    assert.match(page, /<title>Choosing a loss · losslab<\/title>/);
    assert.match(page, /<script src="assets\/plotly.min.js" defer><\/script>/);
    assert.match(page, /<a class="reference-link current" href="guide.html" aria-current="page">Choosing a loss<\/a>/);
    assert.match(readFileSync(join(work, 'index.html'), 'utf8'), /<h3><a href="guide.html">Choosing a loss<\/a><\/h3>/);
    assert.match(readFileSync(join(work, 'lessons/01-first-steps.html'), 'utf8'), /<a class="reference-link" href="..\/guide.html">Choosing a loss<\/a>/);
  });

  test('nav: the guide is an appendix to the sequence and a sidebar reference link', () => {
    const guide = { kind: 'guide' as const, output: 'guide.html', title: 'Choosing a loss' };
    const pages = pageSequence('losslab', [{ number: '01', stem: '01-a', title: 'A', lesson: 'lessons/01-a.html' }], [guide]);
    assert.deepEqual(pages.map((p) => p.output), ['index.html', 'lessons/01-a.html', 'guide.html']);
    assert.match(renderPager(pages, guide), /rel="prev" href="lessons\/01-a.html"/);
    assert.doesNotMatch(renderPager(pages, guide), /rel="next"/);
    assert.doesNotMatch(renderSidebar('losslab', [], pages[0]), /Reference/, 'no reference list without reference pages');
  });
});
