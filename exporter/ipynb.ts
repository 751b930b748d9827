/** The parts of the Jupyter notebook format (nbformat 4) that the exporter reads. */

export type MultilineString = string | string[];

export interface StreamOutput {
  output_type: 'stream';
  name: 'stdout' | 'stderr' | string;
  text: MultilineString;
}

export interface ErrorOutput {
  output_type: 'error';
  ename: string;
  evalue: string;
  traceback: string[];
}

export interface DataOutput {
  output_type: 'display_data' | 'execute_result' | 'update_display_data';
  data: Record<string, unknown>;
  metadata?: Record<string, unknown>;
  execution_count?: number | null;
}

export type Output = StreamOutput | ErrorOutput | DataOutput;

export interface Cell {
  cell_type: 'code' | 'markdown' | 'raw';
  source: MultilineString;
  metadata?: { tags?: string[]; [key: string]: unknown };
  outputs?: Output[];
  execution_count?: number | null;
  attachments?: Record<string, Record<string, MultilineString>>;
}

export interface Notebook {
  cells: Cell[];
  metadata?: { kernelspec?: { name?: string; language?: string }; [key: string]: unknown };
  nbformat: number;
}

/** Image MIME types the site publishes, with the extension of the file each is written to. */
export const IMAGE_EXTENSIONS: ReadonlyMap<string, string> = new Map([
  ['image/svg+xml', 'svg'], ['image/png', 'png'], ['image/jpeg', 'jpg'], ['image/gif', 'gif'], ['image/webp', 'webp'],
]);

/** The bytes of an image in a MIME bundle: SVG is text, the others base64. */
export function imageBytes(mime: string, value: string): Buffer {
  return mime === 'image/svg+xml' ? Buffer.from(value, 'utf8') : Buffer.from(value.replace(/\s/g, ''), 'base64');
}

/** True when at least one code cell carries outputs or an execution count. */
export function isExecuted(nb: Notebook): boolean {
  return nb.cells.some((c) => c.cell_type === 'code' && ((c.outputs?.length ?? 0) > 0 || c.execution_count != null));
}

/**
 * The notebook offered for download: as executed, minus the `text/html` fallback of Plotly
 * outputs when it carries a script (an inlined copy of plotly.js, megabytes per notebook);
 * the figure itself stays, as `application/vnd.plotly.v1+json`.
 */
export function slimForDownload(nb: Notebook, plotlyMime: string): Notebook {
  const cells = nb.cells.map((cell) => {
    if (!cell.outputs) return cell;
    const outputs = cell.outputs.map((o) => {
      if (!('data' in o) || o.data[plotlyMime] === undefined) return o;
      const html = o.data['text/html'];
      const text = Array.isArray(html) ? html.join('') : html;
      if (typeof text !== 'string' || !/<script/i.test(text)) return o;
      const { ['text/html']: _dropped, ...data } = o.data;
      return { ...o, data };
    });
    return { ...cell, outputs };
  });
  return { ...nb, cells };
}
