/**
 * A code cell's editor: CodeMirror 6 with TypeScript highlighting; Shift-Enter runs the cell.
 */
import { EditorView, basicSetup } from 'codemirror';
import { keymap } from '@codemirror/view';
import { EditorState, Prec } from '@codemirror/state';
import { javascript } from '@codemirror/lang-javascript';
import type { CompletionContext, CompletionResult } from '@codemirror/autocomplete';

/** Asks the kernel's type checker what fits at a position of the cell's code. */
export type Completer = (code: string, position: number) => Promise<Array<{ label: string; kind: string }>>;

const KIND: Record<string, string> = {
  method: 'method', function: 'function', property: 'property', getter: 'property', class: 'class',
  interface: 'interface', type: 'type', var: 'variable', let: 'variable', const: 'constant', 'local var': 'variable',
  module: 'namespace', alias: 'variable', keyword: 'keyword', enum: 'enum', parameter: 'variable',
};

function typeScriptCompletions(complete: Completer) {
  return async (context: CompletionContext): Promise<CompletionResult | null> => {
    const word = context.matchBefore(/[\w$]*/);
    const afterDot = context.matchBefore(/\.[\w$]*/) !== null;
    if (!context.explicit && !afterDot && (!word || word.from === word.to)) return null;
    const items = await complete(context.state.doc.toString(), context.pos);
    if (items.length === 0) return null;
    return { from: word ? word.from : context.pos, options: items.map((i) => ({ label: i.label, type: KIND[i.kind] ?? 'variable' })), validFor: /^[\w$]*$/ };
  };
}

/** One source object for the editor's life: autocompletion restarts a query whenever its sources change. */
function completionData(complete: Completer) {
  const data = [{ autocomplete: typeScriptCompletions(complete) }];
  return EditorState.languageData.of(() => data);
}

export function createEditor(parent: HTMLElement, source: string, onRun: () => void, onChange: (source: string) => void, complete?: Completer): EditorView {
  const run = Prec.highest(keymap.of([{ key: 'Shift-Enter', run: () => { onRun(); return true; } }]));
  return new EditorView({
    doc: source,
    parent,
    extensions: [
      run,
      basicSetup,
      javascript({ typescript: true }),
      ...(complete ? [completionData(complete)] : []),
      EditorView.lineWrapping,
      EditorView.updateListener.of((update) => { if (update.docChanged) onChange(update.state.doc.toString()); }),
      EditorView.contentAttributes.of({ 'aria-label': 'code cell' }),
    ],
  });
}

export function setSource(view: EditorView, source: string): void {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: source } });
}
