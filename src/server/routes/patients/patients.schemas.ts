import { z } from 'zod';
import { newPatientSchema, patientDemographicsSchema, sexesAtBirth } from '../../../domain/patients/patient.js';

export const patientIdParamsSchema = z.object({ patientId: z.uuid('Not a patient id') });

export const patientSearchQuerySchema = z.object({
  q: z.string().trim().max(100).optional().describe('Name prefix ("rob smi", "smith, rob"), MRN, or date of birth (YYYY-MM-DD)'),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
  includeArchived: z.enum(['true', 'false']).default('false'),
});

export const patientSummarySchema = z.object({
  id: z.uuid(),
  mrn: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  dateOfBirth: z.string(),
  sexAtBirth: z.enum(sexesAtBirth),
  archived: z.boolean(),
});

export const patientSearchResponseSchema = z.object({
  patients: z.array(patientSummarySchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});

export const patientChartSchema = patientSummarySchema.extend({
  homeLocationId: z.uuid().nullable(),
  viaBreakGlass: z.boolean().describe('Seen through emergency access: show it, it is audited as such'),
  demographics: patientDemographicsSchema,
  problems: z.array(
    z.object({
      id: z.uuid(),
      icd10Code: z.string(),
      description: z.string(),
      onsetDate: z.string().nullable(),
      status: z.string(),
      confidentiality: z.enum(['normal', 'part2']).describe('part2: a substance-use-disorder record under 42 CFR Part 2'),
    }),
  ),
  allergies: z.array(z.object({ id: z.uuid(), substance: z.string(), reaction: z.string().nullable(), severity: z.string().nullable() })),
  medications: z.array(z.object({ id: z.uuid(), description: z.string(), rxnormCode: z.string().nullable(), doseMgPerDay: z.number().nullable() })),
  bodyMeasurements: z.array(z.object({ measuredAt: z.string(), heightCm: z.number().nullable(), weightKg: z.number().nullable() })),
});
export type PatientChartResponse = z.infer<typeof patientChartSchema>;
export type PatientSearchResponse = z.infer<typeof patientSearchResponseSchema>;

export const createPatientBodySchema = newPatientSchema;
export const createPatientResponseSchema = z.object({ id: z.uuid(), mrn: z.string() });
export const updatePatientBodySchema = patientDemographicsSchema;

export const breakGlassBodySchema = z.object({ reason: z.string().trim().min(10, 'Say why you need this record (at least 10 characters)').max(500) }).strict();
export const breakGlassResponseSchema = z.object({ expiresAt: z.string() });
export const breakGlassListResponseSchema = z.object({
  grants: z.array(
    z.object({
      id: z.uuid(),
      userId: z.uuid(),
      userName: z.string(),
      patientId: z.uuid(),
      patientName: z.string(),
      reason: z.string(),
      grantedAt: z.string(),
      expiresAt: z.string(),
    }),
  ),
});
export type BreakGlassListResponse = z.infer<typeof breakGlassListResponseSchema>;

export const portalInvitationResponseSchema = z.object({ userId: z.uuid(), email: z.string() });
