/**
 * One notebook cell, compiled for the in-browser kernel.
 *
 * A cell is TypeScript whose top-level declarations must outlive it: the cells after it read them,
 * and running it again replaces them. The kernel keeps them as properties of one scope object and
 * runs each cell's JavaScript as the body of an async function inside `with (scope)`, so every name
 * a cell uses (plain references, object shorthand `{ lr }`, destructuring, closures) resolves
 * against that object, exactly as it would against top-level bindings of a single file.
 *
 * The compilation is TypeScript's own `transpileModule` (types erased, imports kept verbatim), then
 * a rewrite of the top-level statements of the JavaScript that keeps every line where it was:
 *   import { a, b as c } from 'm'   ->  ({ a: a, b: c } = __import("m"));
 *   const { x, y: [z] } = f()       ->  ({ x, y: [z] } = f());
 *   class C {}                      ->  C = class C {};
 *   function f() {}                 ->  unchanged (hoisted), copied onto the scope first
 *   last expression `e`             ->  return { value: (e) };   (unless the cell ends with `;`)
 */
import ts from '@tslab/typescript-for-tslab';
import { lineMapFromSourceMap } from './source-map';

export interface CompiledCell {
  /** JavaScript: the body of an async function, run with the scope's names in reach. */
  body: string;
  /** Top-level names the cell declares, in order of appearance. */
  declared: string[];
  /** True when the cell's value is shown (its last statement is an expression not ended by `;`). */
  showsValue: boolean;
  /** The cell's line (0-based) that produced a line of `body` (0-based). */
  cellLine(bodyLine: number): number;
}

/** A syntax error in a cell, located in the cell's own lines and columns (1-based). */
export class CellSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly detail: string,
  ) {
    super(`${line}:${column} - ${detail}`);
    this.name = 'SyntaxError';
  }
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Names bound by a declaration's name: an identifier or a (nested) destructuring pattern. */
export function boundNames(name: ts.BindingName, into: string[] = []): string[] {
  if (ts.isIdentifier(name)) {
    into.push(name.text);
    return into;
  }
  for (const element of name.elements) {
    if (ts.isOmittedExpression(element)) continue;
    boundNames(element.name, into);
  }
  return into;
}

/** A JavaScript string literal for a module name. */
function quote(text: string): string {
  return JSON.stringify(text);
}

function importEdit(statement: ts.ImportDeclaration, source: ts.SourceFile, declared: string[]): Edit {
  const module = quote((statement.moduleSpecifier as ts.StringLiteral).text);
  const parts: string[] = [];
  const clause = statement.importClause;
  if (clause?.name) {
    declared.push(clause.name.text);
    parts.push(`${clause.name.text} = __importDefault(${module});`);
  }
  const bindings = clause?.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) {
    declared.push(bindings.name.text);
    parts.push(`${bindings.name.text} = __import(${module});`);
  } else if (bindings) {
    const pairs = bindings.elements.map((element) => {
      declared.push(element.name.text);
      return `${(element.propertyName ?? element.name).text}: ${element.name.text}`;
    });
    parts.push(`({ ${pairs.join(', ')} } = __import(${module}));`);
  }
  if (!clause) parts.push(`__import(${module});`);
  return { start: statement.getStart(source), end: statement.getEnd(), text: parts.join(' ') };
}

function variableEdit(statement: ts.VariableStatement, source: ts.SourceFile, declared: string[]): Edit {
  const text = source.text;
  const assignments = statement.declarationList.declarations.map((declaration) => {
    boundNames(declaration.name, declared);
    const target = text.slice(declaration.name.getStart(source), declaration.name.getEnd());
    const value = declaration.initializer
      ? text.slice(declaration.initializer.getFullStart(), declaration.initializer.getEnd())
      : ' undefined';
    return ts.isIdentifier(declaration.name) ? `${target} =${value}` : `(${target} =${value})`;
  });
  return { start: statement.getStart(source), end: statement.getEnd(), text: `${assignments.join(', ')};` };
}

function classEdit(statement: ts.ClassDeclaration, source: ts.SourceFile, declared: string[]): Edit | undefined {
  if (!statement.name) return undefined;
  declared.push(statement.name.text);
  const start = statement.getStart(source);
  return { start, end: statement.getEnd(), text: `${statement.name.text} = ${source.text.slice(start, statement.getEnd())};` };
}

/** True when the TypeScript cell's last statement is an expression written without a closing `;`. */
function endsWithShownExpression(tsSource: ts.SourceFile): boolean {
  const last = tsSource.statements[tsSource.statements.length - 1];
  if (!last || !ts.isExpressionStatement(last)) return false;
  return !tsSource.text.slice(last.getStart(tsSource), last.getEnd()).trimEnd().endsWith(';');
}

function syntaxError(diagnostic: ts.Diagnostic): CellSyntaxError {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  if (diagnostic.file && diagnostic.start !== undefined) {
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return new CellSyntaxError(line + 1, character + 1, message);
  }
  return new CellSyntaxError(1, 1, message);
}

/** Compiles one cell; throws {@link CellSyntaxError} for code that does not parse. */
export function compileCell(cellSource: string): CompiledCell {
  const output = ts.transpileModule(cellSource, {
    fileName: 'cell.ts',
    reportDiagnostics: true,
    compilerOptions: {
      target: ts.ScriptTarget.ES2020,
      module: ts.ModuleKind.ESNext,
      verbatimModuleSyntax: true,
      sourceMap: true,
      inlineSources: false,
      removeComments: false,
    },
  });
  const error = output.diagnostics?.find((d) => d.category === ts.DiagnosticCategory.Error);
  if (error) throw syntaxError(error);

  const javascript = output.outputText.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
  const js = ts.createSourceFile('cell.js', javascript, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);
  const tsSource = ts.createSourceFile('cell.ts', cellSource, ts.ScriptTarget.ES2020, true, ts.ScriptKind.TS);
  const showsValue = endsWithShownExpression(tsSource);

  const declared: string[] = [];
  const functions: string[] = [];
  const edits: Edit[] = [];
  js.statements.forEach((statement, index) => {
    if (ts.isImportDeclaration(statement)) edits.push(importEdit(statement, js, declared));
    else if (ts.isVariableStatement(statement)) edits.push(variableEdit(statement, js, declared));
    else if (ts.isClassDeclaration(statement)) {
      const edit = classEdit(statement, js, declared);
      if (edit) edits.push(edit);
    } else if (ts.isFunctionDeclaration(statement) && statement.name) {
      declared.push(statement.name.text);
      functions.push(statement.name.text);
      const exported = statement.modifiers?.find((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      if (exported) edits.push({ start: exported.getStart(js), end: exported.getEnd(), text: '' });
    } else if (ts.isExportDeclaration(statement) || ts.isExportAssignment(statement)) {
      edits.push({ start: statement.getStart(js), end: statement.getEnd(), text: '' });
    } else if (index === js.statements.length - 1 && showsValue && ts.isExpressionStatement(statement)) {
      const expression = js.text.slice(statement.expression.getStart(js), statement.expression.getEnd());
      edits.push({ start: statement.getStart(js), end: statement.getEnd(), text: `return { value: (${expression}) };` });
    }
  });

  let body = javascript;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    body = body.slice(0, edit.start) + edit.text + body.slice(edit.end);
  }
  // Hoisted functions reach the scope before any statement runs, on the first line (no line moves).
  const hoist = functions.map((name) => `__scope[${quote(name)}] = ${name};`).join(' ');
  body = hoist + body;
  const map = lineMapFromSourceMap(output.sourceMapText ?? '');
  return { body, declared: [...new Set(declared)], showsValue, cellLine: map };
}
