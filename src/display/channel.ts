/**
 * The wire to the notebook: tslab's display channel, found at call time.
 *
 * tslab's public `display.raw` sends one MIME type per output, but the function behind it
 * (`lastWriteDisplayData` in tslab's `jupyter` module, replaced for every executed cell) takes a
 * whole Jupyter `display_data` content: `{ data, metadata, transient: { display_id } }`, and an
 * `update` flag that turns it into `update_display_data`. We look that function up in Node's
 * module cache instead of importing tslab, so the library never loads tslab outside a kernel.
 */

/** A MIME bundle: MIME type -> payload (strings, or JSON for `application/*+json`). */
export type MimeBundle = Record<string, unknown>;

/** The content of a Jupyter `display_data` / `update_display_data` message. */
export interface DisplayMessage {
  data: MimeBundle;
  metadata: Record<string, unknown>;
  transient?: { display_id?: string };
}

/** Sends one display message; `update` replaces the output that has the same `display_id`. */
export type DisplaySink = (message: DisplayMessage, update: boolean) => void;

let override: DisplaySink | null = null;

/**
 * Route display messages to `sink` instead of the kernel (tests, the site exporter), or back to
 * the kernel with `null`. Returns the previous override.
 */
export function setDisplaySink(sink: DisplaySink | null): DisplaySink | null {
  const previous = override;
  override = sink;
  return previous;
}

type TslabJupyter = { lastWriteDisplayData?: DisplaySink | null };

/** tslab's current display function, or null when not running inside a tslab kernel. */
function tslabSink(): DisplaySink | null {
  if (typeof require === 'undefined' || !require.cache) return null;
  for (const [file, mod] of Object.entries(require.cache)) {
    if (!/[\\/]tslab[\\/]dist[\\/]jupyter\.js$/.test(file)) continue;
    const write = (mod?.exports as TslabJupyter | undefined)?.lastWriteDisplayData;
    if (typeof write === 'function') return write;
  }
  return null;
}

/** The sink to use now: the override, else tslab's, else null (plain Node: print text instead). */
export function currentSink(): DisplaySink | null {
  return override ?? tslabSink();
}

/** True when rich output can be shown (inside a tslab kernel, or with a sink set). */
export function inNotebook(): boolean {
  return currentSink() !== null;
}

let counter = 0;

/** A fresh id for an updatable display (unique within this process). */
export function newDisplayId(prefix = 'losslab'): string {
  counter += 1;
  return `${prefix}-${process.pid.toString(36)}-${Date.now().toString(36)}-${counter}`;
}

/**
 * Send a bundle. Outside a notebook, prints its `text/plain` part to stdout so scripts still
 * show something readable.
 */
export function sendBundle(data: MimeBundle, options: { displayId?: string; update?: boolean } = {}): void {
  const sink = currentSink();
  if (!sink) {
    const text = data['text/plain'];
    if (typeof text === 'string') console.log(text);
    return;
  }
  const message: DisplayMessage = { data, metadata: {} };
  if (options.displayId) message.transient = { display_id: options.displayId };
  sink(message, options.update === true);
}
