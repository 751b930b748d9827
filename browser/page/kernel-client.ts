/**
 * The page's side of the in-browser kernel: starts the worker, queues cells, and hands each
 * cell's outputs back as they arrive. Interrupt and Restart both end the worker and start a fresh
 * one (a worker cannot be paused), so every name the cells defined is gone afterwards.
 */
import type { FromKernel, KernelError, MimeBundle } from '../kernel/protocol';

export interface CellCallbacks {
  stream(name: 'stdout' | 'stderr', text: string): void;
  display(data: MimeBundle, metadata: Record<string, unknown>, displayId: string | undefined, update: boolean): void;
  result(data: MimeBundle): void;
  error(error: KernelError): void;
}

interface Pending {
  callbacks: CellCallbacks;
  resolve(status: 'ok' | 'error' | 'aborted'): void;
}

export class KernelClient {
  private worker: Worker | undefined;
  private ready: Promise<void> = Promise.resolve();
  private readonly pending = new Map<string, Pending>();
  private lastId = '';
  private counter = 0;

  constructor(
    private readonly kernelUrl: string,
    private readonly wasmBase: string,
    private readonly backend: string | undefined,
  ) {}

  private start(): Worker {
    const worker = new Worker(this.kernelUrl);
    this.ready = new Promise((resolve, reject) => {
      worker.onerror = (event) => reject(new Error(`the kernel could not start: ${event.message || 'worker error'}`));
      worker.onmessage = (event: MessageEvent<FromKernel>) => {
        if (event.data.type === 'ready') {
          worker.onmessage = (e: MessageEvent<FromKernel>) => this.receive(e.data);
          resolve();
        }
      };
    });
    worker.postMessage({ type: 'init', backend: this.backend, wasmBase: this.wasmBase });
    this.worker = worker;
    return worker;
  }

  private readonly completing = new Map<string, (items: Array<{ label: string; kind: string }>) => void>();

  /** Names and members the type checker offers at `position` of `code`. */
  async complete(code: string, position: number): Promise<Array<{ label: string; kind: string }>> {
    const worker = this.worker ?? this.start();
    await this.ready;
    this.counter += 1;
    const id = `complete-${this.counter}`;
    return new Promise((resolve) => {
      this.completing.set(id, resolve);
      worker.postMessage({ type: 'complete', id, code, position });
    });
  }

  private receive(message: FromKernel): void {
    if (message.type === 'completions') {
      this.completing.get(message.id)?.(message.items);
      this.completing.delete(message.id);
      return;
    }
    // Output of a cell that already finished (a late timer) goes to the cell that ran last.
    const target = this.pending.get(message.id) ?? this.pending.get(this.lastId);
    if (!target) return;
    const c = target.callbacks;
    switch (message.type) {
      case 'stream': c.stream(message.name, message.text); break;
      case 'display_data':
      case 'update_display_data':
        c.display(message.data, message.metadata, message.transient?.display_id, message.type === 'update_display_data');
        break;
      case 'execute_result': c.result(message.data); break;
      case 'error': c.error(message); break;
      case 'done':
        this.pending.delete(message.id);
        target.resolve(message.status);
        break;
    }
  }

  /** Runs `code`; resolves when the cell has finished ('aborted' when interrupted or restarted). */
  async execute(code: string, count: number, callbacks: CellCallbacks): Promise<'ok' | 'error' | 'aborted'> {
    const worker = this.worker ?? this.start();
    await this.ready;
    this.counter += 1;
    const id = `cell-${this.counter}`;
    this.lastId = id;
    return new Promise((resolve) => {
      this.pending.set(id, { callbacks, resolve });
      worker.postMessage({ type: 'execute', id, code, count });
    });
  }

  /** Ends the worker (a runaway cell included); queued cells resolve 'aborted'. */
  restart(): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const [, p] of this.pending) p.resolve('aborted');
    this.pending.clear();
    for (const [, resolve] of this.completing) resolve([]);
    this.completing.clear();
  }

  get running(): boolean {
    return this.pending.size > 0;
  }
}
