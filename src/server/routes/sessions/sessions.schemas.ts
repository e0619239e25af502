import { z } from 'zod';
import { dischargeChecklistSchema } from '../../../domain/sessions/discharge.js';
import { observationSchema } from '../../../domain/sessions/observation-scales.js';
import { readinessChecklistSchema } from '../../../domain/sessions/readiness.js';
import { sessionActions } from '../../../domain/sessions/session-states.js';
import { vitalReadingSchema } from '../../../domain/sessions/vital-thresholds.js';

const isoDateTime = z.iso.datetime({ offset: true });
const revision = z.number().int().min(1).optional().describe('The revision you last read; a stale one is a 409');

export const sessionIdParamsSchema = z.object({ sessionId: z.uuid('Not a session id') });
export const eventIdParamsSchema = z.object({ sessionId: z.uuid('Not a session id'), eventId: z.uuid('Not an event id') });

export const createSessionBodySchema = z
  .object({
    planId: z.uuid('Not a plan id'),
    planSequence: z.number().int().min(1),
    chair: z.string().trim().min(1, 'Name the chair or room').max(40),
    scheduledFor: isoDateTime.optional(),
    locationId: z.uuid().optional(),
  })
  .strict();

export const readinessBodySchema = z.object({ revision, checklist: readinessChecklistSchema }).strict();

export const transitionBodySchema = z
  .object({
    action: z.enum(sessionActions),
    reason: z.string().trim().max(2000).optional(),
    /** Proceed despite readiness gaps: the prescriber, with a reason. */
    override: z.boolean().optional(),
    revision,
  })
  .strict();

export const vitalsBodySchema = z
  .object({
    readings: z
      .array(vitalReadingSchema.and(z.object({ measuredAt: isoDateTime.optional() })))
      .min(1)
      .max(500),
    source: z.enum(['manual', 'monitor-import']).default('manual'),
  })
  .strict();

export const observationBodySchema = z.intersection(observationSchema, z.object({ observedAt: isoDateTime.optional() }));

export const adverseEventBodySchema = z
  .object({
    description: z.string().trim().min(3, 'Describe what happened').max(500),
    severity: z.enum(['mild', 'moderate', 'severe']),
    serious: z.boolean().default(false).describe('Death, life-threatening, hospitalisation, disability, or another important medical event (FDA definition)'),
    occurredAt: isoDateTime.optional(),
    actionNote: z.string().trim().min(3).max(2000).optional(),
    outcome: z.string().trim().max(500).optional(),
  })
  .strict();

export const eventActionBodySchema = z.object({ actionNote: z.string().trim().min(3, 'Say what was done').max(2000), outcome: z.string().trim().max(500).optional() }).strict();

export const doseBodySchema = z
  .object({
    /** Today's weight, for weight-based routes (the dose contract uses it, and it goes on the record). */
    weightKg: z.number().min(20).max(350).optional(),
    doseMgPerKg: z.number().positive().max(10).optional(),
    doseMg: z.number().positive().max(1000).optional(),
    drawn: z
      .object({
        /** The container drawn from, when the clinic keeps its stock on the ledger: lot, expiry and strength come from it. */
        containerId: z.uuid().optional(),
        lotNumber: z.string().trim().min(1, 'Required').max(40),
        expiresOn: z.iso.date().optional(),
        concentrationMgPerMl: z.number().positive().max(100).optional(),
        volumeMl: z.number().positive().max(1000).optional(),
        devices: z.number().int().min(1).max(3).optional(),
      })
      .strict(),
    revision,
  })
  .strict();

export const dischargeBodySchema = z.object({ checklist: dischargeChecklistSchema, revision }).strict();
export const signBodySchema = z.object({ note: z.string().trim().min(10, 'Write the session note').max(8000) }).strict();
export const addendumBodySchema = z.object({ text: z.string().trim().min(3).max(8000) }).strict();

const blockerSchema = z.object({ code: z.string(), message: z.string() });

export const sessionResponseSchema = z.object({
  id: z.uuid(),
  patient: z.object({ id: z.uuid(), name: z.string(), mrn: z.string() }),
  planId: z.uuid(),
  planSequence: z.number().int(),
  protocol: z.object({ key: z.string(), name: z.string(), route: z.string(), vitalSignIntervalMinutes: z.number(), minimumObservationMinutes: z.number() }),
  chair: z.string(),
  locationId: z.uuid(),
  route: z.string(),
  state: z.string(),
  revision: z.number().int(),
  scheduledFor: z.string(),
  checkedInAt: z.string().nullable(),
  dosingStartedAt: z.string().nullable(),
  administrationEndedAt: z.string().nullable(),
  dischargedAt: z.string().nullable(),
  stopReason: z.string().nullable(),
  readiness: z.record(z.string(), z.unknown()),
  readinessOverrideReason: z.string().nullable(),
  dose: z.record(z.string(), z.unknown()).nullable(),
  doseVerifiedBy: z.string().nullable(),
  discharge: z.record(z.string(), z.unknown()),
  note: z.string().nullable(),
  signedAt: z.string().nullable(),
  signedBy: z.string().nullable(),
  transitions: z.array(z.object({ fromState: z.string().nullable(), toState: z.string(), at: z.string(), by: z.string(), reason: z.string().nullable() })),
  vitals: z.array(z.object({ id: z.uuid(), measuredAt: z.string(), systolicMmHg: z.number().nullable(), diastolicMmHg: z.number().nullable(), heartRateBpm: z.number().nullable(), spo2Percent: z.number().nullable(), respiratoryRatePerMin: z.number().nullable(), source: z.string() })),
  events: z.array(
    z.object({
      id: z.uuid(),
      kind: z.string(),
      level: z.string(),
      serious: z.boolean(),
      signal: z.string(),
      value: z.number().nullable(),
      message: z.string(),
      occurredAt: z.string(),
      actionNote: z.string().nullable(),
      outcome: z.string().nullable(),
      actionAt: z.string().nullable(),
      prescriberSignedAt: z.string().nullable(),
    }),
  ),
  observations: z.array(z.object({ kind: z.string(), value: z.number(), observedAt: z.string() })),
  devices: z.array(z.object({ deviceNumber: z.number(), administeredAt: z.string() })),
  addenda: z.array(z.object({ text: z.string(), writtenAt: z.string(), author: z.string() })),
  status: z.object({
    readinessGaps: z.array(blockerSchema),
    treatmentBlockers: z.array(blockerSchema),
    dischargeBlockers: z.array(blockerSchema),
    nextCheck: z.object({ dueAt: z.string().nullable(), overdue: z.boolean(), secondsRemaining: z.number().nullable(), reason: z.string() }),
    observationEndsAt: z.string().nullable(),
    devicesPlanned: z.number().nullable(),
    nextDeviceAllowedAt: z.string().nullable(),
    measuresDue: z.object({ when: z.enum(['before', 'after']), instrumentIds: z.array(z.string()) }).nullable(),
    integrationTherapist: z.string().nullable(),
  }),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;
