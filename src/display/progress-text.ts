/** A text progress bar for plain Node (scripts, tests, CI): `[#####.....] epoch 5/10  loss 0.12`. */
import { formatNumber } from './logs';

/** One progress line. `total` unknown draws no bar. */
export function progressLine(epoch: number, total: number | undefined, logs: Record<string, number>, width = 20): string {
  const metrics = Object.entries(logs).map(([k, v]) => `${k} ${formatNumber(v)}`).join('  ');
  if (!total) return `epoch ${epoch}  ${metrics}`;
  const filled = Math.round((Math.min(epoch, total) / total) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] epoch ${epoch}/${total}  ${metrics}`;
}

/**
 * Write a progress line: redrawn in place on a terminal (`\r`), else one line per tenth of the
 * run (so CI logs stay short).
 */
export function writeProgress(line: string, epoch: number, total: number | undefined, final: boolean): void {
  const out = process.stdout;
  if (out.isTTY) {
    out.write(`\r${line}${final ? '\n' : ''}`);
    return;
  }
  const every = total ? Math.max(1, Math.ceil(total / 10)) : 1;
  if (final || epoch === 1 || epoch % every === 0) out.write(`${line}\n`);
}
