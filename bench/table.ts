/** Markdown tables for the terminal (and the README). */

export interface Section {
  title: string;
  /** Printed before the table: what is compared, and with what. */
  note?: string;
  header: string[];
  rows: string[][];
  /** One line per thing that was not measured, and why. */
  skipped: string[];
  /** Machine-readable figures for the JSON file. */
  data: Record<string, unknown>;
}

export function newSection(title: string, header: string[], note?: string): Section {
  return { title, note, header, rows: [], skipped: [], data: {} };
}

export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => (c ?? '').padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export function renderSection(section: Section): string {
  const parts = [`## ${section.title}`];
  if (section.note !== undefined) parts.push(section.note);
  if (section.rows.length > 0) parts.push(markdownTable(section.header, section.rows));
  for (const line of section.skipped) parts.push(`- skipped: ${line}`);
  return parts.join('\n\n');
}
