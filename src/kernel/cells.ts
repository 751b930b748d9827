/**
 * The cell compiler: tslab's converter, wrapped so that the kernel owns the declarations carried
 * from cell to cell (tslab's executor keeps them only after a cell that ran to the end).
 *
 * - Every cell is compiled with shorthand properties spelled out (see `shorthand.ts`), and type
 *   errors are reported at the columns of the learner's text.
 * - After a cell that threw, the declarations of the names that did get a value (imports, and the
 *   `const`s before the failing line) are kept, so the next cell, completion and Shift-Tab still
 *   know them; tslab would forget the whole cell.
 */
import * as ts from '@tslab/typescript-for-tslab';
import type { CompletionInfo, ConvertResult, Converter, Diagnostic } from 'tslab/dist/converter';
import type { CodeMetadata } from 'tslab/dist/metadata';
import { expandShorthand, originalOffset, type Expanded } from './shorthand';

/** What the last `convert` compiled: the learner's text, what tslab saw, what tslab emitted. */
export interface Compiled {
  source: string;
  expanded: Expanded;
  result: ConvertResult;
}

function lineStart(text: string, line: number): number {
  let at = 0;
  for (let i = 0; i < line; i++) at = text.indexOf('\n', at) + 1;
  return at;
}

function remapDiagnostic(d: Diagnostic, source: string, expanded: Expanded): Diagnostic {
  if (d.fileName) return d;
  const at = (pos: Diagnostic['start']) => {
    const offset = originalOffset(pos.offset, expanded.insertions);
    return { offset, line: pos.line, character: offset - lineStart(source, pos.line) };
  };
  return { ...d, start: at(d.start), end: at(d.end) };
}

/** Names a cell declares at top level (variables, functions, classes, enums). */
export function declaredNames(source: string): Set<string> {
  const file = ts.createSourceFile('cell.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const names = new Set<string>();
  const bind = (name: ts.BindingName): void => {
    if (ts.isIdentifier(name)) names.add(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bind(element.name);
  };
  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement)) statement.declarationList.declarations.forEach((d) => bind(d.name));
    else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)) && statement.name) names.add(statement.name.text);
  }
  return names;
}

/**
 * `declarations` (a .d.ts text) without the values in `unset`: what survives a cell that threw
 * before giving those names a value.
 */
export function withoutUnset(declarations: string, unset: Set<string>): string {
  if (unset.size === 0) return declarations;
  const file = ts.createSourceFile('decl.d.ts', declarations, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  let out = '';
  let from = 0;
  for (const statement of file.statements) {
    let keep: string | null = null;
    if (ts.isVariableStatement(statement)) {
      const kept = statement.declarationList.declarations.filter((d) => !(ts.isIdentifier(d.name) && unset.has(d.name.text)));
      if (kept.length === statement.declarationList.declarations.length) continue;
      const keyword = statement.declarationList.flags & ts.NodeFlags.Const ? 'const' : 'let';
      keep = kept.length ? `declare ${keyword} ${kept.map((d) => d.getText(file)).join(', ')};` : '';
    } else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)) && statement.name && unset.has(statement.name.text)) {
      keep = '';
    }
    if (keep === null) continue;
    out += declarations.slice(from, statement.getStart(file)) + keep;
    from = statement.end;
  }
  return out + declarations.slice(from);
}

/** tslab's `Converter`, with the kernel's declarations and shorthand expansion. */
export class CellCompiler implements Converter {
  /** The declarations of every cell so far, as tslab's converter takes them. */
  declarations = '';
  /** The last compiled cell (for tracebacks and for `settle`). */
  last: Compiled | null = null;

  constructor(private readonly tslab: Converter) {}

  convert(_tslabDeclarations: string, source: string): ConvertResult {
    const expanded = expandShorthand(source);
    const result = this.tslab.convert(this.declarations, expanded.code);
    const mapped = { ...result, diagnostics: result.diagnostics.map((d) => remapDiagnostic(d, source, expanded)) };
    this.last = { source, expanded, result: mapped };
    return mapped;
  }

  /**
   * Adopt the declarations of the last compiled cell: all of them if it ran to the end; if it
   * threw, those whose names hold a value in `locals` (tslab's exports object).
   */
  settle(ran: boolean, locals: Record<string, unknown>): void {
    const last = this.last;
    this.last = null;
    if (!last || last.result.diagnostics.length > 0 || last.result.declOutput === undefined) return;
    if (ran) {
      this.declarations = last.result.declOutput;
      return;
    }
    const unset = new Set([...declaredNames(last.expanded.code)].filter((name) => locals[name] === undefined));
    this.declarations = withoutUnset(last.result.declOutput, unset);
  }

  inspect(_tslabDeclarations: string, source: string, position: number): ts.QuickInfo {
    return this.tslab.inspect(this.declarations, source, position);
  }

  complete(_tslabDeclarations: string, source: string, position: number): CompletionInfo {
    return this.tslab.complete(this.declarations, source, position);
  }

  addModule(name: string, content: string, meta?: CodeMetadata): Diagnostic[] {
    return this.tslab.addModule(name, content, meta);
  }

  close(): void {
    this.tslab.close();
  }
}
