/**
 * What the kernel does with each request, on top of tslab's executor: the cell queue with
 * `stop_on_error`, `execute_input`, the cell's last value as an `execute_result`, errors as
 * `error` messages, history, and inspection as readable text.
 */
import { format } from 'util';
import type { Executor } from 'tslab/dist/executor';
import { JupyterHandlerImpl } from 'tslab/dist/jupyter';
import * as tslabJupyter from 'tslab/dist/jupyter';
import { printQuickInfo } from 'tslab/dist/inspect';
import type { CellCompiler } from './cells';
import { readableDoc } from './doc-text';
import { History, type HistoryRequest } from './history';
import { endsWithSemicolon } from './semicolon';
import { Tracebacks, type ErrorContent } from './traceback';
import { valueBundle } from './value-bundle';

/** Sends one iopub message whose parent is the request being handled. */
export type Publish = (type: string, content: Record<string, unknown>) => void;

/** What tslab's executor reported for one cell through the console it was given. */
export interface Outcome {
  value?: { of: unknown };
  thrown?: { of: unknown };
  diagnostics: string[];
}

/** The console tslab's executor writes a cell's value, exception and type errors to. */
export class OutcomeConsole {
  current: Outcome = { diagnostics: [] };

  log(value?: unknown): void {
    this.current.value = { of: value };
  }

  error(first?: unknown, ...rest: unknown[]): void {
    if (typeof first === 'string' && first.startsWith('%s%d:%d')) this.current.diagnostics.push(format(first, ...rest));
    else this.current.thrown = { of: first };
  }
}

interface ExecuteRequest {
  code?: string;
  silent?: boolean;
  store_history?: boolean;
  stop_on_error?: boolean;
}

/** The global through which the library learns which page (client session) it draws in. */
export const CLIENT_KEY = Symbol.for('losslab.kernel.client');

export class KernelSession {
  private count = 0;
  /** Bumped by a failed cell that asked to stop on error: cells queued before it are aborted. */
  private failures = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly history = new History();
  private readonly tslab: JupyterHandlerImpl;

  constructor(
    private readonly executor: Executor,
    private readonly compiler: CellCompiler,
    private readonly outcomes: OutcomeConsole,
    readonly tracebacks: Tracebacks,
    /** Sets the V8 file name of the next cell tslab compiles. */
    private readonly nameNextCell: (count: number) => void,
  ) {
    this.tslab = new JupyterHandlerImpl(executor, false);
  }

  kernelInfo(): Record<string, unknown> {
    const info = this.tslab.handleKernel() as unknown as Record<string, unknown>;
    return { ...info, status: 'ok', banner: 'TypeScript (tslab, with the losslab kernel: see the README)' };
  }

  isComplete(code: string): Record<string, unknown> {
    return { ...this.tslab.handleIsComplete({ code }) };
  }

  complete(code: string, cursor: number): Record<string, unknown> {
    return { ...this.tslab.handleComplete({ code, cursor_pos: cursor }) };
  }

  inspect(code: string, cursor: number): Record<string, unknown> {
    const info = this.executor.inspect(code, cursor);
    if (!info) return { status: 'ok', found: false, data: {}, metadata: {} };
    return { status: 'ok', found: true, data: { 'text/plain': readableDoc(printQuickInfo(info)) }, metadata: {} };
  }

  historyReply(request: HistoryRequest): Record<string, unknown> {
    return { status: 'ok', history: this.history.query(request) };
  }

  interrupt(): void {
    this.executor.interrupt();
  }

  /** Queue one execute_request; resolves to its execute_reply content. */
  execute(request: ExecuteRequest, publish: Publish, client: string): Promise<Record<string, unknown>> {
    const failuresWhenQueued = this.failures;
    const run = this.queue.then(() =>
      this.failures !== failuresWhenQueued
        ? { status: 'aborted', execution_count: this.count }
        : this.run(request, publish, client));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async run(request: ExecuteRequest, publish: Publish, client: string): Promise<Record<string, unknown>> {
    const code = request.code ?? '';
    const silent = request.silent === true;
    const store = request.store_history !== false && !silent;
    if (store) this.count += 1;
    const count = this.count;
    if (!silent) publish('execute_input', { code, execution_count: count });
    this.route(publish, silent);
    (globalThis as Record<symbol, unknown>)[CLIENT_KEY] = client;
    this.outcomes.current = { diagnostics: [] };
    this.nameNextCell(count);
    const ran = await this.executor.execute(code);
    const outcome = this.outcomes.current;
    this.compiler.settle(ran, this.executor.locals);
    if (store) this.history.add(count, code);
    let error: ErrorContent | null = ran ? null : this.errorOf(outcome);
    if (!error && outcome.value && !silent && !endsWithSemicolon(code)) {
      try {
        const data = await valueBundle(outcome.value.of);
        publish('execute_result', { execution_count: count, data, metadata: {} });
        if (store) this.history.addOutput(count, String(data['text/plain']));
      } catch (thrown) {
        error = this.tracebacks.fromThrown(thrown);
      }
    }
    if (error) {
      if (!silent) publish('error', { ...error });
      if (request.stop_on_error !== false) this.failures += 1;
      return { status: 'error', execution_count: count, ...error };
    }
    return { status: 'ok', execution_count: count, payload: [], user_expressions: {} };
  }

  private errorOf(outcome: Outcome): ErrorContent {
    if (outcome.thrown) return this.tracebacks.fromThrown(outcome.thrown.of);
    const lines = outcome.diagnostics.length ? outcome.diagnostics : ['the cell did not compile'];
    return { ename: 'TypeScriptError', evalue: lines[0], traceback: lines };
  }

  /** Sends the cell's stdout, stderr and displays to its outputs (and later writes to the last cell, as IPython does). */
  private route(publish: Publish, silent: boolean): void {
    const stream = (name: string) => (chunk: Uint8Array | string): boolean => {
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      if (!silent) publish('stream', { name, text });
      return true;
    };
    process.stdout.write = stream('stdout') as typeof process.stdout.write;
    process.stderr.write = stream('stderr') as typeof process.stderr.write;
    (tslabJupyter as { lastWriteDisplayData: unknown }).lastWriteDisplayData = (data: Record<string, unknown>, update: boolean) => {
      if (!silent) publish(update ? 'update_display_data' : 'display_data', data);
    };
  }
}
