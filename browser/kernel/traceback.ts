/**
 * A runtime error in the learner's terms: its name, its message, and the line of the cell that
 * threw, without the frames of the kernel or of the bundled library.
 */
import { inspect } from './format';
import type { KernelError } from './protocol';

/** Lines before a cell's body in the function the kernel evaluates (see `worker.ts`). */
const HEADER_LINES = 1;

/** The 1-based cell line of the first stack frame in `file`, or undefined. */
export function cellLineOf(stack: string, file: string, cellLine: (bodyLine: number) => number): number | undefined {
  if (!file) return undefined;
  const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped}:(\\d+):(\\d+)`).exec(stack);
  if (!match) return undefined;
  return cellLine(Number(match[1]) - 1 - HEADER_LINES) + 1;
}

/** The Jupyter error fields for a thrown value, in the Jupyter kernel's form (`src/kernel/traceback.ts`). */
export function runtimeError(
  error: unknown,
  cell: { count: number; cellLine(line: number): number } | undefined,
  file: string,
  source: string,
): KernelError {
  if (!(error instanceof Error)) {
    const shown = `Uncaught ${inspect(error)}`;
    return { ename: 'Error', evalue: shown, traceback: [shown] };
  }
  const ename = error.name || 'Error';
  const evalue = error.message;
  const line = cell ? cellLineOf(error.stack ?? '', file, cell.cellLine) : undefined;
  const traceback = [`${ename}: ${evalue}`];
  if (cell && line !== undefined) {
    const text = source.split('\n')[line - 1] ?? '';
    traceback.push(`    at cell [${cell.count}], line ${line}:  ${text.trim()}`);
  }
  return { ename, evalue, traceback };
}
