import { z } from 'zod';
import { scoreResultSchema } from '../instruments/instruments.schemas.js';

const purposes = ['baseline', 'pre-session', 'post-session', 'follow-up', 'routine'] as const;

export const newAssessmentBodySchema = z
  .object({
    instrumentId: z.string().regex(/^[a-z0-9-]{2,32}$/, 'Not an instrument id'),
    answers: z.record(z.string().max(16), z.number()).describe('Item key → raw response value'),
    context: z.object({ sex: z.enum(['female', 'male']).optional(), substance: z.string().max(100).optional() }).strict().default({}),
    purpose: z.enum(purposes).default('routine'),
    completedAt: z.iso.datetime({ offset: true }).optional().describe('When the answers were given; now when left out'),
  })
  .strict();

export const assessmentCreatedSchema = z.object({
  id: z.uuid(),
  result: scoreResultSchema,
  safety: z
    .object({
      severity: z.enum(['high', 'moderate', 'low']),
      dueAt: z.string(),
      crisis: z.object({ heading: z.string(), resources: z.array(z.string()), whenRead: z.string() }).describe('Show to the patient at once'),
    })
    .nullable()
    .describe('Set when the answers opened a safety task for the care team'),
});

export const assessmentListQuerySchema = z.object({ instrumentId: z.string().regex(/^[a-z0-9-]{2,32}$/).optional() });

export const assessmentSchema = z.object({
  id: z.uuid(),
  instrumentId: z.string(),
  instrumentVersion: z.string(),
  answers: z.record(z.string(), z.number()),
  total: z.number().nullable(),
  band: z.string().nullable(),
  flags: z.array(z.string()),
  subscales: z.record(z.string(), z.number()),
  purpose: z.string(),
  enteredBy: z.string(),
  completedAt: z.string(),
  confidentiality: z.enum(['normal', 'part2']),
});
export const assessmentListSchema = z.object({ assessments: z.array(assessmentSchema) });
export type AssessmentListResponse = z.infer<typeof assessmentListSchema>;
