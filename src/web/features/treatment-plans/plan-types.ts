import type { z } from 'zod';
import type { ProtocolDefinition } from '../../../domain/protocols/protocol-definition';
import type {
  PlanResponse,
  createPlanBodySchema,
  planDoseSchema,
  previewPlanBodySchema,
  previewPlanResponseSchema,
  updatePlanBodySchema,
} from '../../../server/routes/treatment-plans/treatment-plans.schemas';

export type { ProtocolDefinition };

/** One protocol of `GET /api/protocols`; the server sends the definition as a record, and it is a ProtocolDefinition. */
export interface ClinicProtocol {
  key: string;
  /** 0 for the published default the clinic has not edited. */
  version: number;
  isDefault: boolean;
  definition: ProtocolDefinition;
}

export interface Therapist {
  userId: string;
  name: string;
}

export type Plan = PlanResponse;
export type PlanStatus = Plan['status'];
export type PlanPhase = Plan['sessions'][number]['phase'];
export type StartingDose = z.infer<typeof planDoseSchema>;
export type SessionDose = StartingDose;
export type PreviewBody = z.infer<typeof previewPlanBodySchema>;
export type PlanPreview = z.infer<typeof previewPlanResponseSchema>;
export type ProposedSession = PlanPreview['proposedSessions'][number];
export type DoseResult = NonNullable<PlanPreview['dose']>;
export type NewPlanBody = z.infer<typeof createPlanBodySchema>;
export type DraftChanges = z.infer<typeof updatePlanBodySchema>;
export type SessionTime = NonNullable<DraftChanges['sessions']>[number];
export type ReEvaluation = NonNullable<Plan['reEvaluation']>;
/** What stops a plan from starting; the codes are those of domain/treatment-plans/treatment-blockers.ts. */
export type TreatmentBlocker = Plan['blockers'][number];

export type ActivationResult = { kind: 'activated'; plan: Plan } | { kind: 'blocked'; detail: string; blockers: TreatmentBlocker[] };
