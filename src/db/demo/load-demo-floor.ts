import { calculateDose } from '../../domain/dosing/calculate-dose.js';
import { defaultVitalThresholds, evaluateVitals, type VitalReading } from '../../domain/sessions/vital-thresholds.js';
import type { Database } from '../database.js';
import type { OrganisationScope } from '../repos/organisations-repo.js';
import { listTreatmentPlans } from '../repos/treatment-plans-repo.js';
import { insertEvent, insertSession, insertTransition, insertVitals, updateSession } from '../repos/treatment-sessions-repo.js';

const minute = 60_000;

/** A chair on the demo floor this morning: where its session stands, with times in minutes before now. */
interface DemoChair {
  mrn: string;
  chair: string;
  weightKg: number;
  /** Minutes ago each step happened; absent steps have not happened yet. */
  steps: { checkedIn: number; ready?: number; dosing?: number; monitoring?: number };
  vitals: (VitalReading & { minutesAgo: number })[];
  escort?: boolean;
}

// Chair 1 is being observed after its infusion, chair 2 is mid-infusion with a check overdue, chair 3 has just
// arrived. Synthetic, relative to the moment the demo loads.
const demoChairs: DemoChair[] = [
  {
    mrn: 'DEMO-0001',
    chair: 'Chair 1',
    weightKg: 64.5,
    steps: { checkedIn: 75, ready: 68, dosing: 62, monitoring: 21 },
    escort: true,
    vitals: [
      { minutesAgo: 70, systolicMmHg: 122, diastolicMmHg: 78, heartRateBpm: 70, spo2Percent: 98, respiratoryRatePerMin: 14 },
      { minutesAgo: 47, systolicMmHg: 138, diastolicMmHg: 84, heartRateBpm: 78, spo2Percent: 97, respiratoryRatePerMin: 15 },
      { minutesAgo: 32, systolicMmHg: 162, diastolicMmHg: 92, heartRateBpm: 84, spo2Percent: 97, respiratoryRatePerMin: 15 },
      { minutesAgo: 17, systolicMmHg: 140, diastolicMmHg: 86, heartRateBpm: 76, spo2Percent: 98, respiratoryRatePerMin: 14 },
      { minutesAgo: 4, systolicMmHg: 128, diastolicMmHg: 80, heartRateBpm: 72, spo2Percent: 98, respiratoryRatePerMin: 14 },
    ],
  },
  {
    mrn: 'DEMO-0007',
    chair: 'Chair 2',
    weightKg: 90,
    steps: { checkedIn: 50, ready: 44, dosing: 30 },
    escort: true,
    vitals: [
      { minutesAgo: 46, systolicMmHg: 126, diastolicMmHg: 82, heartRateBpm: 74, spo2Percent: 98, respiratoryRatePerMin: 14 },
      { minutesAgo: 23, systolicMmHg: 146, diastolicMmHg: 88, heartRateBpm: 82, spo2Percent: 97, respiratoryRatePerMin: 16 },
    ],
  },
  { mrn: 'DEMO-0008', chair: 'Chair 3', weightKg: 68, steps: { checkedIn: 6 }, vitals: [] },
];

/** Puts this morning's sessions on the demo floor for the patients on an active IV course. */
export async function loadDemoFloor(tx: Database, scope: OrganisationScope, patientIdsByMrn: ReadonlyMap<string, string>, staff: { nurse: string; prescriber: string }, locationId: string, now: Date): Promise<void> {
  const at = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * minute);
  for (const chair of demoChairs) {
    const patientId = patientIdsByMrn.get(chair.mrn);
    if (!patientId) continue;
    const [plan] = await listTreatmentPlans(tx, scope, patientId);
    if (!plan || plan.status !== 'active') continue;
    const { protocol } = plan;
    const planSequence = plan.sessions.at(-1)!.sequence;
    const sessionId = await insertSession(tx, scope, { patientId, planId: plan.id, planSequence, locationId, chair: chair.chair, route: plan.route, state: 'scheduled', scheduledFor: at(chair.steps.checkedIn + 5), confidentiality: 'normal', createdAt: at(chair.steps.checkedIn + 60) });
    await insertTransition(tx, scope, { sessionId, fromState: null, toState: 'scheduled', byUserId: staff.nurse, at: at(chair.steps.checkedIn + 60) });
    const path: [keyof DemoChair['steps'], string, string][] = [['checkedIn', 'scheduled', 'checked-in'], ['ready', 'checked-in', 'ready'], ['dosing', 'ready', 'dosing'], ['monitoring', 'dosing', 'monitoring']];
    let state = 'scheduled';
    for (const [step, from, to] of path) {
      const minutesAgo = chair.steps[step];
      if (minutesAgo === undefined) break;
      await insertTransition(tx, scope, { sessionId, fromState: from, toState: to, byUserId: staff.nurse, at: at(minutesAgo) });
      state = to;
    }
    const dosing = protocol.dosing;
    const dose =
      dosing.mode === 'per-kg'
        ? calculateDose({ route: protocol.route, weightKg: chair.weightKg, weightBasis: 'actual', doseMgPerKg: dosing.startMgPerKg, concentrationMgPerMl: dosing.concentrationMgPerMl ?? 10, diluentMl: dosing.diluentMl ?? 100, infusionMinutes: dosing.infusionMinutes ?? 40, limits: protocol.limits } as never)
        : null;
    const saved = await insertVitals(
      tx,
      scope,
      chair.vitals.map(({ minutesAgo, ...reading }) => ({ sessionId, measuredAt: at(minutesAgo), systolicMmHg: reading.systolicMmHg ?? null, diastolicMmHg: reading.diastolicMmHg ?? null, heartRateBpm: reading.heartRateBpm ?? null, spo2Percent: reading.spo2Percent ?? null, respiratoryRatePerMin: reading.respiratoryRatePerMin ?? null, source: 'manual' as const, recordedByUserId: staff.nurse, recordedAt: at(minutesAgo) })),
    );
    const baseline = chair.vitals[0] ?? null;
    for (const vital of saved.slice(1)) {
      const reading = chair.vitals[saved.indexOf(vital)]!;
      for (const crossing of evaluateVitals(reading, baseline, defaultVitalThresholds)) {
        await insertEvent(tx, scope, { sessionId, kind: 'threshold', level: crossing.level, signal: crossing.signal, value: crossing.value, message: crossing.message, vitalId: vital.id, occurredAt: vital.measuredAt, reportedByUserId: staff.nurse, actionNote: 'Infusion slowed for 5 minutes; BP rechecked and falling.', actionByUserId: staff.nurse, actionAt: new Date(vital.measuredAt.getTime() + 3 * minute) });
      }
    }
    await updateSession(tx, scope, sessionId, {
      state,
      checkedInAt: at(chair.steps.checkedIn),
      dosingStartedAt: chair.steps.dosing !== undefined ? at(chair.steps.dosing) : null,
      administrationEndedAt: chair.steps.monitoring !== undefined ? at(chair.steps.monitoring) : null,
      readiness: chair.escort ? { escort: { name: 'Demo Escort', phone: '+1 555 0190', kind: 'escort' }, preSessionMeasuresDone: true } : {},
      ...(dose && chair.steps.ready !== undefined ? { dose: { input: { route: protocol.route, weightKg: chair.weightKg }, result: dose, drawn: { lotNumber: 'DEMO-KET-2026A', expiresOn: '2028-06-30', concentrationMgPerMl: 10, volumeMl: dose.volumeMl, mg: dose.doseMg }, recordedByUserId: staff.nurse, recordedAt: at(chair.steps.ready).toISOString() } } : {}),
    });
  }
}
