/** Reading per-epoch logs as tfjs and plain loops pass them. */

/** Logs of one epoch: numbers, or tfjs scalars (anything with `dataSync()`). */
export type EpochLogs = Record<string, number | { dataSync(): ArrayLike<number> } | undefined>;

/** Plain numbers from logs that may hold scalars; non-numeric entries are dropped. */
export function numericLogs(logs: EpochLogs | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(logs ?? {})) {
    if (typeof value === 'number') out[key] = value;
    else if (value && typeof value.dataSync === 'function') out[key] = Number(value.dataSync()[0]);
  }
  return out;
}

/** Format a metric for humans: 4 significant digits, integers as they are. */
export function formatNumber(value: number, digits = 4): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-3 || abs >= 1e6)) return value.toExponential(digits - 1);
  return String(Number(value.toPrecision(digits)));
}
