import type { SafetyPlan } from '../../domain/safety/safety-plan';
import type { FieldError } from '../../domain/shared/app-error';
import type { StaffRole } from '../../domain/access/roles';
import type { AssessmentListResponse } from '../../server/routes/assessments/assessments.schemas';
import type { AuditQuery, AuditReport } from '../../server/routes/audit/audit.schemas';
import type { MeResponse } from '../../server/routes/auth/auth.schemas';
import type { HealthResponse } from '../../server/routes/health/health.schemas';
import type { BreakGlassListResponse, PatientChartResponse, PatientSearchResponse } from '../../server/routes/patients/patients.schemas';
import type { SiteResponse } from '../../server/routes/site/site.schemas';
import type { UserSummary } from '../../server/routes/users/users.schemas';
import type { Problem } from '../../server/plugins/problem';
import type { NewPatient, PatientDemographics } from '../../domain/patients/patient';
import type { SafetyTaskListResponse } from '../../server/routes/safety/safety.schemas';
import type { AssessmentCreated, NewAssessmentBody, ResolveSafetyTaskBody, SelfReportAnswersBody, SelfReportOpenResponse, SelfReportSubmitResponse } from './measure-types';

/** An API failure as the server describes it (RFC 9457 problem details), with the fields at fault. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    detail: string,
    readonly requestId: string | undefined,
    readonly errors: readonly FieldError[] = [],
    /** The problem document's other members (RFC 9457 extensions), e.g. `blockers`, `missingSections`. */
    readonly extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(detail);
    this.name = 'ApiProblem';
  }
}

/** True for a 401: the session has ended (or, on the sign-in calls, the credentials were wrong). */
export const isUnauthenticated = (error: unknown): error is ApiProblem => error instanceof ApiProblem && error.status === 401;

async function send<T>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, { method, headers, credentials: 'same-origin', ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  } catch {
    throw new Error('Ketaclinic could not reach the server. Check the network connection and try again.');
  }
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as Partial<Problem>;
    const { type: _type, title: _title, status: _status, detail, instance: _instance, code, requestId, errors, ...extensions } = problem;
    throw new ApiProblem(response.status, code ?? 'UNKNOWN', detail ?? `The server answered ${response.status}.`, requestId, Array.isArray(errors) ? errors : [], extensions);
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export type { SafetyPlan };
export interface SafetyPlanResponse {
  version: number;
  plan: SafetyPlan;
  writtenAt: string;
}

export const getJson = <T>(path: string) => send<T>('GET', path);
export const postJson = <T>(path: string, body?: unknown) => send<T>('POST', path, body);
export const putJson = <T>(path: string, body: unknown) => send<T>('PUT', path, body);

export type SignInStage = 'mfa' | 'mfa-enrolment' | 'active';
export interface PatientSearchParams {
  q: string;
  limit: number;
  offset: number;
  includeArchived: boolean;
}

/** The audit report's filters, sort and page; filters left out (undefined) are not sent. */
export type AuditSearchParams = Pick<AuditQuery, 'from' | 'to' | 'patientId' | 'userId' | 'action' | 'sort' | 'order' | 'limit' | 'offset'>;
export type AuditSortField = AuditQuery['sort'];

/** The query string for the audit report and its CSV export: the same filters give the same rows. */
export function auditQueryString(params: AuditSearchParams): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined && value !== '') query.set(name, String(value));
  return query.toString();
}

export interface InviteUserBody {
  email: string;
  displayName: string;
  roles: StaffRole[];
  /** Locations the person works at; empty means every location. */
  locationIds: string[];
}
export type AccountLinkPurpose = 'invitation' | 'password-reset';
const accountLinkPaths: Record<AccountLinkPurpose, string> = { invitation: '/api/auth/invitation/accept', 'password-reset': '/api/auth/password-reset/complete' };

const patientPath = (patientId: string) => `/api/patients/${encodeURIComponent(patientId)}`;
const userPath = (userId: string, change: 'disable' | 'enable') => `/api/users/${encodeURIComponent(userId)}/${change}`;

export const api = {
  site: () => getJson<SiteResponse>('/api/site'),
  health: () => getJson<HealthResponse>('/api/health'),

  /** The signed-in user, or null when nobody is (a 401 here is an answer, not a failure). */
  me: async (): Promise<MeResponse | null> => {
    try {
      return await getJson<MeResponse>('/api/auth/me');
    } catch (error) {
      if (isUnauthenticated(error)) return null;
      throw error;
    }
  },
  signIn: (body: { email: string; password: string }) => postJson<{ stage: SignInStage }>('/api/auth/sign-in', body),
  secondFactor: (body: { code: string } | { recoveryCode: string }) => postJson<{ stage: 'active' }>('/api/auth/second-factor', body),
  startEnrolment: () => postJson<{ secretBase32: string; otpauthUri: string }>('/api/auth/mfa/enrolment'),
  confirmEnrolment: (code: string) => postJson<{ recoveryCodes: string[] }>('/api/auth/mfa/enrolment/confirm', { code }),
  signOut: () => postJson<void>('/api/auth/sign-out'),

  searchPatients: ({ q, limit, offset, includeArchived }: PatientSearchParams) => {
    const query = new URLSearchParams({ q, limit: String(limit), offset: String(offset), includeArchived: String(includeArchived) });
    return getJson<PatientSearchResponse>(`/api/patients?${query}`);
  },
  createPatient: (body: NewPatient) => postJson<{ id: string; mrn: string }>('/api/patients', body),
  patient: (patientId: string) => getJson<PatientChartResponse>(patientPath(patientId)),
  updatePatient: (patientId: string, body: PatientDemographics) => putJson<void>(patientPath(patientId), body),
  archivePatient: (patientId: string) => postJson<void>(`${patientPath(patientId)}/archive`),
  breakGlass: (patientId: string, reason: string) => postJson<{ expiresAt: string }>(`${patientPath(patientId)}/break-glass`, { reason }),

  users: () => getJson<{ users: UserSummary[] }>('/api/users'),
  setUserDisabled: (userId: string, disabled: boolean) => postJson<{ sessionsEnded: number }>(userPath(userId, disabled ? 'disable' : 'enable')),
  inviteUser: (body: InviteUserBody) => postJson<{ id: string }>('/api/users', body),
  replaceRoles: (userId: string, roles: StaffRole[]) => putJson<{ roles: StaffRole[] }>(`/api/users/${encodeURIComponent(userId)}/roles`, { roles }),

  /** Ends in a new password; the token comes from the link's fragment and goes nowhere but this body. */
  setPasswordWithLink: (purpose: AccountLinkPurpose, body: { token: string; password: string }) => postJson<void>(accountLinkPaths[purpose], body),
  requestPasswordReset: (email: string) => postJson<{ message: string }>('/api/auth/password-reset', { email }),

  auditReport: (params: AuditSearchParams) => getJson<AuditReport>(`/api/audit?${auditQueryString(params)}`),
  auditCsvHref: (params: AuditSearchParams) => `/api/audit/csv?${auditQueryString(params)}`,
  breakGlassGrants: () => getJson<BreakGlassListResponse>('/api/break-glass'),

  /** Oldest first; every reading is audited on the server. */
  assessments: (patientId: string, instrumentId?: string) =>
    getJson<AssessmentListResponse>(`${patientPath(patientId)}/assessments${instrumentId ? `?${new URLSearchParams({ instrumentId })}` : ''}`),
  recordAssessment: (patientId: string, body: NewAssessmentBody) => postJson<AssessmentCreated>(`${patientPath(patientId)}/assessments`, body),
  reportOnMyself: (body: Pick<NewAssessmentBody, 'instrumentId' | 'answers'>) => postJson<AssessmentCreated>('/api/me/assessments', body),

  safetyTasks: (status: 'open' | 'all') => getJson<SafetyTaskListResponse>(`/api/safety-tasks?status=${status}`),
  safetyTaskSummary: () => getJson<{ open: number; overdue: number }>('/api/safety-tasks/summary'),
  /** The patient's current safety plan, or null when none has been written (the API answers 404). */
  safetyPlan: async (patientId: string): Promise<SafetyPlanResponse | null> => {
    try {
      return await getJson<SafetyPlanResponse>(`/api/patients/${encodeURIComponent(patientId)}/safety-plan`);
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 404) return null;
      throw error;
    }
  },
  saveSafetyPlan: (patientId: string, plan: SafetyPlan) => putJson<{ version: number }>(`/api/patients/${encodeURIComponent(patientId)}/safety-plan`, plan),
  resolveSafetyTask: (taskId: string, body: ResolveSafetyTaskBody) => postJson<void>(`/api/safety-tasks/${encodeURIComponent(taskId)}/resolve`, body),

  /** The self-report link's token comes from the link's fragment and travels only in these bodies, never in a URL. */
  openSelfReportLink: (token: string) => postJson<SelfReportOpenResponse>('/api/self-report/open', { token }),
  saveSelfReportDraft: (body: SelfReportAnswersBody) => putJson<void>('/api/self-report/draft', body),
  submitSelfReport: (body: SelfReportAnswersBody) => postJson<SelfReportSubmitResponse>('/api/self-report/submit', body),
};
