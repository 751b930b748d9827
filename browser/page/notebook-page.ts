/**
 * A notebook page of the static site made runnable: every code cell becomes an editor with Run,
 * the page gets Run all, Interrupt, Restart, Reset and Download, and outputs appear under each
 * cell as the in-browser kernel sends them. For automated checks each cell carries
 * `data-cell-state` (idle, queued, running, done, error) and its outputs sit in `[data-cell-outputs]`.
 */
import type { EditorView } from '@codemirror/view';
import type { DataOutput, Notebook, Output } from '../../exporter/ipynb';
import { joinSource } from '../../exporter/html';
import { createEditor, setSource } from './cell-editor';
import { KernelClient } from './kernel-client';
import { OutputArea } from './output-area';
import { forget, load, save, type Saved } from './store';

export type CellState = 'idle' | 'queued' | 'running' | 'done' | 'error';

interface RunnableCell {
  original: string;
  originalOutputs: string;
  source: string;
  section: HTMLElement;
  editor: EditorView;
  outputs: OutputArea;
  executionCount: number | null;
}

export interface PageConfig {
  notebook: Notebook;
  /** Key of the notebook in the browser's storage (its path in the site). */
  storageKey: string;
  fileName: string;
  kernelUrl: string;
  wasmBase: string;
  backend?: string;
}

function button(label: string, onClick: () => void, title: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'run-button';
  b.textContent = label;
  b.title = title;
  b.addEventListener('click', onClick);
  return b;
}

export class NotebookPage {
  private readonly cells: RunnableCell[] = [];
  private readonly kernel: KernelClient;
  private executionCount = 0;
  /** Cells run one at a time, in the order asked; Interrupt and Restart empty the line. */
  private line: Promise<unknown> = Promise.resolve();
  private generation = 0;
  private readonly status: HTMLElement;

  constructor(private readonly article: HTMLElement, private readonly config: PageConfig) {
    this.kernel = new KernelClient(config.kernelUrl, config.wasmBase, config.backend);
    this.status = document.createElement('span');
    this.status.className = 'run-status';
    this.status.setAttribute('role', 'status');
    this.mountToolbar();
    this.mountCells(load(config.storageKey));
    this.setStatus('ready');
  }

  private setStatus(text: string): void {
    const backend = this.config.backend ? ` (backend ${this.config.backend} forced by the URL)` : '';
    this.status.textContent = `Kernel: ${text}${backend}`;
  }

  private mountToolbar(): void {
    const bar = document.createElement('div');
    bar.className = 'run-toolbar';
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', 'Run this notebook in your browser');
    bar.append(
      button('Run all', () => void this.runAll(), 'Run every code cell from the top'),
      button('Interrupt', () => this.interrupt('Interrupted'), 'Stop the running cell (the kernel restarts: run the cells above again)'),
      button('Restart', () => this.interrupt('Restarted'), 'Start a fresh kernel: every name defined so far is forgotten'),
      button('Reset', () => this.reset(), "Back to the course's version of every cell (your edits and outputs are discarded)"),
      button('Download', () => this.download(), 'Download this notebook, with your edits and outputs, as .ipynb'),
      this.status,
    );
    const box = this.article.querySelector('.run-box');
    if (box) {
      const here = document.createElement('p');
      here.innerHTML = '<strong>Or run it right here, in your browser:</strong> edit any cell and press <em>Run</em> (Shift-Enter), or <em>Run all</em>. Nothing to install; your edits stay in this browser.';
      box.append(here);
    }
    const anchor = box ?? this.article.querySelector('.page-actions');
    if (anchor) anchor.after(bar);
    else this.article.prepend(bar);
  }

  private mountCells(saved: Saved | undefined): void {
    const sections = Array.from(this.article.querySelectorAll<HTMLElement>('section.code-cell'));
    const code = this.config.notebook.cells.filter((c) => c.cell_type === 'code');
    sections.forEach((section, i) => {
      const original = joinSource(code[i]?.source);
      const input = section.querySelector<HTMLElement>('.cell-input') ?? section;
      let outputsElement = section.querySelector<HTMLElement>('.cell-outputs');
      if (!outputsElement) {
        outputsElement = document.createElement('div');
        outputsElement.className = 'cell-outputs';
        section.append(outputsElement);
      }
      outputsElement.setAttribute('data-cell-outputs', '');
      outputsElement.setAttribute('aria-live', 'polite');
      const mine = saved?.cells[i];
      const cell: RunnableCell = {
        original,
        originalOutputs: outputsElement.innerHTML,
        source: mine?.source ?? original,
        section,
        editor: undefined as unknown as EditorView,
        outputs: new OutputArea(outputsElement),
        executionCount: mine?.executionCount ?? null,
      };
      input.querySelector('pre')?.remove();
      const holder = document.createElement('div');
      holder.className = 'cell-editor';
      input.append(holder);
      cell.editor = createEditor(
        holder, cell.source, () => void this.run([cell]), (s) => { cell.source = s; this.persist(); },
        (code, position) => this.kernel.complete(code, position),
      );
      input.append(button('Run', () => void this.run([cell]), 'Run this cell (Shift-Enter)'));
      if (mine) {
        cell.outputs.outputs = mine.outputs;
        cell.outputs.render();
      }
      this.setState(cell, 'idle');
      this.cells.push(cell);
    });
  }

  private setState(cell: RunnableCell, state: CellState): void {
    cell.section.setAttribute('data-cell-state', state);
    const prompt = cell.section.querySelector('.prompt');
    if (prompt) prompt.textContent = state === 'queued' || state === 'running' ? 'In [*]:' : `In [${cell.executionCount ?? ' '}]:`;
  }

  private persist(): void {
    save(this.config.storageKey, {
      cells: this.cells.map((c) => ({ source: c.source, outputs: c.outputs.outputs, executionCount: c.executionCount })),
    });
  }

  /** Runs cells in order; stops at the first that fails (the rest go back to idle). */
  run(cells: RunnableCell[]): Promise<unknown> {
    const generation = this.generation;
    for (const cell of cells) this.setState(cell, 'queued');
    let failed = false;
    const job = async (): Promise<void> => {
      for (const cell of cells) {
        if (generation !== this.generation) return;
        if (failed) {
          this.setState(cell, 'idle');
          continue;
        }
        const status = await this.execute(cell);
        if (status !== 'ok') failed = true;
      }
    };
    this.line = this.line.then(job, job);
    return this.line;
  }

  runAll(): Promise<unknown> {
    return this.run(this.cells);
  }

  private async execute(cell: RunnableCell): Promise<'ok' | 'error' | 'aborted'> {
    this.setState(cell, 'running');
    this.setStatus('busy');
    const started = performance.now();
    cell.outputs.clear();
    this.executionCount += 1;
    const count = this.executionCount;
    const area = cell.outputs;
    const status = await this.kernel.execute(cell.source, count, {
      stream: (name, text) => area.add({ output_type: 'stream', name, text }),
      display: (data, metadata, displayId, update) => {
        const output = { output_type: 'display_data', data, metadata, displayId } as DataOutput;
        if (update && displayId) area.update(displayId, output);
        else area.add(output);
      },
      result: (data) => area.add({ output_type: 'execute_result', data, metadata: {}, execution_count: count } as DataOutput),
      error: (e) => area.add({ output_type: 'error', ename: e.ename, evalue: e.evalue, traceback: e.traceback }),
    });
    cell.executionCount = count;
    cell.section.setAttribute('data-cell-ms', String(Math.round(performance.now() - started)));
    this.setState(cell, status === 'ok' ? 'done' : 'error');
    this.setStatus(this.kernel.running ? 'busy' : 'idle');
    this.persist();
    return status;
  }

  private interrupt(what: string): void {
    this.generation += 1;
    this.kernel.restart();
    this.line = Promise.resolve();
    for (const cell of this.cells) {
      const state = cell.section.getAttribute('data-cell-state');
      if (state === 'running') {
        cell.outputs.add({ output_type: 'error', ename: 'Interrupted', evalue: `${what}: the kernel was restarted, so every name defined so far is gone; run the cells from the top`, traceback: [] });
        this.setState(cell, 'error');
      } else if (state === 'queued') this.setState(cell, 'idle');
    }
    this.executionCount = 0;
    this.setStatus(`${what.toLowerCase()}, ready`);
  }

  private reset(): void {
    this.interrupt('Restarted');
    forget(this.config.storageKey);
    for (const cell of this.cells) {
      cell.source = cell.original;
      setSource(cell.editor, cell.original);
      cell.outputs.outputs = [];
      cell.outputs.element.innerHTML = cell.originalOutputs;
      cell.executionCount = null;
      this.setState(cell, 'idle');
    }
    forget(this.config.storageKey);
  }

  /** The notebook as the learner has it now: edited sources, outputs of this session. */
  snapshot(): Notebook {
    const edited = structuredClone(this.config.notebook);
    let i = 0;
    for (const cell of edited.cells) {
      if (cell.cell_type !== 'code') continue;
      const mine = this.cells[i++];
      if (!mine) continue;
      cell.source = mine.source.split(/(?<=\n)/);
      cell.outputs = mine.outputs.outputs.map((o) => {
        const { displayId: _id, ...rest } = o as Output & { displayId?: string };
        return rest as Output;
      });
      cell.execution_count = mine.executionCount;
    }
    return edited;
  }

  private download(): void {
    const blob = new Blob([`${JSON.stringify(this.snapshot(), null, 1)}\n`], { type: 'application/x-ipynb+json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = this.config.fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }
}
