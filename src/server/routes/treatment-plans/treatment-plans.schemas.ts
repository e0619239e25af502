import { z } from 'zod';
import { indications } from '../../../domain/measurement/measurement-packs.js';
import { isoDateSchema } from '../../../domain/patients/patient.js';
import { protocolRoutes } from '../../../domain/protocols/protocol-definition.js';
import { doseResultSchema } from '../dosing/dosing.routes.js';

export const planDoseSchema = z.union([z.object({ mgPerKg: z.number().positive().max(10) }).strict(), z.object({ mg: z.number().positive().max(1000) }).strict()]);
const sessionTimeSchema = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'HH:MM, 24-hour');
const plannedSessionInputSchema = z.object({ date: isoDateSchema, startTime: sessionTimeSchema }).strict();

export const previewPlanBodySchema = z
  .object({
    protocolKey: z.string().min(1).max(63),
    startDate: isoDateSchema,
    startingDose: planDoseSchema.optional(),
  })
  .strict();

export const createPlanBodySchema = previewPlanBodySchema
  .extend({
    indications: z.array(z.enum(indications)).min(1, 'Choose at least one indication'),
    goals: z.string().trim().min(1, 'Write the goals of the course with the patient').max(4000),
    integrationTherapistUserId: z.uuid().nullish(),
    sessions: z.array(plannedSessionInputSchema).min(1).max(200).optional(),
  })
  .strict();

export const updatePlanBodySchema = z
  .object({
    goals: z.string().trim().min(1).max(4000).optional(),
    integrationTherapistUserId: z.uuid().nullish(),
    sessions: z.array(plannedSessionInputSchema).min(1).max(200).optional(),
  })
  .strict();

export const endPlanBodySchema = z.object({ outcome: z.enum(['completed', 'stopped']), reason: z.string().trim().min(3, 'Say why').max(2000) }).strict();

export const planIdParamsSchema = z.object({ patientId: z.uuid('Not a patient id'), planId: z.uuid('Not a plan id') });

const proposedSessionSchema = z.object({
  sequence: z.number().int(),
  date: z.string(),
  startTime: z.string(),
  phase: z.enum(['induction', 'maintenance']),
  dose: planDoseSchema,
  note: z.string().optional(),
  flags: z.array(z.string()).optional(),
});

export const previewPlanResponseSchema = z.object({
  protocol: z.object({ key: z.string(), version: z.number().int(), name: z.string(), route: z.enum(protocolRoutes) }),
  proposedSessions: z.array(proposedSessionSchema),
  dose: doseResultSchema.nullable(),
  doseBasis: z.object({ weightKg: z.number(), heightCm: z.number().nullable(), measuredAt: z.string() }).nullable(),
});

const blockerSchema = z.object({ code: z.string(), message: z.string() });

export const planSchema = z.object({
  id: z.uuid(),
  status: z.enum(['draft', 'active', 'completed', 'stopped']),
  route: z.enum(protocolRoutes),
  indications: z.array(z.string()),
  protocolKey: z.string(),
  protocolVersion: z.number().int(),
  protocolName: z.string(),
  startingDose: planDoseSchema,
  goals: z.string(),
  integrationTherapist: z.object({ userId: z.uuid(), name: z.string() }).nullable(),
  startDate: z.string(),
  statusReason: z.string().nullable(),
  createdAt: z.string(),
  activatedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  sessions: z.array(z.object({ sequence: z.number().int(), plannedDate: z.string(), startTime: z.string(), phase: z.enum(['induction', 'maintenance']), dose: planDoseSchema, note: z.string().nullable() })),
  blockers: z.array(blockerSchema),
  reEvaluation: z
    .object({
      due: z.boolean(),
      afterDate: z.string().nullable(),
      outcomes: z.array(z.object({ instrumentId: z.string(), baseline: z.number(), latest: z.number(), change: z.number(), fractionImproved: z.number().nullable(), response: z.boolean().nullable(), remission: z.boolean().nullable() })),
    })
    .nullable(),
});
export type PlanResponse = z.infer<typeof planSchema>;

export const readinessResponseSchema = z.object({ route: z.enum(protocolRoutes), blockers: z.array(blockerSchema) });
export const routeQuerySchema = z.object({ route: z.enum(protocolRoutes) });
