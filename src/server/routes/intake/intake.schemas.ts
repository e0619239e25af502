import { z } from 'zod';
import { intakeSectionNames, intakeSectionSchemas } from '../../../domain/intake/intake-sections.js';

export const intakeSectionParamsSchema = z.object({
  patientId: z.uuid('Not a patient id'),
  section: z.enum(intakeSectionNames as [string, ...string[]], `One of: ${intakeSectionNames.join(', ')}`),
});

export const saveIntakeSectionBodySchema = z
  .object({
    /** The revision the client last read; a stale one is a 409, so two clinicians cannot silently overwrite each other. */
    revision: z.number().int().min(0).optional(),
    value: z.unknown(),
  })
  .strict();

const sectionsSchema = z.object(Object.fromEntries(intakeSectionNames.map((name) => [name, intakeSectionSchemas[name].optional()])));

export const intakeResponseSchema = z.object({
  status: z.enum(['not-started', 'in-progress', 'completed']),
  revision: z.number().int(),
  sections: sectionsSchema,
  confidentiality: z.enum(['normal', 'part2']),
  updatedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  missingSections: z.array(z.string()),
  pregnancyStatusNeeded: z.boolean(),
  treatmentResistance: z.object({ adequateTrials: z.number(), adequateTrialsWithoutResponse: z.number(), meetsDefinition: z.boolean() }).nullable(),
  baselineMeasures: z.array(z.object({ instrumentIds: z.array(z.string()), completedInstrumentId: z.string().nullable(), completedAt: z.string().nullable() })),
});
export type IntakeResponse = z.infer<typeof intakeResponseSchema>;
