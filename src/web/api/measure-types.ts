import type { z } from 'zod';
import type { assessmentCreatedSchema, newAssessmentBodySchema } from '../../server/routes/assessments/assessments.schemas';
import type { ScoreResultResponse } from '../../server/routes/instruments/instruments.schemas';
import type { resolveSafetyTaskBodySchema } from '../../server/routes/safety/safety.schemas';

/** What the web app sends and receives for measurement-based care, named after the server's own schemas. */
export type NewAssessmentBody = z.input<typeof newAssessmentBodySchema>;
export type AssessmentCreated = z.infer<typeof assessmentCreatedSchema>;
/** Set when answers opened a safety task: the patient sees `crisis` at once. */
export type SafetyNotice = NonNullable<AssessmentCreated['safety']>;
export type ResolveSafetyTaskBody = z.input<typeof resolveSafetyTaskBodySchema>;

// The self-report link endpoints (issue 4) have no server schema yet; these follow the agreed contract.
export interface SelfReportOpenResponse {
  clinicName: string;
  instruments: { id: string; completed: boolean }[];
  /** Answers saved from an earlier visit, by instrument, to pick up where the patient left off. */
  drafts: Record<string, Record<string, number>>;
}
export interface SelfReportAnswersBody {
  token: string;
  instrumentId: string;
  answers: Record<string, number>;
}
export interface SelfReportSubmitResponse {
  result: ScoreResultResponse;
  safety: SafetyNotice | null;
  /** True when every instrument on the link is done: the link no longer opens. */
  linkCompleted: boolean;
}
