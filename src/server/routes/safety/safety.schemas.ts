import { z } from 'zod';

export const safetyTaskIdParamsSchema = z.object({ taskId: z.uuid('Not a task id') });
export const safetyTaskListQuerySchema = z.object({ status: z.enum(['open', 'all']).default('open') });

export const dispositions = ['continue-treatment', 'same-day-evaluation', 'emergency-referral', 'hospital-admission', 'other'] as const;

export const resolveSafetyTaskBodySchema = z
  .object({
    cssrsCompleted: z.boolean().describe('A C-SSRS was done with the patient'),
    safetyPlanReviewed: z.boolean().describe('The Stanley–Brown safety plan was reviewed or written'),
    disposition: z.enum(dispositions),
    note: z.string().trim().min(10, 'Say what was done (at least 10 characters)').max(4000),
  })
  .strict();

export const safetyTaskSchema = z.object({
  id: z.uuid(),
  patientId: z.uuid(),
  patientName: z.string(),
  mrn: z.string(),
  severity: z.enum(['high', 'moderate', 'low']),
  reasons: z.array(z.string()),
  openedAt: z.string(),
  dueAt: z.string(),
  overdue: z.boolean(),
  escalatedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  resolution: z.object({ cssrsCompleted: z.boolean(), safetyPlanReviewed: z.boolean(), disposition: z.string(), note: z.string() }).nullable(),
});
export const safetyTaskListSchema = z.object({ tasks: z.array(safetyTaskSchema) });
export type SafetyTaskListResponse = z.infer<typeof safetyTaskListSchema>;
