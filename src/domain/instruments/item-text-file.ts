import { z } from 'zod';
import { findInstrument } from './registry.js';

/** A clinic's licensed item text: `{ "instrument": "madrs", "items": { "1": "…", … } }`. */
export const itemTextFileSchema = z
  .object({
    instrument: z.string(),
    items: z.record(z.string(), z.string().trim().min(1).max(2000)),
  })
  .strict();

export type ItemTextCheck = { kind: 'valid'; instrumentId: string; items: Record<string, string> } | { kind: 'invalid'; problems: string[] };

/** Checks a text file against the instrument's item keys: every key must exist, and every item needs a text. */
export function checkItemTextFile(content: unknown): ItemTextCheck {
  const parsed = itemTextFileSchema.safeParse(content);
  if (!parsed.success) return { kind: 'invalid', problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'file'}: ${issue.message}`) };
  const instrument = findInstrument(parsed.data.instrument);
  if (!instrument) return { kind: 'invalid', problems: [`instrument: unknown instrument "${parsed.data.instrument}"`] };
  const keys = new Set(instrument.items.map((item) => item.key));
  const problems = [
    ...Object.keys(parsed.data.items)
      .filter((key) => !keys.has(key))
      .map((key) => `items.${key}: ${instrument.id} has no item "${key}"`),
    ...[...keys].filter((key) => !(key in parsed.data.items)).map((key) => `items.${key}: missing; every item of ${instrument.id} needs its text`),
  ];
  return problems.length > 0 ? { kind: 'invalid', problems } : { kind: 'valid', instrumentId: instrument.id, items: parsed.data.items };
}
