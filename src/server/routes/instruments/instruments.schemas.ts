import { z } from 'zod';

export const instrumentIdParamsSchema = z.object({ instrumentId: z.string().regex(/^[a-z0-9-]{2,32}$/, 'Not an instrument id') });

export const instrumentSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  version: z.string(),
  rater: z.enum(['self', 'clinician']),
  recallPeriod: z.string(),
  licence: z.object({ status: z.string(), itemTextShipped: z.boolean(), note: z.string() }),
  loinc: z.object({ panel: z.string().optional(), total: z.string().optional() }).nullable(),
  source: z.string(),
  items: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      allowedValues: z.array(z.number()),
      valueLabels: z.record(z.string(), z.string()).nullable(),
      scored: z.boolean(),
      optional: z.boolean(),
      conditional: z.boolean().describe('Asked only when earlier answers call for it'),
    }),
  ),
  totalBands: z
    .array(z.object({ id: z.string(), label: z.string(), min: z.number(), max: z.number() }))
    .nullable()
    .describe('Bands of the total, lowest first, inclusive at both ends; null when the band does not follow from the total alone'),
});
export type InstrumentSummary = z.infer<typeof instrumentSummarySchema>;

export const instrumentListSchema = z.object({ instruments: z.array(instrumentSummarySchema) });

export const scoreBodySchema = z
  .object({
    answers: z.record(z.string().max(16), z.number()).describe('Item key → raw response value'),
    context: z.object({ sex: z.enum(['female', 'male']).optional(), substance: z.string().max(100).optional() }).strict().default({}),
  })
  .strict();

export const scoreResultSchema = z.object({
  instrument: z.string(),
  version: z.string(),
  total: z.number().nullable(),
  band: z.string().nullable(),
  flags: z.array(z.string()),
  subscales: z.record(z.string(), z.number()),
  findings: z.record(z.string(), z.union([z.boolean(), z.number(), z.string(), z.null()])),
});
export type ScoreResultResponse = z.infer<typeof scoreResultSchema>;
