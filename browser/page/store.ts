/**
 * What a learner did to a notebook, kept in the browser (localStorage, one entry per notebook):
 * the edited sources of its code cells and their outputs. Reset forgets it.
 */
import type { Output } from '../../exporter/ipynb';

export interface SavedCell {
  source: string;
  outputs: Output[];
  executionCount: number | null;
}

export interface Saved {
  cells: SavedCell[];
}

function key(notebook: string): string {
  return `losslab:notebook:${notebook}`;
}

export function load(notebook: string): Saved | undefined {
  try {
    const text = localStorage.getItem(key(notebook));
    return text ? (JSON.parse(text) as Saved) : undefined;
  } catch {
    return undefined;
  }
}

export function save(notebook: string, saved: Saved): void {
  try {
    localStorage.setItem(key(notebook), JSON.stringify(saved));
  } catch {
    // Storage full or disabled (private windows): the page still works, it just forgets on reload.
  }
}

export function forget(notebook: string): void {
  try {
    localStorage.removeItem(key(notebook));
  } catch {
    // as above
  }
}
