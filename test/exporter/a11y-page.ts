/**
 * Accessibility checks run inside one page of the site: axe-core's WCAG 2.x A/AA rules, and what
 * axe does not check well (heading order, the text alternative of every figure, Tab stops).
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

const AXE = require.resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export type Theme = 'light' | 'dark';

/** Open `url` in `theme` and wait until its figures are drawn and its fonts loaded. */
export async function openPage(page: Page, url: string, theme: Theme): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    () => Array.from(document.querySelectorAll('.plotly-figure')).every((d) => d.querySelector('.main-svg')),
    undefined, { timeout: 15000 },
  );
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

interface AxeNode { target: unknown[]; failureSummary?: string }
interface AxeViolation { id: string; impact: string | null; help: string; nodes: AxeNode[] }

/** axe's serious and critical WCAG 2.x A/AA violations of the open page, one readable line each. */
export async function axeViolations(page: Page, where: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations;
  }, TAGS) as AxeViolation[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => {
    const targets = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ');
    const more = v.nodes.length > 3 ? ` (+${v.nodes.length - 3} more)` : '';
    const why = v.nodes[0]?.failureSummary?.split('\n').slice(1, 2).join('').trim() ?? '';
    return `${v.id} (${v.impact}) on ${where}: ${v.help}; ${targets}${more}${why ? `; ${why}` : ''}`;
  });
}

/** Headings out of order: not exactly one h1, or a level skipped on the way down. */
export function headingProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const headings = Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6'))
      .filter((h) => !h.closest('[hidden], [aria-hidden="true"]'));
    const problems: string[] = [];
    const h1s = headings.filter((h) => h.tagName === 'H1').length;
    if (h1s !== 1) problems.push(`${h1s} h1 headings`);
    let previous = 0;
    for (const h of headings) {
      const level = Number(h.tagName[1]);
      if (previous === 0 && level !== 1) problems.push(`the first heading is h${level}: "${h.textContent?.trim()}"`);
      if (previous > 0 && level > previous + 1) problems.push(`h${previous} then h${level}: "${h.textContent?.trim()}"`);
      previous = level;
    }
    return problems;
  });
}

/**
 * Figures without a text alternative: a Plotly figure whose accessible name does not carry its
 * title (role img or figure, labelled), an `<img>` without alt text, an `<svg>` neither hidden nor named.
 */
export function textAlternativeProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const text = (s: string | null | undefined) => (s ?? '').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
    const nameOf = (el: Element): string => {
      const by = el.getAttribute('aria-labelledby');
      if (by) return text(by.split(/\s+/).map((id) => document.getElementById(id)?.textContent).join(' '));
      return text(el.getAttribute('aria-label') ?? el.closest('figure')?.querySelector('figcaption')?.textContent);
    };
    document.querySelectorAll('.plotly-figure').forEach((div, i) => {
      const layout = (div as unknown as { _fullLayout?: { title?: { text?: string } } })._fullLayout;
      const title = text(layout?.title?.text);
      const role = div.getAttribute('role') ?? div.closest('figure')?.tagName.toLowerCase();
      const name = nameOf(div);
      if (role !== 'img' && role !== 'figure') problems.push(`Plotly figure ${i + 1} ("${title}"): role ${role}, not img or figure`);
      if (!name || (title && !name.includes(title))) problems.push(`Plotly figure ${i + 1}: named "${name}", its title is "${title}"`);
    });
    document.querySelectorAll('img').forEach((img) => {
      const hidden = img.getAttribute('role') === 'presentation' || img.closest('[aria-hidden="true"]');
      if (!hidden && !text(img.getAttribute('alt'))) problems.push(`<img src="${img.getAttribute('src')}"> has no alt text`);
    });
    document.querySelectorAll('svg').forEach((svg) => {
      if (svg.closest('.plotly-figure, [aria-hidden="true"]')) return;
      const named = svg.getAttribute('role') === 'img' && (nameOf(svg) || text(svg.querySelector('title')?.textContent));
      if (!named) problems.push(`an <svg> in ${svg.parentElement?.className || svg.parentElement?.tagName} is neither hidden nor named`);
    });
    return problems;
  });
}

/** One Tab stop: what was focused, and whether a focus ring shows (an outline or a ring of its own). */
export interface TabStop {
  key: string;
  inMenu: boolean;
  /** A slider or button plotly.js draws (not its tool bar). */
  figureControl: boolean;
  ring: boolean;
  /** Not faded out (opacity) or hidden, so its ring can be seen. */
  visible: boolean;
}

/**
 * Press Tab from the top of the page until focus comes back round (or `max` presses); every stop,
 * in order. A stop is keyed by the order its element was first focused in.
 */
export async function tabWalk(page: Page, max = 1500): Promise<TabStop[]> {
  await page.evaluate(() => { (document.activeElement as HTMLElement | null)?.blur(); window.scrollTo(0, 0); });
  const stops: TabStop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return undefined;
      const seen = ((window as unknown as { __stops?: Map<Element, number> }).__stops ??= new Map());
      if (!seen.has(el)) seen.set(el, seen.size);
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      let opacity = 1;
      for (let e: Element | null = el; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
      return {
        key: `${seen.get(el)}:${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`,
        inMenu: !!el.closest('.sidebar, .nav-toggle'),
        figureControl: !!el.closest('.plotly-figure') && el.matches('.slider-group, .updatemenu-button'),
        ring: outline || style.boxShadow !== 'none',
        visible: opacity > 0.5 && style.visibility === 'visible',
      };
    });
    if (!stop || stops.some((s) => s.key === stop.key)) break;
    stops.push(stop);
  }
  return stops;
}

/** Each figure control looks different focused and unfocused (its ring is drawn, not only styled). */
export async function assertRingsShow(page: Page): Promise<void> {
  const controls = page.locator('.plotly-figure .slider-group, .plotly-figure .updatemenu-button');
  for (let i = 0; i < await controls.count(); i++) {
    const control = controls.nth(i);
    await control.scrollIntoViewIfNeeded();
    const box = await control.boundingBox();
    assert.ok(box, `figure control ${i} is drawn`);
    const clip = { x: box.x - 6, y: box.y - 6, width: box.width + 12, height: box.height + 12 };
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const plain = await page.screenshot({ clip });
    await control.focus();
    const focused = await page.screenshot({ clip });
    assert.ok(!plain.equals(focused), `figure control ${i} shows no focus ring`);
  }
}
