/** IPython's convention: a cell whose code ends with `;` shows no value. */
import * as ts from '@tslab/typescript-for-tslab';

/** True when the last token of `code` (comments aside) is a semicolon. */
export function endsWithSemicolon(code: string): boolean {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, code);
  let last = ts.SyntaxKind.Unknown;
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) last = kind;
  return last === ts.SyntaxKind.SemicolonToken;
}
