/** Exercises on the site: the exercise, its check and a hidden solution, never the shipped "Not yet" verdict. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Notebook } from '../../exporter/ipynb';
import { renderNotebookBody } from '../../exporter/notebook';
import type { OutputContext } from '../../exporter/outputs';
import { envFor } from './helpers';

const nb: Notebook = {
  nbformat: 4, nbformat_minor: 5, metadata: {},
  cells: [
    { cell_type: 'code', metadata: { tags: ['exercise:04-1'] }, source: 'const huberValue = 0; // your answer', outputs: [], execution_count: 8 },
    { cell_type: 'code', metadata: { tags: ['check:04-1'] }, source: 'exercises.ex04.checkHuberValue(huberValue);', execution_count: 9,
      outputs: [{ output_type: 'stream', name: 'stdout', text: '❌ Not yet (exercise 04-1): 0 is not it\n' }] },
  ],
} as unknown as Notebook;

const outputs: OutputContext = {
  trusted: true, usesPlotly: false, nextFigureId: () => 'figure-1', markdown: (s) => s,
  rewriteLink: (h) => h, writeFile: () => 'x',
};

test('an exercise shows its check without a verdict, and its solution behind a toggle', () => {
  const html = renderNotebookBody(nb, {
    env: envFor(true), outputs, executed: true, downloadUrl: 'x.ipynb',
    solutions: new Map([['04-1', 'const huberValue = 1.6458;']]),
  });
  assert.doesNotMatch(html, /Not yet/);
  assert.match(html, /checkHuberValue/);
  assert.match(html, /<details class="solution"><summary>Show a solution<\/summary>/);
  assert.match(html.replace(/<[^>]+>/g, ''), /const huberValue = 1\.6458;/);
});

test('a notebook page has a run box with the two commands, a source link and the date it was executed', () => {
  const html = renderNotebookBody(nb, {
    env: envFor(true), outputs, executed: true, downloadUrl: '04-regression-losses.ipynb', executedOn: new Date('2026-11-29T06:00:00Z'),
  });
  const text = html.replace(/<[^>]+>/g, '');
  assert.match(html, /<aside class="run-box"/);
  assert.match(text, /npm start/);
  assert.match(text, /npm test/);
  assert.match(html, /href="04-regression-losses.ipynb"[^>]*>source notebook/);
  assert.match(text, /Executed on 2026-11-29/);
});
