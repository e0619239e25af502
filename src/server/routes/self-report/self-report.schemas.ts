import { z } from 'zod';
import { assessmentCreatedSchema } from '../assessments/assessments.schemas.js';
import { patientIdParamsSchema } from '../patients/patients.schemas.js';

const token = z.string().min(20).max(200);
const answers = z.record(z.string().max(16), z.number()).describe('Item key → raw response value');

export const createLinkParamsSchema = patientIdParamsSchema;
export const createLinkBodySchema = z
  .object({
    instrumentIds: z.array(z.string().regex(/^[a-z0-9-]{2,32}$/)).min(1, 'Choose at least one questionnaire').max(10),
    validHours: z.number().int().min(1).max(14 * 24).default(72),
    send: z.enum(['email', 'none']).default('email').describe('E-mail the link to the address on the record, or only answer it (to give by hand)'),
  })
  .strict();
export const createLinkResponseSchema = z.object({ url: z.string(), expiresAt: z.string(), sentTo: z.string().nullable() });

export const openLinkBodySchema = z.object({ token }).strict();
export const openLinkResponseSchema = z.object({
  clinicName: z.string(),
  instruments: z.array(z.object({ id: z.string(), completed: z.boolean() })),
  drafts: z.record(z.string(), z.record(z.string(), z.number())),
});
export const draftBodySchema = z.object({ token, instrumentId: z.string().regex(/^[a-z0-9-]{2,32}$/), answers }).strict();
export const submitBodySchema = draftBodySchema;
export const submitResponseSchema = assessmentCreatedSchema.omit({ id: true }).extend({ linkCompleted: z.boolean() });
