/**
 * Render Plotly figures to static SVG in headless Chromium (plotly.js' own `toImage`), so a lesson
 * can show a figure as a plain `<img>`: readable on GitHub, on the site and offline, no script needed.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { existsSync, readFileSync } from 'fs';
import type { PlotlyFigure } from '../../src/plots';

/** Where Chromium is: `$LOSSLAB_CHROMIUM` (set by `scripts/setup.sh test`) or Debian's. */
export function chromiumPath(): string {
  const path = process.env.LOSSLAB_CHROMIUM || '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`lesson-figures: Chromium not found at ${path}; run 'source scripts/setup.sh test' (it installs it)`);
  return path;
}

/**
 * Plotly names its clip paths and defs after a random id per plot (`defs-853a0e`, `clip853a0exyplot`)
 * and per trace; replace every such id by a counter in order of appearance, so the same figure always
 * gives the same file.
 */
export function stableIds(svg: string): string {
  const seen = new Map<string, string>();
  const rename = (uid: string) => {
    if (!seen.has(uid)) seen.set(uid, `f${String(seen.size).padStart(5, '0')}`);
    return seen.get(uid) as string;
  };
  const plotUid = /id="defs-([0-9a-f]{6})"/.exec(svg)?.[1];
  const withPlot = plotUid === undefined ? svg : svg.split(plotUid).join(rename(plotUid));
  return withPlot.replace(/(id="|url\(#)([a-z]*?)([0-9a-f]{6})(?=["a-z)])/g, (whole, lead: string, prefix: string, uid: string) =>
    /\d/.test(uid) && /[a-f]/.test(uid) ? `${lead}${prefix}${rename(uid)}` : whole);
}

export class SvgRenderer {
  private constructor(private readonly browser: Browser, private readonly page: Page) {}

  static async open(): Promise<SvgRenderer> {
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
    const page = await browser.newPage();
    await page.setContent('<!doctype html><meta charset="utf-8"><body><div id="fig"></div></body>');
    await page.addScriptTag({ content: readFileSync(require.resolve('plotly.js-dist-min'), 'utf8') });
    return new SvgRenderer(browser, page);
  }

  /** The figure as an SVG document of `width` x `height` pixels. */
  async svg(figure: PlotlyFigure, width: number, height: number): Promise<string> {
    const url = await this.page.evaluate(async ({ figure, width, height }) => {
      const Plotly = (window as unknown as { Plotly: { newPlot: Function; toImage: Function; purge: Function } }).Plotly;
      const div = document.getElementById('fig');
      const layout = { ...figure.layout, width, height, sliders: undefined, updatemenus: undefined };
      const data = figure.data.map((trace, i) => ({ ...trace, uid: `t${i}` }));
      await Plotly.newPlot(div, data, layout, { staticPlot: true });
      const image = await Plotly.toImage(div, { format: 'svg', width, height });
      Plotly.purge(div);
      return image as string;
    }, { figure, width, height });
    return stableIds(decodeURIComponent(url.replace(/^data:image\/svg\+xml,/, '')));
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
