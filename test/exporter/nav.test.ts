import assert from 'node:assert/strict';
import { test } from 'node:test';
import { relativeUrl, resolveSource } from '../../exporter/links';
import { cleanTitle, pageSequence, renderPager, renderSidebar, stepNumber, titleFromStem, type Step } from '../../exporter/nav';

const STEPS: Step[] = [
  { number: '01', stem: '01-reducing-loss', title: 'Reducing loss', lesson: 'lessons/01-reducing-loss.html', notebook: 'notebooks/01-reducing-loss.html' },
  { number: '02', stem: '02-gradient-descent', title: 'Gradient descent', lesson: 'lessons/02-gradient-descent.html' },
];

test('course files: NN prefix, titles from headings or stems', () => {
  assert.equal(stepNumber('04-regression-losses'), '04');
  assert.equal(stepNumber('zz-probe'), undefined);
  assert.equal(cleanTitle('# 04. Regression losses'), 'Regression losses');
  assert.equal(cleanTitle('04 – Regression losses'), 'Regression losses');
  assert.equal(cleanTitle('Regression losses'), 'Regression losses');
  assert.equal(titleFromStem('12-regularisation-and-search'), 'Regularisation and search');
});

test('pages in reading order: index, then each lesson and its notebook', () => {
  assert.deepEqual(pageSequence('losslab', STEPS).map((p) => p.output), [
    'index.html', 'lessons/01-reducing-loss.html', 'notebooks/01-reducing-loss.html', 'lessons/02-gradient-descent.html',
  ]);
});

test('sidebar marks the current page and step; links are relative', () => {
  const pages = pageSequence('losslab', STEPS);
  const html = renderSidebar('losslab', STEPS, pages[2]);
  assert.match(html, /<a class="step-notebook current" href="01-reducing-loss.html" aria-current="page">Notebook<\/a>/);
  assert.match(html, /<li class="active"><span class="step-num">01<\/span>/);
  assert.match(html, /href="..\/lessons\/02-gradient-descent.html"/);
  assert.match(html, /<a class="sidebar-home" href="..\/index.html">/);
  assert.equal((html.match(/aria-current/g) ?? []).length, 1);
});

test('previous and next', () => {
  const pages = pageSequence('losslab', STEPS);
  const middle = renderPager(pages, pages[2]);
  assert.match(middle, /rel="prev" href="..\/lessons\/01-reducing-loss.html"/);
  assert.match(middle, /rel="next" href="..\/lessons\/02-gradient-descent.html"/);
  assert.doesNotMatch(renderPager(pages, pages[0]), /rel="prev"/);
  assert.doesNotMatch(renderPager(pages, pages[3]), /rel="next"/);
});

test('relative URLs and source resolution', () => {
  assert.equal(relativeUrl('index.html', 'lessons/01-a.html'), 'lessons/01-a.html');
  assert.equal(relativeUrl('lessons/01-a.html', 'index.html'), '../index.html');
  assert.equal(relativeUrl('lessons/01-a.html', 'lessons/01-a.html'), '01-a.html');
  assert.equal(resolveSource('lessons/01-a.md', '../notebooks/01-a.ipynb#x'), 'notebooks/01-a.ipynb');
  assert.equal(resolveSource('lessons/01-a.md', 'img/a%20b.png'), 'lessons/img/a b.png');
  assert.equal(resolveSource('lessons/01-a.md', '../../etc/passwd'), undefined);
  assert.equal(resolveSource('lessons/01-a.md', 'https://x.org/a.md'), undefined);
  assert.equal(resolveSource('lessons/01-a.md', '/abs.md'), undefined);
});
