import { defaultProtocols } from '../../../domain/protocols/default-protocols';
import type { MeResponse } from '../../../server/routes/auth/auth.schemas';
import { chart, patientId, site } from '../../testing/fixtures';
import { serveApi, type MockRoutes } from '../../testing/mock-api';
import type { ClinicProtocol, DoseResult, Plan, PlanPreview, ProposedSession } from './plan-types';

export const plansPath = `/api/patients/${patientId}/treatment-plans`;
export const planId = 'c1000000-0000-4000-8000-000000000001';
export const therapist = { userId: '33333333-3333-4333-8333-333333333333', name: 'Terry Therapist' };

const byKey = (key: string) => defaultProtocols.find((protocol) => protocol.key === key)!;
// Two protocols keep the page small: role queries over big pages are slow in happy-dom.
export const protocols: ClinicProtocol[] = [
  { key: 'iv-racemic-depression', version: 0, isDefault: true, definition: byKey('iv-racemic-depression') },
  { key: 'intranasal-esketamine-trd', version: 2, isDefault: false, definition: byKey('intranasal-esketamine-trd') },
];

export const ivDose = (overrides: Partial<DoseResult> = {}): DoseResult => ({
  dosingWeightKg: 70.5,
  doseMg: 35.3,
  volumeMl: 3.5,
  totalVolumeMl: 103.5,
  rateMlPerHour: 155.3,
  devices: null,
  minimumAdministrationMinutes: 40,
  warnings: [],
  blocked: false,
  reasons: [],
  ...overrides,
});

const ivDates = ['2025-03-03', '2025-03-05', '2025-03-07', '2025-03-10', '2025-03-12', '2025-03-24'];
export const proposedIvSessions: ProposedSession[] = ivDates.map((date, index) => ({
  sequence: index + 1,
  date,
  startTime: '09:00',
  phase: 'induction',
  dose: { mgPerKg: 0.5 },
  ...(index === 5 ? { note: 'Falls on day 22, outside the 21-day window of the induction; review with the prescriber.', flags: ['outside-induction-window' as const] } : {}),
}));

export const ivPreview = (dose: DoseResult | null = ivDose()): PlanPreview => ({
  protocol: { key: 'iv-racemic-depression', version: 0, name: 'IV racemic ketamine for depression', route: 'iv' },
  proposedSessions: proposedIvSessions,
  dose,
  doseBasis: dose ? { weightKg: 70.5, heightCm: 168, measuredAt: '2025-01-10T15:00:00.000Z' } : null,
});

export const plan = (overrides: Partial<Plan> = {}): Plan => ({
  id: planId,
  status: 'draft',
  route: 'iv',
  indications: ['treatment-resistant-depression'],
  protocolKey: 'iv-racemic-depression',
  protocolVersion: 0,
  protocolName: 'IV racemic ketamine for depression',
  startingDose: { mgPerKg: 0.5 },
  goals: 'Get back to work',
  integrationTherapist: therapist,
  startDate: '2025-03-03',
  statusReason: null,
  createdAt: '2025-02-20T10:00:00.000Z',
  activatedAt: null,
  endedAt: null,
  sessions: proposedIvSessions.map((session) => ({ sequence: session.sequence, plannedDate: session.date, startTime: session.startTime, phase: session.phase, dose: session.dose, note: session.note ?? null })),
  blockers: [],
  reEvaluation: null,
  ...overrides,
});

export const servePlans = (me: MeResponse, plans: Plan[], routes: MockRoutes = {}) =>
  serveApi({
    'GET /api/site': { status: 200, body: site },
    'GET /api/auth/me': { status: 200, body: me },
    'GET /api/safety-tasks/summary': { status: 200, body: { open: 0, overdue: 0 } },
    [`GET /api/patients/${patientId}`]: { status: 200, body: chart },
    [`GET ${plansPath}`]: { status: 200, body: { plans } },
    'GET /api/protocols': { status: 200, body: { protocols } },
    'GET /api/therapists': { status: 200, body: { therapists: [therapist] } },
    [`GET /api/patients/${patientId}/intake`]: { status: 200, body: { status: 'completed', sections: { indications: { indications: ['treatment-resistant-depression', 'anxiety'] } } } },
    ...routes,
  });
