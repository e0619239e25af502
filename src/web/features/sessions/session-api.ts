import type { DischargeChecklist } from '../../../domain/sessions/discharge';
import type { ObservationKind } from '../../../domain/sessions/observation-scales';
import type { ReadinessChecklist } from '../../../domain/sessions/readiness';
import { getJson, postJson, putJson } from '../../api/client';
import type { AdverseEventBody, DoseBody, PatientSessionSummary, ScheduleSessionBody, SessionChart, TransitionBody, VitalsBody } from './session-types';

const sessionPath = (sessionId: string) => `/api/sessions/${encodeURIComponent(sessionId)}`;
const eventPath = (sessionId: string, eventId: string) => `${sessionPath(sessionId)}/events/${encodeURIComponent(eventId)}`;
const patientSessionsPath = (patientId: string) => `/api/patients/${encodeURIComponent(patientId)}/sessions`;

/** Every charting call answers the whole chart afterwards, with its new revision and status. */
export const sessionApi = {
  chart: (sessionId: string) => getJson<SessionChart>(sessionPath(sessionId)),
  patientSessions: (patientId: string) => getJson<{ sessions: PatientSessionSummary[] }>(patientSessionsPath(patientId)),
  schedule: (patientId: string, body: ScheduleSessionBody) => postJson<SessionChart>(patientSessionsPath(patientId), body),
  transition: (sessionId: string, body: TransitionBody) => postJson<SessionChart>(`${sessionPath(sessionId)}/transitions`, body),
  readiness: (sessionId: string, body: { checklist: ReadinessChecklist; revision: number }) => putJson<SessionChart>(`${sessionPath(sessionId)}/readiness`, body),
  dose: (sessionId: string, body: DoseBody) => putJson<SessionChart>(`${sessionPath(sessionId)}/dose`, body),
  verifyDose: (sessionId: string) => postJson<SessionChart>(`${sessionPath(sessionId)}/dose/verify`),
  vitals: (sessionId: string, body: VitalsBody) => postJson<SessionChart>(`${sessionPath(sessionId)}/vitals`, body),
  observation: (sessionId: string, body: { kind: ObservationKind; value: number }) => postJson<SessionChart>(`${sessionPath(sessionId)}/observations`, body),
  device: (sessionId: string) => postJson<SessionChart>(`${sessionPath(sessionId)}/devices`),
  adverseEvent: (sessionId: string, body: AdverseEventBody) => postJson<SessionChart>(`${sessionPath(sessionId)}/adverse-events`, body),
  eventAction: (sessionId: string, eventId: string, body: { actionNote: string; outcome?: string }) => postJson<SessionChart>(`${eventPath(sessionId, eventId)}/action`, body),
  signEvent: (sessionId: string, eventId: string) => postJson<SessionChart>(`${eventPath(sessionId, eventId)}/sign`),
  discharge: (sessionId: string, body: { checklist: DischargeChecklist; revision: number }) => putJson<SessionChart>(`${sessionPath(sessionId)}/discharge`, body),
  sign: (sessionId: string, note: string) => postJson<SessionChart>(`${sessionPath(sessionId)}/sign`, { note }),
  addendum: (sessionId: string, text: string) => postJson<SessionChart>(`${sessionPath(sessionId)}/addenda`, { text }),
};
