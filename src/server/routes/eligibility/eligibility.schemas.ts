import { z } from 'zod';
import { eligibilityRoutes } from '../../../domain/eligibility/eligibility-input.js';

export const routeQuerySchema = z.object({ route: z.enum(eligibilityRoutes, `One of: ${eligibilityRoutes.join(', ')}`) });

const reasonSchema = z.object({ code: z.string(), severity: z.enum(['absolute', 'relative', 'warning', 'info']), message: z.string(), source: z.string() });
export const eligibilityResultSchema = z.object({ decision: z.enum(['eligible', 'needs-review', 'excluded']), reasons: z.array(reasonSchema) });

export const eligibilityCheckBodySchema = z.object({ input: z.unknown(), rules: z.unknown().optional() }).strict();

export const decisionSchema = z.object({
  id: z.uuid(),
  route: z.string(),
  decision: z.enum(['proceed', 'decline']),
  evaluatedDecision: z.enum(['eligible', 'needs-review', 'excluded']),
  override: z.enum(['none', 'relative', 'absolute']),
  justification: z.string().nullable(),
  reasons: z.array(reasonSchema),
  ruleSetVersion: z.number().int(),
  decidedBy: z.object({ userId: z.uuid(), name: z.string() }),
  decidedAt: z.string(),
});

export const patientEligibilityResponseSchema = z.object({
  route: z.enum(eligibilityRoutes),
  facts: z.record(z.string(), z.unknown()),
  result: eligibilityResultSchema,
  ruleSetVersion: z.number().int(),
  latestDecision: decisionSchema.nullable(),
});

export const newDecisionBodySchema = z
  .object({
    route: z.enum(eligibilityRoutes),
    decision: z.enum(['proceed', 'decline']),
    justification: z.string().trim().max(4000).nullish().describe('Required to proceed against a relative or absolute reason: why treatment is still right for this patient'),
  })
  .strict();
