import { pregnancyStatusNeeded } from '../../../domain/intake/intake-progress.js';
import { ageInYears } from '../../../domain/patients/patient.js';
import { calendarDateIn } from '../../../domain/sessions/calendar-day.js';
import { type DischargeBlocker, type DischargeChecklist, dischargeBlockers, observationEndsAt } from '../../../domain/sessions/discharge.js';
import { type DueCheck, nextVitalCheck } from '../../../domain/sessions/due-checks.js';
import { nextDeviceAllowedAt } from '../../../domain/sessions/esketamine-devices.js';
import { type ReadinessChecklist, type ReadinessGap, readinessGaps } from '../../../domain/sessions/readiness.js';
import type { SessionState } from '../../../domain/sessions/session-states.js';
import type { TreatmentBlocker } from '../../../domain/treatment-plans/treatment-blockers.js';
import type { Database } from '../../../db/database.js';
import type { AccessScope } from '../../../db/repos/access-scope.js';
import { lastDoseAt } from '../../../db/repos/treatment-sessions-repo.js';
import { findDueMeasures } from '../measurement-packs/patient-due-measures.js';
import { findTreatmentBlockers } from '../treatment-plans/treatment-readiness.js';
import { baselineReading, cssrsToday, latestAfter, type SessionContext } from './session-context.js';

// At a session, only what can change between sessions stops it: consent, REMS, and eligibility re-checked
// with today's readings. Baseline measures and weight belong to starting the course (and the dose step).
const sessionBlockerCodes = new Set<TreatmentBlocker['code']>(['ELIGIBILITY_NOT_DECIDED', 'ELIGIBILITY_DECLINED', 'ELIGIBILITY_CHANGED', 'CONSENT_NOT_CURRENT', 'REMS_ENROLMENT_MISSING', 'REMS_SETTING_NOT_CERTIFIED']);

export interface SessionDose {
  input: Record<string, unknown>;
  result: { doseMg: number; devices: number | null; blocked: boolean; reasons: { code: string; message: string }[]; warnings: { code: string; message: string }[]; volumeMl: number | null; rateMlPerHour: number | null; minimumAdministrationMinutes: number };
  drawn: Record<string, unknown>;
  recordedByUserId: string;
  recordedAt: string;
}

export interface SessionStatus {
  readinessGaps: ReadinessGap[];
  treatmentBlockers: TreatmentBlocker[];
  dischargeBlockers: DischargeBlocker[];
  nextCheck: DueCheck;
  observationEndsAt: string | null;
  devicesPlanned: number | null;
  nextDeviceAllowedAt: string | null;
  /** The patient's packs' measures due before this session (while it has not started) or after it (from monitoring on). */
  measuresDue: { when: 'before' | 'after'; instrumentIds: string[] } | null;
  /** Prompt at discharge: book the integration session with the plan's therapist. */
  integrationTherapist: string | null;
}

export function sessionDose(context: SessionContext): SessionDose | null {
  return (context.session.dose as SessionDose | null) ?? null;
}

/** What stands between this session and its next step, and when the next vital sign is due. */
export async function sessionStatus(tx: Database, scope: AccessScope, context: SessionContext, now: Date): Promise<SessionStatus> {
  const { session, protocol, chart, patient } = context;
  const state = session.state as SessionState;
  const baseline = baselineReading(chart.vitals, session.dosingStartedAt);
  const beforeDosing = state === 'checked-in' || state === 'ready' || state === 'scheduled';
  let gaps: ReadinessGap[] = [];
  let blockers: TreatmentBlocker[] = [];
  if (beforeDosing) {
    const today = calendarDateIn(now, context.timeZone);
    const cssrs = await cssrsToday(tx, scope, session.patientId, new Date(now.getTime() - 24 * 3_600_000));
    gaps = readinessGaps({
      route: session.route,
      now,
      ...(protocol.monitoring.fasting ? { fasting: protocol.monitoring.fasting } : {}),
      checklist: session.readiness as ReadinessChecklist,
      pregnancyNeeded: pregnancyStatusNeeded(patient.sexAtBirth, ageInYears(patient.dateOfBirth, today)),
      lastDoseAt: await lastDoseAt(tx, scope, session.patientId, session.id),
      minDaysBetweenSessions: protocol.series.induction.minDaysBetweenSessions,
      baselineVitals: baseline,
      cssrsToday: cssrs.risk,
      cssrsPathwayResolved: cssrs.pathwayResolved,
      timeZone: context.timeZone,
    });
    const todaysBp = baseline?.systolicMmHg !== undefined && baseline.diastolicMmHg !== undefined ? { systolicMmHg: baseline.systolicMmHg, diastolicMmHg: baseline.diastolicMmHg, ...(baseline.heartRateBpm !== undefined ? { heartRateBpm: baseline.heartRateBpm } : {}) } : undefined;
    blockers = (await findTreatmentBlockers(tx, scope, session.patientId, protocol.route, now, todaysBp)).filter((blocker) => sessionBlockerCodes.has(blocker.code));
  }
  const open = chart.events.filter((event) => event.actionAt === null).length;
  const unsignedStops = chart.events.filter((event) => event.level === 'stop' && event.prescriberSignedAt === null).length;
  const after = latestAfter(chart.vitals, session.administrationEndedAt);
  const discharge = state === 'monitoring' || state === 'discharge-ready'
    ? dischargeBlockers({
        now,
        administrationEndedAt: session.administrationEndedAt,
        minimumObservationMinutes: protocol.monitoring.minimumObservationMinutes,
        baseline,
        latest: after?.reading ?? null,
        latestAt: after?.at ?? null,
        checklist: session.discharge as DischargeChecklist,
        eventsWithoutAction: open,
        stopEventsUnsigned: unsignedStops,
        thresholds: context.thresholds,
      })
    : [];
  const lastBp = [...chart.vitals].reverse().find((vital) => vital.systolicMmHg !== null)?.measuredAt ?? null;
  const dose = sessionDose(context);
  const when: 'before' | 'after' | null = beforeDosing ? 'before' : state === 'monitoring' || state === 'discharge-ready' || state === 'discharged' ? 'after' : null;
  const measuresDue = when ? { when, instrumentIds: (await findDueMeasures(tx, scope, session.patientId, now, when)).due.filter((measure) => measure.reason.includes('session')).map((measure) => measure.instrumentId) } : null;
  return {
    measuresDue,
    integrationTherapist: context.plan.integrationTherapist?.name ?? null,
    readinessGaps: gaps,
    treatmentBlockers: blockers,
    dischargeBlockers: discharge,
    nextCheck: nextVitalCheck({
      state,
      now,
      intervalMinutes: protocol.monitoring.vitalSignIntervalMinutes,
      dosingStartedAt: session.dosingStartedAt,
      lastVitalAt: chart.vitals.at(-1)?.measuredAt ?? null,
      ...(protocol.monitoring.bloodPressureChecksMinutes ? { bloodPressureChecksMinutes: protocol.monitoring.bloodPressureChecksMinutes } : {}),
      lastBloodPressureAt: lastBp,
    }),
    observationEndsAt: session.administrationEndedAt ? observationEndsAt(session.administrationEndedAt, protocol.monitoring.minimumObservationMinutes).toISOString() : null,
    devicesPlanned: dose?.result.devices ?? null,
    nextDeviceAllowedAt: session.route === 'intranasal-esketamine' ? (nextDeviceAllowedAt(chart.devices.map((device) => device.administeredAt))?.toISOString() ?? null) : null,
  };
}
