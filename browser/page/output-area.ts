/**
 * A code cell's outputs in the page: kept as nbformat outputs (so Download writes them into the
 * `.ipynb`) and rendered to HTML by the same renderer as the static export (`exporter/outputs.ts`),
 * then figures drawn with the page's plotly.js.
 */
import type { DataOutput, Output } from '../../exporter/ipynb';
import { renderOutputs, type OutputContext } from '../../exporter/outputs';
import { escapeHtml } from '../../exporter/html';
import { PLOTLY_CONFIG } from '../../src/display/plotly-config';
import type { Buffer } from './buffer-shim';

const MIME_OF: Record<string, string> = { svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg', gif: 'image/gif', js: 'text/javascript' };
let figureCounter = 0;

function dataUrl(ext: string, data: Buffer): string {
  const mime = MIME_OF[ext] ?? 'application/octet-stream';
  return data.encoding === 'base64' ? `data:${mime};base64,${data.text}` : URL.createObjectURL(new Blob([data.text], { type: mime }));
}

function context(): OutputContext {
  return {
    trusted: true,
    writeFile: (ext, data) => dataUrl(ext, data as unknown as Buffer),
    markdown: (source) => `<pre>${escapeHtml(source)}</pre>`,
    nextFigureId: () => `run-figure-${++figureCounter}`,
    usesPlotly: false,
  };
}

type Plotly = { newPlot(div: Element, figure: unknown): Promise<unknown>; purge(div: Element): void };

/** Draws the figures `renderFigure` left in `root` (inline JSON, or a script that registers it). */
async function drawFigures(root: HTMLElement): Promise<void> {
  const plotly = (window as unknown as { Plotly?: Plotly }).Plotly;
  for (const script of Array.from(root.querySelectorAll<HTMLScriptElement>('script[src]'))) {
    const live = document.createElement('script');
    const loaded = new Promise((resolve) => { live.onload = live.onerror = resolve; });
    live.src = script.src;
    script.replaceWith(live);
    await loaded;
  }
  const registered = (window as unknown as { losslabFigures?: Record<string, unknown> }).losslabFigures ?? {};
  for (const div of Array.from(root.querySelectorAll<HTMLElement>('.plotly-figure[data-spec]'))) {
    const id = div.getAttribute('data-spec') ?? '';
    const inline = root.querySelector<HTMLScriptElement>(`script[id="${CSS.escape(id)}"]`);
    const spec = (inline ? JSON.parse(inline.textContent ?? '{}') : registered[id]) as { data?: unknown; layout?: object; config?: object; frames?: unknown };
    if (!spec || !plotly) continue;
    await plotly.newPlot(div, {
      data: spec.data ?? [],
      layout: { autosize: true, ...spec.layout },
      config: { ...PLOTLY_CONFIG, ...spec.config },
      frames: spec.frames,
    });
    div.dispatchEvent(new CustomEvent('losslab:figure-drawn', { bubbles: true })); // keyboard access (assets/keyboard.js)
  }
}

export class OutputArea {
  outputs: Output[] = [];
  private scheduled = false;

  constructor(readonly element: HTMLElement) {}

  clear(): void {
    this.outputs = [];
    this.render();
  }

  add(output: Output): void {
    this.outputs.push(output);
    this.schedule();
  }

  /** Replaces the outputs that carry `displayId` (live figures, the progress view). */
  update(displayId: string, output: DataOutput): void {
    this.outputs = this.outputs.map((o) => ((o as DataOutput & { displayId?: string }).displayId === displayId ? { ...output, displayId } : o));
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => {
      this.scheduled = false;
      this.render();
    });
  }

  render(): void {
    for (const div of Array.from(this.element.querySelectorAll('.plotly-figure'))) {
      (window as unknown as { Plotly?: Plotly }).Plotly?.purge(div);
    }
    this.element.innerHTML = renderOutputs(this.outputs, context());
    void drawFigures(this.element);
  }
}
