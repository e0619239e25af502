import type { MeResponse } from '../../../server/routes/auth/auth.schemas';
import { chart as patientChart, patientId, site } from '../../testing/fixtures';
import { serveApi, type MockReply, type MockRoutes } from '../../testing/mock-api';
import type { SessionChart, SessionEvent } from './session-types';

export const sessionId = 'e1000000-0000-4000-8000-000000000001';
export const sessionPath = `/api/sessions/${sessionId}`;
export const planId = 'c1000000-0000-4000-8000-000000000001';

const noCheck = { dueAt: null, overdue: false, secondsRemaining: null, reason: 'No vital signs are due before check-in.' };

export const sessionChart = (overrides: Partial<SessionChart> = {}): SessionChart => ({
  id: sessionId,
  patient: { id: patientId, name: 'Robin Smith', mrn: 'KC-000042' },
  planId,
  planSequence: 2,
  protocol: { key: 'iv-racemic-depression', name: 'IV racemic ketamine for depression', route: 'iv', vitalSignIntervalMinutes: 15, minimumObservationMinutes: 60 },
  chair: 'Chair 3',
  locationId: site.locations[0]!.id,
  route: 'iv',
  state: 'checked-in',
  revision: 3,
  scheduledFor: '2025-03-05T16:00:00.000Z',
  checkedInAt: '2025-03-05T16:02:00.000Z',
  dosingStartedAt: null,
  administrationEndedAt: null,
  dischargedAt: null,
  stopReason: null,
  readiness: {},
  readinessOverrideReason: null,
  dose: null,
  doseVerifiedBy: null,
  discharge: {},
  note: null,
  signedAt: null,
  signedBy: null,
  transitions: [],
  vitals: [],
  events: [],
  observations: [],
  devices: [],
  addenda: [],
  status: { readinessGaps: [], treatmentBlockers: [], dischargeBlockers: [], nextCheck: noCheck, observationEndsAt: null, devicesPlanned: null, nextDeviceAllowedAt: null, measuresDue: null, integrationTherapist: null },
  ...overrides,
});

/** A check due `secondsFromNow` from now (negative: overdue), as the server states it. */
export function dueIn(secondsFromNow: number, reason = 'Every 15 min during the session (protocol).'): SessionChart['status']['nextCheck'] {
  return { dueAt: new Date(Date.now() + secondsFromNow * 1000).toISOString(), overdue: secondsFromNow < 0, secondsRemaining: secondsFromNow, reason };
}

export const stopEvent = (overrides: Partial<SessionEvent> = {}): SessionEvent => ({
  id: 'f1000000-0000-4000-8000-000000000001',
  kind: 'threshold',
  level: 'stop',
  serious: false,
  signal: 'systolic',
  value: 185,
  message: 'Systolic 185 mmHg is at or above the stop line (180): stop and notify the prescriber.',
  occurredAt: '2025-03-05T16:30:00.000Z',
  actionNote: null,
  outcome: null,
  actionAt: null,
  prescriberSignedAt: null,
  ...overrides,
});

export const ok = (body: unknown): MockReply => ({ status: 200, body });

/** A 409 as the API answers a blocked step: the problem document with its `blockers`. */
export const treatmentBlocked = (blockers: { code: string; message: string }[]): MockReply => ({
  status: 409,
  body: { type: 'about:blank', title: 'Treatment cannot go ahead yet', status: 409, detail: 'Not ready to dose.', instance: '/api', code: 'TREATMENT_BLOCKED', requestId: 'req-1', blockers },
});

export const serveSession = (me: MeResponse, chart: SessionChart, routes: MockRoutes = {}) =>
  serveApi({
    'GET /api/site': ok(site),
    'GET /api/auth/me': ok(me),
    'GET /api/safety-tasks/summary': ok({ open: 0, overdue: 0 }),
    [`GET /api/patients/${patientId}`]: ok(patientChart),
    [`GET ${sessionPath}`]: ok(chart),
    ...routes,
  });
