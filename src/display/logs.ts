/** Reading per-epoch logs (one implementation, in `callbacks/logs.ts`) and formatting metrics. */
export { resolveLogs as numericLogs, type EpochLogs } from '../callbacks/logs';

/** Format a metric for humans: 4 significant digits, integers as they are. */
export function formatNumber(value: number, digits = 4): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-3 || abs >= 1e6)) return value.toExponential(digits - 1);
  return String(Number(value.toPrecision(digits)));
}
