/**
 * A code cell's editor: CodeMirror 6 with TypeScript highlighting; Shift-Enter runs the cell.
 */
import { EditorView, basicSetup } from 'codemirror';
import { keymap } from '@codemirror/view';
import { Prec } from '@codemirror/state';
import { javascript } from '@codemirror/lang-javascript';

export function createEditor(parent: HTMLElement, source: string, onRun: () => void, onChange: (source: string) => void): EditorView {
  const run = Prec.highest(keymap.of([{ key: 'Shift-Enter', run: () => { onRun(); return true; } }]));
  return new EditorView({
    doc: source,
    parent,
    extensions: [
      run,
      basicSetup,
      javascript({ typescript: true }),
      EditorView.lineWrapping,
      EditorView.updateListener.of((update) => { if (update.docChanged) onChange(update.state.doc.toString()); }),
      EditorView.contentAttributes.of({ 'aria-label': 'code cell' }),
    ],
  });
}

export function setSource(view: EditorView, source: string): void {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: source } });
}
