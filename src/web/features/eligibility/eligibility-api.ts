import type { z } from 'zod';
import type { EligibilityRoute } from '../../../domain/eligibility/eligibility-input';
import type { decisionSchema, newDecisionBodySchema, patientEligibilityResponseSchema } from '../../../server/routes/eligibility/eligibility.schemas';
import type { remsEnrolmentBodySchema, remsEnrolmentResponseSchema } from '../../../server/routes/rems/rems.schemas';
import { getJson, postJson, putJson } from '../../api/client';

export type PatientEligibility = z.infer<typeof patientEligibilityResponseSchema>;
export type EligibilityReason = PatientEligibility['result']['reasons'][number];
export type EligibilityDecisionRecord = z.infer<typeof decisionSchema>;
export type NewDecisionBody = z.input<typeof newDecisionBodySchema>;
export type RemsEnrolmentBody = z.input<typeof remsEnrolmentBodySchema>;
export type RemsEnrolmentResponse = z.infer<typeof remsEnrolmentResponseSchema>;

const patientPath = (patientId: string) => `/api/patients/${encodeURIComponent(patientId)}`;

export const eligibilityApi = {
  /** Evaluated live from the record; every reading is audited. */
  eligibility: (patientId: string, route: EligibilityRoute) => getJson<PatientEligibility>(`${patientPath(patientId)}/eligibility?${new URLSearchParams({ route })}`),
  decisions: (patientId: string) => getJson<{ decisions: EligibilityDecisionRecord[] }>(`${patientPath(patientId)}/eligibility-decisions`),
  decide: (patientId: string, body: NewDecisionBody) => postJson<EligibilityDecisionRecord>(`${patientPath(patientId)}/eligibility-decisions`, body),
  remsEnrolment: (patientId: string) => getJson<RemsEnrolmentResponse>(`${patientPath(patientId)}/rems-enrolment`),
  /** The signed-in prescriber signs as themselves. */
  saveRemsEnrolment: (patientId: string, body: RemsEnrolmentBody) => putJson<RemsEnrolmentResponse>(`${patientPath(patientId)}/rems-enrolment`, body),
};
