/** Rules every course figure keeps: a title, titled axes, a legend iff more than one trace, plain JSON. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plots } from '../../src';
import { sampleFigures } from './figures.fixture';

type Axis = { title?: { text?: string } };

function axisTitles(layout: Record<string, unknown>): string[] {
  const axes = Object.entries(layout).filter(([k]) => /^[xy]axis\d*$/.test(k)).map(([, v]) => v as Axis);
  const scene = layout.scene as Record<string, Axis> | undefined;
  if (scene) axes.push(scene.xaxis, scene.yaxis, scene.zaxis);
  return axes.map((a) => a.title?.text ?? '');
}

const surface = plots.lossSurface3d((a, b) => a * a + b * b, [-1, 1], [-1, 1], [{ name: 'adam', points: [[1, 1], [0, 0]] }], { resolution: 10 });
const all = [...sampleFigures(), { name: 'lossSurface3d', figure: surface, scatterTraces: 0 }];

for (const { name, figure } of all) {
  test(`${name}: has a title, axis titles and a legend when it has several traces`, () => {
    assert.ok(figure.layout.title?.text, 'title');
    const titles = axisTitles(figure.layout);
    assert.ok(titles.length >= 2, 'at least two axes');
    // Side-by-side panels share the y title of the first panel.
    assert.ok(titles.filter((t) => t !== '').length >= 2, `axis titles: ${JSON.stringify(titles)}`);
    assert.equal(figure.layout.showlegend, figure.data.length > 1);
    if (figure.data.length > 1) assert.ok(figure.data.some((t) => t.showlegend !== false && t.name), 'a named trace in the legend');
  });

  test(`${name}: axes print exponents as powers of ten, never SI prefixes (10n, 1p)`, () => {
    const axes = Object.entries(figure.layout).filter(([k]) => /^[xy]axis\d*$/.test(k)).map(([, v]) => v as { exponentformat?: string });
    for (const a of axes) assert.equal(a.exponentformat, 'power');
  });

  test(`${name}: is plain JSON (survives a JSON round trip unchanged)`, () => {
    assert.deepEqual(JSON.parse(JSON.stringify(figure)), figure);
  });
}
