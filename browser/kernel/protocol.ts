/**
 * Messages between the notebook page and the in-browser kernel (a Web Worker). Outputs use the
 * fields of Jupyter's messages of the same name, so the page keeps them as nbformat outputs.
 */

export type MimeBundle = Record<string, unknown>;

export type ToKernel =
  | { type: 'init'; backend?: string; wasmBase: string }
  | { type: 'execute'; id: string; code: string; count: number }
  | { type: 'complete'; id: string; code: string; position: number };

export interface KernelError {
  ename: string;
  evalue: string;
  traceback: string[];
}

export type FromKernel =
  | { type: 'ready'; id: string }
  | { type: 'stream'; id: string; name: 'stdout' | 'stderr'; text: string }
  | { type: 'display_data' | 'update_display_data'; id: string; data: MimeBundle; metadata: Record<string, unknown>; transient?: { display_id?: string } }
  | { type: 'execute_result'; id: string; data: MimeBundle }
  | ({ type: 'error'; id: string } & KernelError)
  | { type: 'done'; id: string; status: 'ok' | 'error' }
  | { type: 'completions'; id: string; items: Array<{ label: string; kind: string }> };
