/**
 * Type-checks a cell before it runs, as the Jupyter kernel does, against the library's own
 * declarations. The checked file is the top-level declarations of the cells that ran before
 * (imports, variables, functions, classes, types; a later declaration of a name replaces the
 * earlier one) followed by the cell; only the cell's own diagnostics are reported, as
 * `line:col - message` in the cell's lines.
 */
import ts from '@tslab/typescript-for-tslab';
import { boundNames } from './cell-transform';

export interface TypeBundle {
  libs: string[];
  files: Record<string, string>;
}

const CELL = '/cell.ts';
const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.NodeJs,
  // As tslab compiles cells: not strict, with esModuleInterop (see its converter's options).
  esModuleInterop: true,
  skipLibCheck: true,
  noEmit: true,
  types: [],
};

interface Declaration {
  names: string[];
  text: string;
}

/** Names a top-level statement declares (values and types), and whether it is a declaration at all. */
function declaredBy(statement: ts.Statement): string[] | undefined {
  if (ts.isImportDeclaration(statement)) {
    const clause = statement.importClause;
    const names = clause?.name ? [clause.name.text] : [];
    const bindings = clause?.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) names.push(bindings.name.text);
    else if (bindings) names.push(...bindings.elements.map((e) => e.name.text));
    return names;
  }
  if (ts.isVariableStatement(statement)) return statement.declarationList.declarations.flatMap((d) => boundNames(d.name));
  if (
    (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement) ||
      ts.isTypeAliasDeclaration(statement) || ts.isEnumDeclaration(statement)) && statement.name
  ) return [statement.name.text];
  return undefined;
}

function declarationsOf(source: string): Declaration[] {
  const file = ts.createSourceFile(CELL, source, ts.ScriptTarget.ES2022, true);
  return file.statements.flatMap((s) => {
    const names = declaredBy(s);
    return names ? [{ names, text: source.slice(s.getStart(file), s.getEnd()) }] : [];
  });
}

export class CellChecker {
  private history: Declaration[] = [];
  private cellText = '';
  private version = 0;
  private readonly service: ts.LanguageService;

  constructor(private readonly types: TypeBundle) {
    const files = types.files;
    const host: ts.LanguageServiceHost = {
      getCompilationSettings: () => ({ ...OPTIONS, lib: types.libs }),
      getScriptFileNames: () => [CELL],
      getScriptVersion: (name) => (name === CELL ? String(this.version) : '1'),
      getScriptSnapshot: (name) => {
        const text = name === CELL ? this.cellText : files[name];
        return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
      },
      getCurrentDirectory: () => '/',
      getDefaultLibFileName: () => '/lib/lib.d.ts',
      fileExists: (name) => name === CELL || Object.prototype.hasOwnProperty.call(files, name),
      readFile: (name) => (name === CELL ? this.cellText : files[name]),
      directoryExists: (dir) => dir === '/' || Object.keys(files).some((f) => f.startsWith(`${dir.replace(/\/$/, '')}/`)),
      getDirectories: () => [],
    };
    this.service = ts.createLanguageService(host, ts.createDocumentRegistry());
  }

  /** Puts `source` after the declarations of earlier cells; returns where the cell starts. */
  private load(source: string): number {
    const own = new Set(declarationsOf(source).flatMap((d) => d.names));
    const prelude = this.history.filter((d) => !d.names.some((n) => own.has(n))).map((d) => d.text).join('\n');
    this.cellText = `${prelude}\n${source}\nexport {};\n`;
    this.version += 1;
    return prelude.length + 1;
  }

  /** What may be typed at `position` of the cell (names in scope, members after a dot), best first. */
  completions(source: string, position: number): Array<{ label: string; kind: string }> {
    const offset = this.load(source);
    const info = this.service.getCompletionsAtPosition(CELL, offset + position, { includeCompletionsWithInsertText: true });
    if (!info) return [];
    return info.entries
      .filter((e) => !e.name.startsWith('__'))
      .sort((a, b) => a.sortText.localeCompare(b.sortText) || a.name.localeCompare(b.name))
      .slice(0, 300)
      .map((e) => ({ label: e.name, kind: e.kind }));
  }

  /** The cell's errors as `line:col - message` lines (empty when it type-checks). */
  check(source: string): string[] {
    const offset = this.load(source);
    const file = this.service.getProgram()?.getSourceFile(CELL);
    const diagnostics = [...this.service.getSyntacticDiagnostics(CELL), ...this.service.getSemanticDiagnostics(CELL)];
    return diagnostics
      .filter((d) => d.category === ts.DiagnosticCategory.Error && d.start !== undefined && d.start >= offset && d.start < offset + source.length)
      .map((d) => {
        const at = (file as ts.SourceFile).getLineAndCharacterOfPosition(d.start as number);
        const first = (file as ts.SourceFile).getLineAndCharacterOfPosition(offset).line;
        return `${at.line - first + 1}:${at.character + 1} - ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      });
  }

  /** Remembers the declarations of a cell that ran, for the cells after it. */
  commit(source: string): void {
    const added = declarationsOf(source);
    const names = new Set(added.flatMap((d) => d.names));
    this.history = [...this.history.filter((d) => !d.names.some((n) => names.has(n))), ...added];
  }
}
