/**
 * The inputs of this kernel session, for `history_request` (messaging spec v5): `tail` (the last
 * n), `range` (by line number) and `search` (a glob pattern, `*` and `?`, optionally unique).
 * Entries are `[session, line, input]`; session 0 is "this session", as ipykernel answers.
 */

/** The fields of a `history_request` the kernel honours. */
export interface HistoryRequest {
  hist_access_type?: string;
  output?: boolean;
  n?: number | null;
  pattern?: string;
  unique?: boolean;
  start?: number | null;
  stop?: number | null;
}

export type HistoryEntry = [number, number, string];
/** With `output: true`: `[session, line, [input, output]]`. */
export type HistoryEntryWithOutput = [number, number, [string, string | null]];

function globToRegExp(pattern: string): RegExp {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[\\s\\S]*').replace(/\?/g, '[\\s\\S]');
  return new RegExp(`^${body}$`);
}

export class History {
  private readonly inputs: HistoryEntry[] = [];
  private readonly outputs = new Map<number, string>();

  add(line: number, input: string): void {
    this.inputs.push([0, line, input]);
  }

  /** The text of line `line`'s result (its execute_result's text/plain). */
  addOutput(line: number, text: string): void {
    this.outputs.set(line, text);
  }

  query(request: HistoryRequest): (HistoryEntry | HistoryEntryWithOutput)[] {
    const found = this.select(request);
    if (!request.output) return found;
    return found.map(([session, line, input]) => [session, line, [input, this.outputs.get(line) ?? null]]);
  }

  private select(request: HistoryRequest): HistoryEntry[] {
    const last = (entries: HistoryEntry[]) => (request.n ? entries.slice(-request.n) : entries);
    switch (request.hist_access_type) {
      case 'tail':
        return last(this.inputs);
      case 'range': {
        const start = request.start ?? 0;
        const stop = request.stop ?? Infinity;
        return this.inputs.filter(([, line]) => line >= start && line < stop);
      }
      case 'search': {
        const match = globToRegExp(request.pattern ?? '*');
        let found = this.inputs.filter(([, , input]) => match.test(input));
        if (request.unique) {
          const seen = new Set<string>();
          found = found.reverse().filter(([, , input]) => !seen.has(input) && seen.add(input) !== undefined).reverse();
        }
        return last(found);
      }
      default:
        return [];
    }
  }
}
