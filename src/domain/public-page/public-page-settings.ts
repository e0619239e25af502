import { z } from 'zod';

/** The treatments a clinic may say it offers, as SPEC.md §2 describes them. */
export const treatmentIds = ['iv-racemic', 'im-racemic', 'oral-racemic', 'intranasal-esketamine'] as const;
export type TreatmentId = (typeof treatmentIds)[number];

/** The outcome window a clinic publishes, in months. */
export const measurementMonthOptions = [12, 24, 36] as const;

/** A control character other than tab, line feed and carriage return. */
const isControl = (code: number) => (code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127;

// Written by the clinic, shown as plain text: no markup is ever interpreted (the page escapes it).
const plainText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((text) => ![...text].some((character) => isControl(character.charCodeAt(0))), 'Plain text only: no control characters');

export const publicPageSettingsSchema = z
  .object({
    enabled: z.boolean().describe('Whether the public page and its JSON are published'),
    introduction: plainText(2000).describe('A short plain-text introduction; blank lines separate paragraphs'),
    treatmentsOffered: z
      .array(z.enum(treatmentIds))
      .max(treatmentIds.length)
      .refine((list) => new Set(list).size === list.length, 'Each treatment once'),
    measurementMonths: z.union([z.literal(12), z.literal(24), z.literal(36)]).describe('The outcome window: the months up to today'),
    contact: z
      .object({
        phone: z.string().trim().min(3).max(40).regex(/^[0-9+() .-]+$/, 'A telephone number: digits, spaces and + ( ) . -').optional(),
        email: z.email().max(254).optional(),
        // http(s) only: the page links to it, and a javascript: or data: address must never become a link.
        website: z.url({ protocol: /^https?$/, hostname: z.regexes.domain }).max(500).optional(),
      })
      .strict(),
  })
  .strict();
export type PublicPageSettings = z.infer<typeof publicPageSettingsSchema>;

export const defaultPublicPageSettings: PublicPageSettings = { enabled: false, introduction: '', treatmentsOffered: [], measurementMonths: 12, contact: {} };

/** The stored settings (enabled flag and the public_page document), or the defaults for anything missing or unreadable. */
export function readStoredPublicPageSettings(enabled: boolean, stored: unknown): PublicPageSettings {
  const parsed = publicPageSettingsSchema.omit({ enabled: true }).safeParse(stored);
  return parsed.success ? { enabled, ...parsed.data } : { ...defaultPublicPageSettings, enabled };
}

/** Which top-level settings differ (for the audit trail). */
export function changedSettings(before: PublicPageSettings, after: PublicPageSettings): string[] {
  return (Object.keys(after) as (keyof PublicPageSettings)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}
