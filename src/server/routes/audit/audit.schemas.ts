import { z } from 'zod';
import { auditOutcomes } from '../../../domain/audit/audit-chain.js';

const sortFields = ['occurredAt', 'action', 'actorRole', 'outcome', 'patientId', 'actorUserId'] as const;

export const auditQuerySchema = z.object({
  from: z.iso.datetime({ offset: true }).optional().describe('Inclusive start, ISO 8601 with offset'),
  to: z.iso.datetime({ offset: true }).optional().describe('Exclusive end, ISO 8601 with offset'),
  patientId: z.uuid().optional(),
  userId: z.uuid().optional(),
  action: z.string().max(60).optional(),
  sort: z.enum(sortFields).default('occurredAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** The export answers far more entries than a screen: a whole month of a busy clinic fits in one file. */
export const auditCsvQuerySchema = auditQuerySchema.extend({ limit: z.coerce.number().int().min(1).max(50_000).default(10_000) });

export const auditEntrySchema = z.object({
  seq: z.number().int(),
  occurredAt: z.string(),
  actorUserId: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  patientId: z.string().nullable(),
  requestId: z.string().nullable(),
  sourceIp: z.string().nullable(),
  outcome: z.enum(auditOutcomes),
  breakGlass: z.boolean(),
  reason: z.string().nullable(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).nullable(),
});

export const auditReportSchema = z.object({ entries: z.array(auditEntrySchema), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });
export type AuditReport = z.infer<typeof auditReportSchema>;
