/** The early-stopping cases of `test/fixtures/keras_cases.json` (Keras 3.16 and tfjs 4.22 tests). */
import { fixtureCases } from '../fixtures/cases';

export interface EarlyStoppingCase {
  id: string;
  api: 'keras3' | 'tfjs-layers';
  source: string;
  args: Record<string, unknown>;
  inputs: { logs_per_epoch?: Record<string, number>[]; [key: string]: unknown };
  expected: Record<string, unknown>;
}

export const earlyStoppingCases = fixtureCases('early_stopping') as unknown as EarlyStoppingCase[];

export function caseById(id: string): EarlyStoppingCase {
  const found = earlyStoppingCases.find((c) => c.id === id);
  if (found === undefined) throw new Error(`no fixture case ${id}`);
  return found;
}

/** Keras' snake_case constructor arguments → losslab's camelCase options. */
export function camelOptions(args: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(args)) {
    out[key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())] = value;
  }
  return out;
}
