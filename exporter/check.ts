/**
 * Lessons state worked numeric examples as a fenced ```check block, one JSON per line:
 * `{"expr": "losses.huber([[0, 1]], [[0.5, 3]], { delta: 1 })", "equals": [0.8125], "tol": 1e-6}`.
 * A test evaluates them; the site shows them as "expression = value" in a worked-example box.
 */
import { highlightCode } from './highlight';
import { escapeHtml } from './html';

export interface CheckCase {
  expr: string;
  equals: unknown;
  tol?: number;
}

/** Parse one line of a check block; `undefined` when it is not a valid case. */
export function parseCheckLine(line: string): CheckCase | undefined {
  try {
    const value: unknown = JSON.parse(line);
    if (typeof value !== 'object' || value === null) return undefined;
    const { expr, equals, tol } = value as Record<string, unknown>;
    if (typeof expr !== 'string' || equals === undefined) return undefined;
    return { expr, equals, tol: typeof tol === 'number' ? tol : undefined };
  } catch {
    return undefined;
  }
}

/** `[0.8125]` shows as `0.8125`; longer arrays and nested values keep their brackets. */
export function formatValue(value: unknown): string {
  if (Array.isArray(value) && value.length === 1 && !Array.isArray(value[0])) {
    return formatValue(value[0]);
  }
  if (Array.isArray(value)) return `[${value.map(formatValue).join(', ')}]`;
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}

function renderCase(c: CheckCase): string {
  const code = highlightCode(c.expr, 'typescript');
  const tolText = c.tol !== undefined && c.tol > 0 && c.tol < 1e-3 ? c.tol.toExponential() : String(c.tol);
  const tol = c.tol === undefined ? '' : `<span class="we-tol" title="tolerance">± ${tolText}</span>`;
  return (
    `<div class="we-row"><code class="hljs language-typescript we-expr">${code}</code>` +
    `<span class="we-eq">=</span><span class="we-value">${escapeHtml(formatValue(c.equals))}</span>${tol}</div>`
  );
}

/** Render a whole check block; lines that are not valid cases are shown verbatim, flagged. */
export function renderCheckBlock(content: string): string {
  const rows = content
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const c = parseCheckLine(line);
      return c ? renderCase(c) : `<div class="we-row we-invalid"><code>${escapeHtml(line)}</code></div>`;
    });
  return (
    `<div class="worked-example" role="note"><div class="we-label">Worked example</div>` +
    `${rows.join('')}</div>\n`
  );
}
