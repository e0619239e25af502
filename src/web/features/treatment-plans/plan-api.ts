import type { Problem } from '../../../server/plugins/problem';
import type { IntakeResponse } from '../../../server/routes/intake/intake.schemas';
import { ApiProblem, getJson, postJson, putJson } from '../../api/client';
import type { ActivationResult, ClinicProtocol, DraftChanges, NewPlanBody, Plan, PlanPreview, PreviewBody, Therapist } from './plan-types';

const patientPath = (patientId: string) => `/api/patients/${encodeURIComponent(patientId)}`;
const plansPath = (patientId: string) => `${patientPath(patientId)}/treatment-plans`;
const planPath = (patientId: string, planId: string) => `${plansPath(patientId)}/${encodeURIComponent(planId)}`;

/**
 * Activation answers 409 TREATMENT_BLOCKED with the `blockers` in the problem document, which ApiProblem does
 * not keep; so this one call reads the answer itself and returns the blockers as a result, not an error.
 */
async function activatePlan(patientId: string, planId: string): Promise<ActivationResult> {
  let response: Response;
  try {
    response = await fetch(`${planPath(patientId, planId)}/activate`, { method: 'POST', headers: { accept: 'application/json' }, credentials: 'same-origin' });
  } catch {
    throw new Error('Ketaclinic could not reach the server. Check the network connection and try again.');
  }
  const body = (await response.json().catch(() => ({}))) as Partial<Problem> & Partial<Plan>;
  if (response.ok) return { kind: 'activated', plan: body as Plan };
  if (response.status === 409 && body.code === 'TREATMENT_BLOCKED' && Array.isArray(body.blockers)) return { kind: 'blocked', detail: body.detail ?? '', blockers: body.blockers };
  throw new ApiProblem(response.status, body.code ?? 'UNKNOWN', body.detail ?? `The server answered ${response.status}.`, body.requestId, Array.isArray(body.errors) ? body.errors : []);
}

export const planApi = {
  protocols: () => getJson<{ protocols: ClinicProtocol[] }>('/api/protocols'),
  therapists: () => getJson<{ therapists: Therapist[] }>('/api/therapists'),
  intake: (patientId: string) => getJson<IntakeResponse>(`${patientPath(patientId)}/intake`),
  plans: (patientId: string) => getJson<{ plans: Plan[] }>(plansPath(patientId)),
  preview: (patientId: string, body: PreviewBody) => postJson<PlanPreview>(`${plansPath(patientId)}/preview`, body),
  create: (patientId: string, body: NewPlanBody) => postJson<Plan>(plansPath(patientId), body),
  update: (patientId: string, planId: string, body: DraftChanges) => putJson<Plan>(planPath(patientId, planId), body),
  activate: activatePlan,
  end: (patientId: string, planId: string, body: { outcome: 'completed' | 'stopped'; reason: string }) => postJson<Plan>(`${planPath(patientId, planId)}/end`, body),
};
